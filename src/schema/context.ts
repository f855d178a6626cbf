import type { LabelStudioClient } from '../label-studio/client.js';

/** What every resolver gets: the shared upstream client and the caller's credentials, unchanged. */
export interface GraphQLContext {
  labelStudio: LabelStudioClient;
  authorization: string | undefined;
}
