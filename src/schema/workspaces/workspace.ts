import type { Builder } from '../builder.js';
import { fromKey, type EntityKey } from '../entity-key.js';
import { id } from '../validation.js';

/**
 * `Workspace`, an entity a supergraph can join on its id (a company's own service may own its name and
 * the rest), as `Organization` and `Project` are. This service adds the list read from Label Studio (`members`).
 */
export function addWorkspace(builder: Builder) {
  const Workspace = builder.objectRef<EntityKey>('Workspace').implement({
    description: 'A Label Studio workspace: here, its id and the list this service reads from it.',
    fields: (t) => ({ id: t.exposeInt('id', { description: 'The Label Studio workspace id.' }) }),
  });
  builder.asEntity(Workspace, { key: builder.selection<{ id: number }>('id'), resolveReference: (key) => fromKey('Workspace', key) });

  builder.queryField('workspace', (t) =>
    t.field({
      type: Workspace,
      description: 'A workspace by its id, to read its members from. Calls nobody itself: an id that does not exist shows in the list read from it.',
      args: { id: t.arg.int({ required: true, description: 'The Label Studio workspace id.', validate: { schema: id } }) },
      resolve: (_root, args) => ({ id: args.id }),
    }),
  );
  return Workspace;
}

export type WorkspaceRef = ReturnType<typeof addWorkspace>;
