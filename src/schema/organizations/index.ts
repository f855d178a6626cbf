import type { Builder } from '../builder.js';
import { fromKey, type EntityKey } from '../entity-key.js';
import { id } from '../validation.js';

/**
 * The organizations room: `Organization`, an entity a supergraph can join on its id (a company's own
 * service may own its name and the rest). This service adds the lists read from Label Studio, each
 * added by its own room (`members`, `memberTags`).
 */
export function addOrganizations(builder: Builder) {
  const Organization = builder.objectRef<EntityKey>('Organization').implement({
    description: 'A Label Studio organization: here, its id and the lists this service reads from it.',
    fields: (t) => ({ id: t.exposeInt('id', { description: 'The Label Studio organization id.' }) }),
  });
  builder.asEntity(Organization, { key: builder.selection<{ id: number }>('id'), resolveReference: (key) => fromKey('Organization', key) });

  builder.queryField('organization', (t) =>
    t.field({
      type: Organization,
      description: 'An organization by its id, to read its lists from. Calls nobody itself: an id that does not exist shows in the lists read from it.',
      args: { id: t.arg.int({ required: true, description: 'The Label Studio organization id.', validate: { schema: id } }) },
      resolve: (_root, args) => ({ id: args.id }),
    }),
  );
  return Organization;
}

export type OrganizationRef = ReturnType<typeof addOrganizations>;
