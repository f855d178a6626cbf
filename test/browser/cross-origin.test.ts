import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium, skipReason } from '../support/chromium.js';
import { startStack, type Stack } from '../support/stack.js';
import { documentIdOf } from './page/manifest.js';
import { bundlePage, startPageOrigin, type PageOrigin } from './page/serve.js';

const root = new URL('../..', import.meta.url).pathname;
const MANIFEST = `${root}client/generated/persisted-documents.json`;

let browser: Browser | undefined;
let stack: Stack;
let listed: PageOrigin;
let unlisted: PageOrigin;
beforeAll(async () => {
  if (!hasChromium) return;
  const script = await bundlePage('test/browser/page/frontend.ts');
  [listed, unlisted, browser] = await Promise.all([startPageOrigin(script), startPageOrigin(script), launchChromium()]);
  // The riskiest set-up: a service key (callers without a header act with it) and trusted documents on.
  stack = await startStack({ CORS_ORIGINS: listed.url, TRUSTED_DOCUMENTS: MANIFEST, LABEL_STUDIO_API_KEY: 'demo-admin-token' });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await Promise.all([stack?.close(), listed?.close(), unlisted?.close()]);
});
beforeEach(() => stack?.simulator.reset());

async function open(origin: { url: string }): Promise<Page> {
  const page = await (browser as Browser).newPage();
  await page.goto(`${origin.url}/`);
  await page.waitForFunction(() => 'frontend' in globalThis);
  return page;
}

type Frontend = { assignTags(url: string, authorization?: string): Promise<{ assigned?: number; error?: string }> };
const assignTags = (page: Page, authorization?: string) =>
  page.evaluate(([url, auth]) => (globalThis as unknown as { frontend: Frontend }).frontend.assignTags(url as string, auth), [stack.facade.url, authorization] as const);

/** A JSON POST with plain fetch: preflighted, because application/json is not a "simple" content type. */
const fetchJson = (page: Page, body: object) =>
  page.evaluate(
    async ([url, json]) => {
      try {
        const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: json });
        return { status: response.status, body: await response.text() };
      } catch (error) {
        return { blocked: String(error) };
      }
    },
    [stack.facade.url, JSON.stringify(body)] as const,
  );

const bulkCalls = () => stack.simulator.requests.filter((request) => request.path.includes('/bulk') || request.path.includes('member-tags'));
const assignById = (manifestId: string) => ({ documentId: manifestId, variables: { input: { organizationId: 1, all: false, included: [5, 6], tags: [4] } } });

describe('a frontend on another origin, in a real browser', () => {
  it.skipIf(!hasChromium)(`on a listed origin, urql sends the generated mutation by id and the page reads the count${skipReason}`, async () => {
    const page = await open(listed);
    const sentBodies: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(stack.facade.url) && request.method() === 'POST') sentBodies.push(request.postData() ?? '');
    });

    expect(await assignTags(page, 'Token demo-admin-token')).toEqual({ assigned: 2 });
    expect(bulkCalls()).toHaveLength(1);
    // By id only: the document's text never travelled.
    expect(sentBodies).toHaveLength(1);
    expect(JSON.parse(sentBodies[0] ?? '{}')).toMatchObject({ extensions: { persistedQuery: { version: 1, sha256Hash: documentIdOf('BulkAssignOrgMemberTags') } } });
    expect(sentBodies[0]).not.toContain('"query"');
    await page.close();
  }, 60_000);

  it.skipIf(!hasChromium)(`on a listed origin, a plain fetch runs the mutation by id and reads the count${skipReason}`, async () => {
    const page = await open(listed);

    const result = await fetchJson(page, assignById(documentIdOf('BulkAssignOrgMemberTags')));

    expect(result).toEqual({ status: 200, body: JSON.stringify({ data: { bulkAssignOrgMemberTags: { assigned: 2 } } }) });
    await page.close();
  }, 60_000);

  it.skipIf(!hasChromium)(`on an unlisted origin, the browser blocks urql's and fetch's mutations and Label Studio gets no call, though the service key is set${skipReason}`, async () => {
    const page = await open(unlisted);

    const viaUrql = await assignTags(page);
    const viaFetch = await fetchJson(page, assignById(documentIdOf('BulkAssignOrgMemberTags')));

    expect(viaUrql.error).toMatch(/Network|fetch/i);
    expect(viaFetch).toEqual({ blocked: expect.stringMatching(/Failed to fetch/) });
    expect(bulkCalls()).toHaveLength(0);
    await page.close();
  }, 60_000);

  it.skipIf(!hasChromium)(`on an unlisted origin, a request the browser sends without a preflight (text/plain, no-cors) runs nothing${skipReason}`, async () => {
    const page = await open(unlisted);

    const sent = await page.evaluate(
      async ([url, json]) => {
        const response = await fetch(`${url}/graphql`, { method: 'POST', mode: 'no-cors', headers: { 'content-type': 'text/plain' }, body: json });
        return response.type;
      },
      [stack.facade.url, JSON.stringify(assignById(documentIdOf('BulkAssignOrgMemberTags')))] as const,
    );

    // The browser did send it (an opaque answer came back): the facade refused it as text/plain (415).
    expect(sent).toBe('opaque');
    expect(bulkCalls()).toHaveLength(0);
    await page.close();
  }, 60_000);
});
