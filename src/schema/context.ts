import type { CallOptions, LabelStudioClient } from '../label-studio/client.js';
import type { LabelStudioCalls } from '../label-studio/operation-calls.js';
import { toGraphQLError, type InputFields } from './errors.js';

/** What every resolver gets: the shared upstream client, and the caller's credentials and cancellation. */
export interface GraphQLContext {
  labelStudio: LabelStudioClient;
  caller: CallOptions;
}

/**
 * The one way a resolver reaches Label Studio: `work` runs as one operation for the caller, and a
 * Label Studio failure becomes the error callers see (decided in errors.ts). `fields` names the input
 * paths of the Label Studio fields the caller sent, so that its refusal of one shows at the field.
 */
export function callLabelStudio<T>({ labelStudio, caller }: GraphQLContext, work: (calls: LabelStudioCalls) => Promise<T>, fields?: InputFields): Promise<T> {
  return labelStudio.operation(caller, work).catch((error: unknown) => toGraphQLError(error, fields));
}
