import type { HttpReply } from '../httpApi/httpReply';
import { buildIdeAssets, type IdeAsset } from './buildIdeAssets';
import { IDE_SETTINGS_ELEMENT_ID, type IdeSettings } from './ideSettings';

/** Where the IDE is served on the local stack. */
export const IDE_PATH = '/graphiql/';

/** What the IDE page is filled with each time it is served. */
export interface IdePageOptions {
  /** The GraphQL path, e.g. `/graphql`. */
  endpoint: string;
  /** Called per page load, so a page opened hours later still carries valid tokens. */
  identities: () => Promise<IdeSettings['identities']>;
  tabs: IdeSettings['tabs'];
}

/** Answers the IDE's requests, or undefined for any other path. */
export type LocalPages = (method: string, path: string) => Promise<HttpReply | undefined>;

/**
 * The local GraphQL IDE: `GET /graphiql/` is the page, with fresh demo tokens and
 * the worked example in its settings; `GET /graphiql/<file>` its bundled assets;
 * `GET /` and `GET /graphiql` redirect to it. The assets are built on first use
 * (`warmUp` starts that early) and kept for the life of the process.
 */
export function createIdePages(options: IdePageOptions): LocalPages & { warmUp(): void } {
  let assets: Promise<Map<string, IdeAsset>> | undefined;
  const loadAssets = () => (assets ??= buildIdeAssets());
  const pages: LocalPages = async (method, path) => {
    if (method !== 'GET' && method !== 'HEAD') return undefined;
    if (path === '/' || path === IDE_PATH.slice(0, -1)) return redirect(IDE_PATH);
    if (path === IDE_PATH) return page(await settingsOf(options));
    if (!path.startsWith(IDE_PATH)) return undefined;
    const asset = (await loadAssets()).get(path.slice(IDE_PATH.length));
    if (!asset) return undefined;
    return { statusCode: 200, headers: { 'content-type': asset.contentType }, body: asset.body };
  };
  return Object.assign(pages, {
    warmUp: () => void loadAssets().catch(() => undefined),
  });
}

async function settingsOf(options: IdePageOptions): Promise<IdeSettings> {
  return { endpoint: options.endpoint, identities: await options.identities(), tabs: options.tabs };
}

function redirect(location: string): HttpReply {
  return { statusCode: 302, headers: { location }, body: Buffer.alloc(0) };
}

function page(settings: IdeSettings): HttpReply {
  // `<` escaped so no value can close the script element early.
  const json = JSON.stringify(settings).replaceAll('<', '\\u003c');
  const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Security Profile Gateway · GraphiQL (local)</title>
    <base href="${IDE_PATH}" />
    <link rel="stylesheet" href="ideApp.css" />
  </head>
  <body>
    <div id="root"></div>
    <script type="application/json" id="${IDE_SETTINGS_ELEMENT_ID}">${json}</script>
    <script src="ideApp.js"></script>
  </body>
</html>
`;
  return {
    statusCode: 200,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
    body: Buffer.from(html),
  };
}
