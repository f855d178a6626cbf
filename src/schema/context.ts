import type { CallOptions, LabelStudioClient } from '../label-studio/client.js';

/** What every resolver gets: the shared upstream client, and the caller's credentials and cancellation. */
export interface GraphQLContext {
  labelStudio: LabelStudioClient;
  caller: CallOptions;
}
