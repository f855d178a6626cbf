import { isInterfaceType, isObjectType } from 'graphql';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectMemberFilter } from '../../client/generated/graphql.js';
import { hasChromium, launchChromium, skipReason } from '../support/chromium.js';
import { DEFAULT_SCHEMA_LIMITS } from '../../src/config.js';
import { buildSchema } from '../../src/schema/index.js';
import { startStack, type Stack } from '../support/stack.js';
import type { MemberScreen } from './page/member-screen.js';
import { bundlePage, startPageOrigin, type PageOrigin } from './page/serve.js';
import { EMBEDDED_TYPES, POSSIBLE_TYPES } from './page/urql-client.js';

// The member screen of member-screen.test.ts with urql's Graphcache, a normalized cache, configured only
// with the types to embed and the interfaces' types (urql-client.ts): a development build, where Graphcache warns about every type it
// cannot key, every missing field and every guess it has to make.

// Radiology (seed): tags Medical (2) or Night shift (3) pick Maria (3), Rita (4) and Andre (6).
const RADIOLOGY = 100;
const MEDICAL_OR_NIGHT_SHIFT: ProjectMemberFilter = { tags: [2, 3] };

let browser: Browser | undefined;
let stack: Stack;
let origin: PageOrigin;
beforeAll(async () => {
  if (!hasChromium) return;
  const script = await bundlePage('test/browser/page/member-screen.ts', 'development');
  [origin, browser] = await Promise.all([startPageOrigin(script), launchChromium()]);
  stack = await startStack({ CORS_ORIGINS: origin.url });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await Promise.all([stack?.close(), origin?.close()]);
});

type Step = keyof MemberScreen;

/** Runs one step on the page's one cached screen, so that every step shares its cache. */
function onScreen<S extends Step>(page: Page, step: S, ...args: Parameters<MemberScreen[S]>): Promise<Awaited<ReturnType<MemberScreen[S]>>> {
  return page.evaluate(
    ([url, name, stepArgs]) => {
      type Screen = Record<string, (...a: unknown[]) => unknown>;
      const page = globalThis as unknown as { memberScreen: (url: string, authorization: string, cached: boolean) => Screen; cachedScreen?: Screen };
      page.cachedScreen ??= page.memberScreen(url, 'Token demo-admin-token', true);
      return page.cachedScreen[name]?.(...stepArgs);
    },
    [stack.facade.url, step, args as unknown[]] as const,
  ) as Promise<Awaited<ReturnType<MemberScreen[S]>>>;
}

const listed = (list: { totalCount: number; nodes: { userId: number; projectRole: string | null }[] }) => ({
  totalCount: list.totalCount,
  members: list.nodes.map(({ userId, projectRole }) => ({ userId, projectRole })),
});
const FILTERED = {
  totalCount: 3,
  members: [
    { userId: 3, projectRole: null },
    { userId: 4, projectRole: 'REVIEWER' },
    { userId: 6, projectRole: 'REVIEWER' },
  ],
};

describe('the member screen with urql Graphcache, in a real browser', () => {
  it.skipIf(!hasChromium)(`runs list, preview, guarded unassign with undo capture, undo and list with no cache warning, showing the right list after each step${skipReason}`, async () => {
    const page = await (browser as Browser).newPage();
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
    });
    page.on('pageerror', (error) => warnings.push(error.message));
    await page.goto(`${origin.url}/`);
    await page.waitForFunction(() => 'memberScreen' in globalThis);

    const before = await onScreen(page, 'listMembers', RADIOLOGY, MEDICAL_OR_NIGHT_SHIFT);
    expect(listed(before)).toEqual(FILTERED);
    expect(new Set(before.nodes.map((member) => member.id)).size).toBe(3);

    const preview = await onScreen(page, 'previewUnassign', RADIOLOGY, MEDICAL_OR_NIGHT_SHIFT);
    expect(preview).toMatchObject({ members: 3, exact: true });
    expect(listed(await onScreen(page, 'listMembers', RADIOLOGY, MEDICAL_OR_NIGHT_SHIFT))).toEqual(FILTERED);

    const unassigned = await onScreen(page, 'unassign', RADIOLOGY, MEDICAL_OR_NIGHT_SHIFT, preview.members);
    expect(unassigned.removedMembers?.map(({ userId, projectRole }) => ({ userId, projectRole }))).toEqual([
      { userId: 3, projectRole: null },
      { userId: 4, projectRole: 'REVIEWER' },
      { userId: 6, projectRole: 'REVIEWER' },
    ]);
    expect(listed(await onScreen(page, 'listMembers', RADIOLOGY, MEDICAL_OR_NIGHT_SHIFT))).toEqual({ totalCount: 0, members: [] });

    const undone = await onScreen(page, 'undoUnassign', RADIOLOGY, unassigned.removedMembers ?? []);
    expect(undone).toMatchObject({ assignments: 3 });

    const after = await onScreen(page, 'listMembers', RADIOLOGY, MEDICAL_OR_NIGHT_SHIFT);
    expect(listed(after)).toEqual(FILTERED);
    // The same members, under the same ids, as before the round trip.
    expect(after.nodes.map((member) => member.id)).toEqual(before.nodes.map((member) => member.id));
    expect(warnings).toEqual([]);
    await page.close();
  }, 60_000);
});

describe('the cache configuration the README shows', () => {
  const schema = buildSchema(DEFAULT_SCHEMA_LIMITS);
  const ours = Object.values(schema.getTypeMap()).filter((type) => !type.name.startsWith('_') && type !== schema.getQueryType() && type !== schema.getMutationType());

  it('embeds exactly the object types without an id', () => {
    const withoutId = ours.filter((type) => isObjectType(type) && !('id' in type.getFields())).map((type) => type.name);

    expect([...EMBEDDED_TYPES].sort()).toEqual(withoutId.sort());
  });

  it("lists every interface's implementations", () => {
    const interfaces = ours.filter(isInterfaceType).map((type) => [type.name, schema.getPossibleTypes(type).map((object) => object.name).sort()]);

    expect(Object.entries(POSSIBLE_TYPES)).toEqual(expect.arrayContaining(interfaces));
    expect(Object.keys(POSSIBLE_TYPES).sort()).toEqual(interfaces.map(([name]) => name).sort());
  });
});
