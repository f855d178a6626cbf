import { printSubgraphSchema } from '@apollo/subgraph';
import { DEFAULT_MAX_BULK_IDS, DEFAULT_PREVIEW_SCAN_LIMIT } from '../config.js';
import { buildSchema } from './index.js';

/**
 * The SDL committed as schema.graphql: what a gateway reads from `_service { sdl }`, @link included.
 * Limits only change validation, never the printed contract.
 */
export function printSchemaSdl(): string {
  return `${printSubgraphSchema(buildSchema({ maxBulkIds: DEFAULT_MAX_BULK_IDS, previewScanLimit: DEFAULT_PREVIEW_SCAN_LIMIT }))}\n`;
}
