/**
 * Fails when the generated GraphQL types no longer match schema.graphql, so a
 * schema change cannot land without `npm run codegen`.
 */
import { readFile } from 'node:fs/promises';
import { generate } from '@graphql-codegen/cli';
import config from '../codegen';
import { runCommand } from '../src/local/runCommand';

const HELP = {
  usage: 'Usage: npm run codegen:check',
  description:
    'Fails when the files graphql-codegen generates from schema.graphql differ from the committed ones\n(fix: npm run codegen).',
};

await runCommand(HELP, check);

async function check(): Promise<void> {
  const outputs = (await generate({ ...config, silent: true }, false)) as {
    filename: string;
    content: string;
  }[];
  const stale: string[] = [];
  for (const { filename, content } of outputs) {
    const committed = await readFile(filename, 'utf8').catch(() => undefined);
    if (committed !== content) stale.push(filename);
  }
  if (stale.length > 0) {
    console.error(
      `Generated files are stale: ${stale.join(', ')}. Run \`npm run codegen\` and commit the result.`,
    );
    process.exit(1);
  }
  console.log(`Generated GraphQL types are fresh (${outputs.length} files).`);
}
