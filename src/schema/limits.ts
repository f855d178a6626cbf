/** Limits that shape validation; they come from configuration, so the schema is built per process. */
export interface SchemaLimits {
  maxBulkIds: number;
}

export const MAX_SEARCH_LENGTH = 255;
