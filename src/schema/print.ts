import { printSubgraphSchema } from '@apollo/subgraph';
import { DEFAULT_SCHEMA_LIMITS } from '../config.js';
import { buildSchema } from './index.js';

/**
 * The SDL committed as schema.graphql: what a gateway reads from `_service { sdl }`, @link included.
 * Limits only change validation, never the printed contract.
 */
export function printSchemaSdl(): string {
  return `${printSubgraphSchema(buildSchema(DEFAULT_SCHEMA_LIMITS))}\n`;
}
