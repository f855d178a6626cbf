import type { WorkspaceMember } from '../../label-studio/responses.js';
import type { Builder } from '../builder.js';
import { connectionArgs, readPage, type Args } from '../connections.js';
import { callLabelStudio, type GraphQLContext } from '../context.js';
import type { MemberInterfaces } from '../members.js';
import { identify, type Identified } from '../node.js';
import { CALLS_UPSTREAM } from '../preview.js';
import { id, searchText } from '../validation.js';
import type { WorkspaceRef } from './workspace.js';

const LIST = 'workspaceMembers';

interface ListArgs {
  search?: string | null;
  first?: number | null;
  after?: string | null;
}

/**
 * `workspaceMembers` and `Workspace.members`, one list: the members `search` selects, as the workspace
 * unassign with `all: true` and the same search reaches them.
 */
export function addWorkspaceMembers(builder: Builder, { Node, Member }: MemberInterfaces, Workspace: WorkspaceRef) {
  const WorkspaceMember = builder.objectRef<WorkspaceMember & Identified>('WorkspaceMember').implement({
    description: 'A member of a workspace. Label Studio lists them as users: `tags` is null (the list does not say which a member has).',
    interfaces: [Node, Member],
  });

  const Connection = builder.connectionObject(
    { type: WorkspaceMember, name: 'WorkspaceMemberConnection', description: 'A page of workspace members.' },
    { description: 'One of a page of workspace members, with its position.' },
  );

  const listArgs = (arg: Args) => ({
    search: arg.string({
      description: 'Name or email contains this text (trimmed): the search `bulkUnassignWorkspaceMembers` takes.',
      validate: { schema: searchText },
    }),
    ...connectionArgs(arg, LIST),
  });

  // The one resolver of the list, wherever it is read from.
  const read = (workspaceId: number, args: ListArgs, context: GraphQLContext) => {
    const request = { workspaceId, search: args.search ?? undefined };
    return readPage(LIST, args, (window) =>
      callLabelStudio(context, (calls) => calls.workspaceMemberWindow(request, window)).then((page) => identify('WorkspaceMember', workspaceId, page)),
    );
  };

  builder.queryField(LIST, (t) =>
    t.field({
      type: Connection,
      extensions: { [CALLS_UPSTREAM]: true },
      description:
        'Members of a workspace, a page at a time (Label Studio `GET /api/workspaces/{id}/memberships/paginated/`). `search` selects exactly the members ' +
        '`bulkUnassignWorkspaceMembers` with `all: true` and the same search removes. Needs an Authorization header.',
      args: {
        workspaceId: t.arg.int({ required: true, description: 'The Label Studio workspace id.', validate: { schema: id } }),
        ...listArgs(t.arg),
      },
      resolve: (_root, { workspaceId, ...args }, context) => read(workspaceId, args, context),
    }),
  );

  builder.objectField(Workspace, 'members', (t) =>
    t.field({
      type: Connection,
      extensions: { [CALLS_UPSTREAM]: true },
      description: "The workspace's members, a page at a time: `Query.workspaceMembers` for this workspace, its cursors included. Needs an Authorization header.",
      args: listArgs(t.arg),
      resolve: (workspace, args, context) => read(workspace.id, args, context),
    }),
  );
}
