import { readFileSync } from 'node:fs';
import { Kind, parse, print, visit, type DefinitionNode, type FragmentDefinitionNode, type InlineFragmentNode, type OperationDefinitionNode } from 'graphql';
import type { GraphiQLOptions } from 'graphql-yoga';

// The operations clients send (client/operations/), as `npm run codegen` writes them into the trusted-documents
// manifest, which the image ships beside dist/: GraphiQL opens on those documents, never on a copy of them.
const MANIFEST = new URL('../../client/generated/persisted-documents.json', import.meta.url);

/**
 * One operation of the opening document. Every operation takes its input as `$input`, but GraphiQL has one
 * variables pane for the whole document: `variables` renames each variable to its key in EXAMPLE_VARIABLES,
 * so operations whose inputs differ open side by side and operations that share an input share it.
 */
interface Example {
  operation: string;
  variables?: Record<string, keyof typeof EXAMPLE_VARIABLES>;
  /** Comment lines printed above the operation. */
  note?: string[];
}

const EXAMPLES: Example[] = [
  { operation: 'BulkAssignOrgMemberTags', variables: { input: 'assign' } },
  { operation: 'BulkUnassignProjectMembers', variables: { input: 'unassign' } },
  { operation: 'BulkLimits' },
  {
    operation: 'PreviewBulkUnassignProjectMembers',
    variables: { input: 'unassign', sampleSize: 'sampleSize' },
    note: [
      'See before you change: whom BulkUnassignProjectMembers above would remove. Then add',
      '"maxAffectedMembers": <members> to its input, so that it refuses a larger change.',
    ],
  },
  {
    operation: 'MemberTags',
    variables: { organizationId: 'organizationId', first: 'first' },
    note: [
      'Who and what the ids above stand for, a page at a time: pass pageInfo.endCursor as',
      '"after" for the next page. The filters are the mutations\' own, and select what they reach.',
    ],
  },
  { operation: 'OrganizationMembers', variables: { organizationId: 'organizationId', filter: 'organizationFilter', first: 'first' } },
  { operation: 'ProjectMembers', variables: { projectId: 'projectId', filter: 'projectFilter', explicitOnly: 'explicitOnly', first: 'first' } },
  {
    operation: 'ProjectWithMembers',
    variables: { projectId: 'projectId', filter: 'projectFilter', explicitOnly: 'explicitOnly', first: 'first' },
    note: [
      'The same list read from the Project entity, as a supergraph joins it with its own Project fields',
      '(behind a gateway: project(id: 100) { name members { ... } }, the name from your own service).',
    ],
  },
  {
    operation: 'CreateMemberTag',
    variables: { input: 'createTag' },
    note: ['Member tags: create one (the label trimmed, unique in the organization), then assign it with BulkAssignOrgMemberTags.'],
  },
  { operation: 'RenameMemberTag', variables: { input: 'renameTag' } },
  {
    operation: 'PreviewDeleteMemberTags',
    variables: { input: 'deleteTags' },
    note: [
      'Deleting a tag takes it off every member: see how many first, then add',
      '"maxAffectedAssignments": <assignments> to the deletion\'s input.',
    ],
  },
  {
    operation: 'DeleteMemberTagsWithUndo',
    variables: { input: 'deleteTags' },
    note: ['removedTags is the way back: CreateMemberTag with each label, then BulkAssignOrgMemberTags to its userIds.'],
  },
  { operation: 'DeleteMemberTags', variables: { input: 'deleteTags' } },
  { operation: 'WorkspaceMembers', variables: { workspaceId: 'workspaceId', first: 'first' }, note: ['Workspaces: their members, a page at a time.'] },
  { operation: 'PreviewBulkUnassignWorkspaceMembers', variables: { input: 'workspaceUnassign', sampleSize: 'sampleSize' } },
  {
    operation: 'BulkUnassignWorkspaceMembersWithUndo',
    variables: { input: 'workspaceUnassign' },
    note: ['removedMembers is the way back: BulkAssignWorkspaceMembers with "all": false and their ids as "included".'],
  },
  { operation: 'BulkUnassignWorkspaceMembers', variables: { input: 'workspaceUnassign' } },
  { operation: 'PreviewBulkAssignWorkspaceMembers', variables: { input: 'workspaceAssign' } },
  { operation: 'BulkAssignWorkspaceMembers', variables: { input: 'workspaceAssign' } },
];

const EXAMPLE_VARIABLES = {
  assign: { organizationId: 1, all: false, included: [5, 6], tags: [4] },
  unassign: { projectId: 100, all: true, excluded: [2], filter: { roles: ['ANNOTATOR'] } },
  sampleSize: 5,
  organizationId: 1,
  organizationFilter: { isDeleted: false },
  projectId: 100,
  projectFilter: { roles: ['ANNOTATOR'] },
  explicitOnly: true,
  first: 10,
  createTag: { organizationId: 1, label: 'Triage' },
  renameTag: { organizationId: 1, tagId: 4, label: 'Spanish speakers' },
  deleteTags: { organizationId: 1, tagIds: [3] },
  workspaceId: 50,
  workspaceUnassign: { workspaceId: 50, all: true, excluded: [3] },
  workspaceAssign: { workspaceId: 50, all: false, included: [6, 7] },
};

const HEADER = [
  'Ready to run: pick an operation with the run button.',
  'Every mutation, preview and list needs an Authorization header (Headers tab below):',
  '  {"Authorization": "Token <Label Studio API key>"} or {"Authorization": "Bearer <token>"}',
];

const comment = (lines: string[]) => lines.map((line) => `# ${line}`).join('\n');

function exampleDocument(): string {
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, string>;
  const definitions = Object.values(manifest).flatMap((source): readonly DefinitionNode[] => parse(source).definitions);
  const operations = new Map<string, OperationDefinitionNode>();
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) operations.set(definition.name.value, definition);
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const blocks = EXAMPLES.map(({ operation: name, variables = {}, note }) => {
    const operation = operations.get(name);
    if (!operation) throw new Error(`GraphiQL example ${name} is not in client/operations/`);
    const example = visit(operation, {
      Variable: (node) => ({ ...node, name: { ...node.name, value: variables[node.name.value] ?? node.name.value } }),
      // Inlined: GraphiQL runs the chosen operation with every fragment of the document, and a fragment that
      // operation does not spread fails validation (never used).
      FragmentSpread: (node): InlineFragmentNode => {
        const fragment = fragments.get(node.name.value);
        if (!fragment) throw new Error(`GraphiQL example ${name} spreads an unknown fragment ${node.name.value}`);
        return { kind: Kind.INLINE_FRAGMENT, typeCondition: fragment.typeCondition, directives: fragment.directives, selectionSet: fragment.selectionSet };
      },
    });
    return [...(note ? [comment(note)] : []), print(example)].join('\n');
  });
  return `${[comment(HEADER), ...blocks].join('\n\n')}\n`;
}

/**
 * GraphiQL opens on a runnable example; `authorization` pre-fills the header (the demo's token) or
 * shows its form. Yoga's renderer hands `variables` to GraphiQL as its initial variables, though its
 * options type does not declare the field; hence the intersection.
 */
export function graphiqlOptions(authorization = 'Token <your Label Studio API key>'): GraphiQLOptions {
  const options: GraphiQLOptions & { variables: string } = {
    title: 'Label Studio bulk membership GraphQL',
    defaultQuery: exampleDocument(),
    headers: JSON.stringify({ Authorization: authorization }, null, 2),
    variables: JSON.stringify(EXAMPLE_VARIABLES, null, 2),
    defaultEditorToolsVisibility: 'variables',
  };
  return options;
}
