import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectMemberFilter } from '../../client/generated/graphql.js';
import { hasChromium, launchChromium, skipReason } from '../support/chromium.js';
import { startStack, type Stack } from '../support/stack.js';
import { documentIdOf } from './page/manifest.js';
import type { MemberScreen } from './page/member-screen.js';
import { bundlePage, startPageOrigin, type PageOrigin } from './page/serve.js';

// The member screen of issue 19, end to end: a page on a second origin, urql sending the generated documents by
// id (trusted documents on), the facade, and the simulator's Label Studio behind it.

const MANIFEST = new URL('../../client/generated/persisted-documents.json', import.meta.url).pathname;

// Radiology (seed): tags Medical (2) or Night shift (3) pick Maria (3, no project role), Rita (4, reviewer)
// and Andre (6, an annotator in the organization but a reviewer here), all added to the project directly.
const RADIOLOGY = 100;
const MEDICAL_OR_NIGHT_SHIFT: ProjectMemberFilter = { tags: [2, 3] };

let browser: Browser | undefined;
let stack: Stack;
let origin: PageOrigin;
beforeAll(async () => {
  if (!hasChromium) return;
  const script = await bundlePage('test/browser/page/member-screen.ts');
  [origin, browser] = await Promise.all([startPageOrigin(script), launchChromium()]);
  stack = await startStack({ CORS_ORIGINS: origin.url, TRUSTED_DOCUMENTS: MANIFEST });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await Promise.all([stack?.close(), origin?.close()]);
});

type Step = keyof MemberScreen;

/** Runs one step of the screen in the page, as the admin, and hands back what the browser got. */
function onScreen<S extends Step>(page: Page, step: S, ...args: Parameters<MemberScreen[S]>): Promise<Awaited<ReturnType<MemberScreen[S]>>> {
  return page.evaluate(
    ([url, name, stepArgs]) => {
      const screen = (globalThis as unknown as { memberScreen: (url: string, authorization: string) => Record<string, (...a: unknown[]) => unknown> }).memberScreen(url, 'Token demo-admin-token');
      return screen[name]?.(...stepArgs);
    },
    [stack.facade.url, step, args as unknown[]] as const,
  ) as Promise<Awaited<ReturnType<MemberScreen[S]>>>;
}

interface SentOperation {
  /** The generated document's id, or what the request carried instead. */
  documentId: string;
  variables: unknown;
}

/** What the page sent to the facade, in order: GETs (queries) and POSTs (mutations), preflights left out. */
function recordSentOperations(page: Page): SentOperation[] {
  const sent: SentOperation[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(stack.facade.url) || request.method() === 'OPTIONS') return;
    const params = request.method() === 'GET' ? Object.fromEntries(new URL(request.url()).searchParams) : (JSON.parse(request.postData() ?? '{}') as Record<string, unknown>);
    const json = (value: unknown) => (typeof value === 'string' ? (JSON.parse(value) as unknown) : value);
    const extensions = json(params['extensions']) as { persistedQuery?: { sha256Hash?: string } } | undefined;
    const documentId = params['query'] === undefined ? (extensions?.persistedQuery?.sha256Hash ?? 'no id') : 'the document text';
    sent.push({ documentId, variables: json(params['variables']) });
  });
  return sent;
}

const explicitMembersOf = (projectId: number) =>
  stack.simulator.data.projects.find((project) => project.id === projectId)?.members.map(({ userId, role }) => ({ userId, role }));

describe('the member screen, in a real browser on another origin', () => {
  it.skipIf(!hasChromium)(`lists members by a filter, removes them guarded by the preview, and one undo brings each back with the project role they had${skipReason}`, async () => {
    const page = await (browser as Browser).newPage();
    await page.goto(`${origin.url}/`);
    await page.waitForFunction(() => 'memberScreen' in globalThis);
    const sent = recordSentOperations(page);
    const seeded = explicitMembersOf(RADIOLOGY);

    // 1. The screen lists who the filter picks.
    const before = await onScreen(page, 'listMembers', RADIOLOGY, MEDICAL_OR_NIGHT_SHIFT);
    expect(before.totalCount).toBe(3);
    expect(before.nodes.map(({ userId, projectRole, implicit }) => ({ userId, projectRole, implicit }))).toEqual([
      { userId: 3, projectRole: null, implicit: false },
      { userId: 4, projectRole: 'REVIEWER', implicit: false },
      { userId: 6, projectRole: 'REVIEWER', implicit: false },
    ]);

    // 2. The preview says how many the unassign reaches, exactly.
    const preview = await onScreen(page, 'previewUnassign', RADIOLOGY, MEDICAL_OR_NIGHT_SHIFT);
    expect(preview).toMatchObject({ members: 3, exact: true });

    // 3. Confirmed: the unassign runs guarded by the preview's count and says whom it removed, with their roles.
    const unassigned = await onScreen(page, 'unassign', RADIOLOGY, MEDICAL_OR_NIGHT_SHIFT, preview.members);
    expect(unassigned.unassignments).toBe(preview.members);
    expect(unassigned.removedMembersExact).toBe(true);
    expect(unassigned.removedMembers).toEqual([
      { userId: 3, projectRole: null, projectRoleCode: null },
      { userId: 4, projectRole: 'REVIEWER', projectRoleCode: 'RE' },
      { userId: 6, projectRole: 'REVIEWER', projectRoleCode: 'RE' },
    ]);
    expect(await onScreen(page, 'listMembers', RADIOLOGY, MEDICAL_OR_NIGHT_SHIFT)).toMatchObject({ totalCount: 0, nodes: [] });
    expect(explicitMembersOf(RADIOLOGY)).toEqual(seeded?.filter(({ userId }) => ![3, 4, 6].includes(userId)));

    // 4. Undo: the removed members go back, the reviewers as reviewers, Maria with her organization role.
    const undone = await onScreen(page, 'undoUnassign', RADIOLOGY, unassigned.removedMembers ?? []);
    expect(undone).toEqual({ assignments: 3, skippedUserIds: [] });

    // 5. The list is what it was: every member back, with the role they had.
    expect(await onScreen(page, 'listMembers', RADIOLOGY, MEDICAL_OR_NIGHT_SHIFT)).toEqual(before);
    expect(explicitMembersOf(RADIOLOGY)?.sort((a, b) => a.userId - b.userId)).toEqual(seeded?.sort((a, b) => a.userId - b.userId));

    // Every step went out as a generated document, by id only; the guard and the undo sent what the screen had shown.
    expect(sent.map((operation) => operation.documentId)).toEqual(
      ['ProjectMembers', 'PreviewBulkUnassignProjectMembers', 'BulkUnassignProjectMembersWithUndo', 'ProjectMembers', 'BulkAssignProjectMembers', 'ProjectMembers'].map(documentIdOf),
    );
    expect(sent[2]?.variables).toEqual({ input: { projectId: RADIOLOGY, all: true, filter: MEDICAL_OR_NIGHT_SHIFT, maxAffectedMembers: 3 } });
    expect(sent[4]?.variables).toEqual({
      input: { projectId: RADIOLOGY, all: false, included: [3, 4, 6], roles: [{ userId: 4, role: 'REVIEWER' }, { userId: 6, role: 'REVIEWER' }] },
    });
    await page.close();
  }, 60_000);
});
