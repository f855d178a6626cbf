import type { Builder } from '../builder.js';
import { fromKey, type EntityKey } from '../entity-key.js';
import { id } from '../validation.js';

/**
 * The projects room: `Project`, an entity a supergraph can join on its id (a company's own service may
 * own its name and the rest). This service adds the list read from Label Studio (`members`, from the
 * project members room).
 */
export function addProjects(builder: Builder) {
  const Project = builder.objectRef<EntityKey>('Project').implement({
    description: 'A Label Studio project: here, its id and the list this service reads from it.',
    fields: (t) => ({ id: t.exposeInt('id', { description: 'The Label Studio project id.' }) }),
  });
  builder.asEntity(Project, { key: builder.selection<{ id: number }>('id'), resolveReference: (key) => fromKey('Project', key) });

  builder.queryField('project', (t) =>
    t.field({
      type: Project,
      description: 'A project by its id, to read its members from. Calls nobody itself: an id that does not exist shows in the list read from it.',
      args: { id: t.arg.int({ required: true, description: 'The Label Studio project id.', validate: { schema: id } }) },
      resolve: (_root, args) => ({ id: args.id }),
    }),
  );
  return Project;
}

export type ProjectRef = ReturnType<typeof addProjects>;
