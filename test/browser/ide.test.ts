import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aRunningLocalStack, type RunningLocalStack } from '../integration/gateway/localStackHarness';
import { ARTIFACTS_DIR, hasChromium, launchOfflineChromium, type OfflineBrowser } from './support/chromium';

if (!hasChromium) {
  console.warn('SKIPPED: the IDE browser test needs Debian chromium (apt-get install chromium)');
}

describe.skipIf(!hasChromium && !process.env.CI)('the local GraphQL IDE in Chromium, offline', () => {
  let local: RunningLocalStack;
  let browser: OfflineBrowser;

  beforeAll(async () => {
    local = await aRunningLocalStack();
    browser = await launchOfflineChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await local?.close();
  });

  it('runs the README example from the page as team-a and shows the changed profile', async () => {
    const page = await browser.context.newPage();
    await page.goto(local.stack.gatewayUrl);
    await expect.poll(() => page.url()).toBe(local.stack.ideUrl);
    await page.getByRole('button', { name: 'alice · team-a' }).waitFor();
    await page
      .locator('.graphiql-query-editor')
      .getByText('ChangePossibleIssue')
      .waitFor({ timeout: 60_000 });

    await page.locator('.graphiql-execute-button').click();

    const response = page.locator('.result-window');
    await response.getByText('"updateSecurityProfile"').waitFor({ timeout: 30_000 });
    // Monaco renders spaces as no-break spaces.
    const shown = (await response.innerText()).replaceAll('\u00a0', ' ');
    expect(shown).toContain('"attempts": 1');
    expect(shown).toContain('"auditEventId"');
    expect(await page.getByRole('button', { name: 'alice · team-a' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await mkdir(ARTIFACTS_DIR, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'ide-worked-example.png') });
    expect(browser.refused).toEqual([]);
  });
});
