import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** One file of the IDE, served under the IDE's path. */
export interface IdeAsset {
  contentType: string;
  body: Buffer;
}

const BROWSER_DIR = fileURLToPath(new URL('./browser/', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ttf': 'font/ttf',
  '.map': 'application/json',
};

/**
 * Bundles the IDE (GraphiQL, React, Monaco and its three workers, every file from
 * node_modules) in memory with esbuild, so the page needs no CDN and no network.
 * Takes a few seconds; the local stack does it once at start.
 *
 * @returns asset file name (`ideApp.js`, `ideApp.css`, `graphql.worker.js`, …) → contents
 */
export async function buildIdeAssets(): Promise<Map<string, IdeAsset>> {
  const { outputFiles } = await build({
    absWorkingDir: BROWSER_DIR,
    entryPoints: ['ideApp.tsx', 'editor.worker.ts', 'json.worker.ts', 'graphql.worker.ts'],
    outdir: 'out',
    entryNames: '[name]',
    assetNames: '[name]-[hash]',
    bundle: true,
    // Workers are classic scripts; the page script can be one too.
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    minify: true,
    loader: { '.ttf': 'file' },
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
    logLevel: 'error',
  });
  const assets = new Map<string, IdeAsset>();
  for (const file of outputFiles) {
    const name = file.path.slice(file.path.lastIndexOf('/') + 1);
    const extension = name.slice(name.lastIndexOf('.'));
    assets.set(name, {
      contentType: CONTENT_TYPES[extension] ?? 'application/octet-stream',
      body: Buffer.from(file.contents),
    });
  }
  return assets;
}
