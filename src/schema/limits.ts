/** Limits that shape validation and previews; they come from configuration, so the schema is built per process. */
export interface SchemaLimits {
  maxBulkIds: number;
  /** The most organization members a preview pages through to intersect them with `included` or `excluded`. */
  previewScanLimit: number;
  /** The most members an unassign selecting `removedMembers` reads before it runs; a larger change is refused. */
  undoCaptureLimit: number;
}

export const MAX_SEARCH_LENGTH = 255;
