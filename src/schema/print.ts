import { printSchema } from 'graphql';
import { DEFAULT_MAX_BULK_IDS } from '../config.js';
import { buildSchema } from './index.js';

/** The SDL committed as schema.graphql. Limits only change validation, never the printed contract. */
export function printSchemaSdl(): string {
  return `${printSchema(buildSchema({ maxBulkIds: DEFAULT_MAX_BULK_IDS }))}\n`;
}
