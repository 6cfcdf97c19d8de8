/**
 * Monaco runs its language services in web workers. The bundler's usual
 * `new Worker(new URL(…, import.meta.url))` is not something esbuild rewrites, so
 * each worker is its own bundle served next to the page (see `buildIdeAssets`).
 */
const WORKERS: Record<string, string> = {
  graphql: 'graphql.worker.js',
  json: 'json.worker.js',
};

(globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    return new Worker(new URL(WORKERS[label] ?? 'editor.worker.js', document.baseURI));
  },
};
