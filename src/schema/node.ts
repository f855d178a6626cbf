import type { Builder } from './builder.js';
import type { ListWindow } from './connections.js';

// Identity for client caches (urql Graphcache, Apollo Client, Relay): a member node's `id` names the member
// by what identifies it, its type and the keys of its membership (organization or project, and user), never
// by data that changes, so it is the same across reads, restarts and replicas, and no other node's.
// A plain interface rather than Pothos relay's `builder.node`: there are no `node`/`nodes` lookups (builder.ts),
// so there is nothing to decode an id for; the id is only a name.

/** The node types and the keys that identify one of them. */
interface NodeKeys {
  OrganizationMember: [organizationId: number, userId: number];
  ProjectMember: [projectId: number, userId: number];
  WorkspaceMember: [workspaceId: number, userId: number];
}

/** What a node type's objects carry: their id, given when the list that read them knew their keys. */
export interface Identified {
  id: string;
}

/** An opaque, stable id: base64url of `<type>:<key>:<key>`. */
export function nodeId<Type extends keyof NodeKeys>(type: Type, ...keys: NodeKeys[Type]): string {
  return Buffer.from([type, ...keys].join(':')).toString('base64url');
}

/** A window of a member list, each member with its id: the list's type, its owner (organization, project or workspace) and the user. */
export function identify<Member extends { userId: number }>(type: keyof NodeKeys, ownerId: number, { count, results }: ListWindow<Member>) {
  return { count, results: results.map((member) => ({ ...member, id: nodeId(type, ownerId, member.userId) })) };
}

export function addNodeInterface(builder: Builder) {
  return builder.interfaceRef<Identified>('Node').implement({
    description: 'Something with an identity of its own: a client cache may store it once, under `id`, wherever it is read.',
    fields: (t) => ({
      id: t.exposeID('id', {
        description: 'Opaque, stable across reads and restarts, and unique in the whole graph: the same member read from two lists has the same id.',
      }),
    }),
  });
}

export type NodeInterface = ReturnType<typeof addNodeInterface>;
