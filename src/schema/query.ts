import type { Builder } from './builder.js';
import { MAX_SEARCH_LENGTH, type SchemaLimits } from './limits.js';

export function addQuery(builder: Builder, limits: SchemaLimits) {
  const BulkLimits = builder.objectRef<SchemaLimits>('BulkLimits').implement({
    description: 'Input limits this service enforces, so clients can split or refuse work before sending it.',
    fields: (t) => ({
      maxBulkIds: t.exposeInt('maxBulkIds', { description: 'The most ids accepted in one `included`, `excluded` or `tags` list.' }),
      maxSearchLength: t.int({
        description: 'The most characters accepted in `ProjectMemberFilter.search`.',
        resolve: () => MAX_SEARCH_LENGTH,
      }),
    }),
  });

  builder.queryType({
    description:
      'Read-only: the limits of this service (no Authorization header needed); member and tag lists, and previews of bulk changes (Authorization needed).',
    fields: (t) => ({
      bulkLimits: t.field({ type: BulkLimits, description: 'The input limits in force. Needs no Authorization header.', resolve: () => limits }),
    }),
  });
}
