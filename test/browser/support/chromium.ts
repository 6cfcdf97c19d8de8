import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's `chromium` package (`.ci/run` installs it, as it installs the AWS CLI). */
export const CHROMIUM = '/usr/bin/chromium';

/** Screenshots and other test artifacts; ignored by git. */
export const ARTIFACTS_DIR = 'test-artifacts';

export const hasChromium = existsSync(CHROMIUM);

/** A headless Chromium with a fresh profile that can reach loopback only, and the requests it refused. */
export interface OfflineBrowser {
  context: BrowserContext;
  /** Every request for another host, refused (the page must work with no network). */
  refused: string[];
  close(): Promise<void>;
}

/**
 * Launches Chromium the way a developer's first visit looks: a fresh user data
 * directory (no cache, no stored GraphiQL tabs), no background networking, and
 * every request that is not for 127.0.0.1 aborted and recorded.
 */
export async function launchOfflineChromium(): Promise<OfflineBrowser> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'spg-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1400, height: 900 },
  });
  const refused: string[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:') {
      await route.continue();
    } else {
      refused.push(url.href);
      await route.abort('internetdisconnected');
    }
  });
  return {
    context,
    refused,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
