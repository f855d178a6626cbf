import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium, skipReason } from '../support/chromium.js';
import { startDemo } from '../support/demo-process.js';

let demo: Awaited<ReturnType<typeof startDemo>> | undefined;
let browser: Browser | undefined;
beforeAll(async () => {
  if (!hasChromium) return;
  demo = await startDemo();
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await demo?.stop();
});

// Monaco, GraphiQL's editor, renders spaces as no-break spaces.
const textOf = (locator: Locator) => async () => (await locator.innerText()).replace(/\u00a0/g, ' ');

describe('GraphiQL in a real browser', () => {
  it.skipIf(!hasChromium)(`opens on the examples and runs bulkAssignOrgMemberTags against the demo simulator${skipReason}`, async () => {
    const page = await (browser as Browser).newPage();
    await page.goto(demo?.graphiqlUrl ?? '');

    // The example document, its variables and the demo's Authorization header are all there on arrival.
    await expect.poll(textOf(page.locator('.graphiql-query-editor')), { timeout: 30_000 }).toContain('mutation BulkUnassignProjectMembers');
    await expect.poll(textOf(page.locator('.graphiql-editor-tool')), { timeout: 30_000 }).toContain('organizationId');
    await page.getByRole('button', { name: 'Headers' }).click();
    await expect.poll(textOf(page.locator('.graphiql-editor-tool')), { timeout: 30_000 }).toContain(demo?.authorization ?? '');

    await page.locator('.graphiql-execute-button').click();
    await page.getByRole('menuitem', { name: 'BulkAssignOrgMemberTags', exact: true }).click();

    await expect.poll(textOf(page.locator('.graphiql-response')), { timeout: 30_000 }).toMatch(/"assigned": \d+/);
  }, 90_000);
});
