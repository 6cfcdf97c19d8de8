/**
 * Writes the REST API's OpenAPI document (made from src/rest/restRoutes.ts, as
 * GET /openapi.json serves it) to a file, or to stdout without one.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { openApiDocument } from '../src/rest/openApiDocument';
import { runCommand } from '../src/local/runCommand';

const HELP = {
  usage: 'Usage: npm run -s openapi [-- <file>]',
  description:
    'Writes the OpenAPI 3.1 document of the REST API to <file> (default: stdout), as GET /openapi.json serves it.\n' +
    '`npm test` writes dist/openapi.json and lints it with Redocly (npm run lint:openapi).',
};

await runCommand(HELP, async ([file]) => {
  const text = `${JSON.stringify(openApiDocument(), null, 2)}\n`;
  if (!file) {
    process.stdout.write(text);
    return;
  }
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
});
