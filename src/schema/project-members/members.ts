import { knownRole } from '../../label-studio/codes.js';
import type { ProjectMember } from '../../label-studio/responses.js';
import type { Builder } from '../builder.js';
import { connectionArgs, readPage, type Args } from '../connections.js';
import type { Enums } from '../enums.js';
import { callLabelStudio, type GraphQLContext } from '../context.js';
import type { MemberInterfaces } from '../members.js';
import { identify, type Identified } from '../node.js';
import { CALLS_UPSTREAM } from '../preview.js';
import type { ProjectRef } from '../projects/index.js';
import { toProjectMemberFilters, type ProjectMemberFilter, type ProjectMemberFilterInput } from './filter.js';
import { id } from '../validation.js';

const LIST = 'projectMembers';

interface ListArgs {
  filter?: ProjectMemberFilterInput | null;
  explicitOnly?: boolean | null;
  first?: number | null;
  after?: string | null;
}

/**
 * `projectMembers` and `Project.members`, one list: the members the project changes' filter selects, as
 * those changes with `all: true` reach them.
 */
export function addProjectMembers(
  builder: Builder,
  { MemberRole }: Enums,
  { Node, Member }: MemberInterfaces,
  ProjectMemberFilter: ProjectMemberFilter,
  Project: ProjectRef,
) {
  const ProjectMember = builder.objectRef<ProjectMember & Identified>('ProjectMember').implement({
    description: 'A member of a project: added to it (explicit), or reaching it through their organization role (implicit).',
    interfaces: [Node, Member],
    fields: (t) => ({
      projectRole: t.field({
        type: MemberRole,
        nullable: true,
        description:
          "The member's role in this project; null when the organization role applies (`projectRoleCode` null) or Label Studio sent a code this service does not know.",
        resolve: (member) => knownRole(member.projectRoleCode),
      }),
      projectRoleCode: t.exposeString('projectRoleCode', {
        nullable: true,
        description: "The member's project role code as Label Studio sent it; null: the organization role applies.",
      }),
      implicit: t.exposeBoolean('implicit', {
        nullable: true,
        description:
          'true: not added to the project, but reaching it through the organization role (owners, administrators); ' +
          '`bulkUnassignProjectMembers` cannot remove such a member. false: an explicit project member. null: Label Studio did not say.',
      }),
    }),
  });

  const Connection = builder.connectionObject(
    { type: ProjectMember, name: 'ProjectMemberConnection', description: 'A page of project members.' },
    { description: 'One of a page of project members, with its position.' },
  );

  const listArgs = (arg: Args) => ({
    filter: arg({ type: ProjectMemberFilter, description: "The project member changes' own filter, sent as they send it." }),
    explicitOnly: arg.boolean({
      defaultValue: false,
      description: 'true: only members added to the project directly, the ones a bulk unassign can remove. false (default): implicit members too.',
    }),
    ...connectionArgs(arg, LIST),
  });

  // The one resolver of the list, wherever it is read from.
  const read = (projectId: number, args: ListArgs, context: GraphQLContext) => {
    const request = { projectId, filters: toProjectMemberFilters(args.filter), implicit: args.explicitOnly ? false : undefined };
    return readPage(LIST, args, (window) =>
      callLabelStudio(context, (calls) => calls.projectMemberWindow(request, window)).then((page) => identify('ProjectMember', projectId, page)),
    );
  };

  builder.queryField(LIST, (t) =>
    t.field({
      type: Connection,
      extensions: { [CALLS_UPSTREAM]: true },
      description:
        'Members of a project, a page at a time (Label Studio `GET /api/projects/{id}/members/paginated/`). With `explicitOnly`, `filter` ' +
        'selects exactly the members `bulkUnassignProjectMembers` with `all: true` and the same filter removes. Needs an Authorization header.',
      args: {
        projectId: t.arg.int({ required: true, description: 'The Label Studio project id.', validate: { schema: id } }),
        ...listArgs(t.arg),
      },
      resolve: (_root, { projectId, ...args }, context) => read(projectId, args, context),
    }),
  );

  builder.objectField(Project, 'members', (t) =>
    t.field({
      type: Connection,
      extensions: { [CALLS_UPSTREAM]: true },
      description: "The project's members, a page at a time: `Query.projectMembers` for this project, its cursors included. Needs an Authorization header.",
      args: listArgs(t.arg),
      resolve: (project, args, context) => read(project.id, args, context),
    }),
  );
}
