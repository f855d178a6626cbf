/**
 * Why a Label Studio call failed, in REST terms only; the GraphQL layer decides what callers see.
 * Nothing here carries upstream text beyond Label Studio's field-level validation messages:
 * `detail` and `exc_info` of a 5xx may hold exception text and tracebacks.
 */
export type LabelStudioFailure =
  | { kind: 'missing-credentials' }
  | { kind: 'http'; status: number; validationErrors?: Record<string, string[]>; retryAfterSeconds?: number }
  | { kind: 'network' }
  | { kind: 'timeout' }
  | { kind: 'invalid-response'; status: number; reason: string };

export class LabelStudioError extends Error {
  override readonly name = 'LabelStudioError';

  constructor(
    readonly failure: LabelStudioFailure,
    readonly route?: string,
  ) {
    super(describe(failure, route));
  }
}

function describe(failure: LabelStudioFailure, route: string | undefined): string {
  const where = route ? ` (${route})` : '';
  switch (failure.kind) {
    case 'missing-credentials':
      return 'No credentials to call Label Studio with';
    case 'http':
      return `Label Studio answered HTTP ${failure.status}${where}`;
    case 'network':
      return `Label Studio could not be reached${where}`;
    case 'timeout':
      return `Label Studio did not answer in time${where}`;
    case 'invalid-response':
      return `Label Studio sent an unusable answer${where}: ${failure.reason}`;
  }
}
