import type { CallOptions, LabelStudioClient } from '../label-studio/client.js';
import type { LabelStudioCalls } from '../label-studio/operation-calls.js';
import { toGraphQLError } from './errors.js';

/** What every resolver gets: the shared upstream client, and the caller's credentials and cancellation. */
export interface GraphQLContext {
  labelStudio: LabelStudioClient;
  caller: CallOptions;
}

/**
 * The one way a resolver reaches Label Studio: `work` runs as one operation for the caller, and a
 * Label Studio failure becomes the error callers see (decided in errors.ts).
 */
export function callLabelStudio<T>({ labelStudio, caller }: GraphQLContext, work: (calls: LabelStudioCalls) => Promise<T>): Promise<T> {
  return labelStudio.operation(caller, work).catch(toGraphQLError);
}
