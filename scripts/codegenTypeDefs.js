// A graphql-codegen plugin: emits the schema's SDL as a TypeScript string, so the
// Lambda bundle carries the schema without a file read or a special loader.
import { readFileSync } from 'node:fs';

/** @type {import('@graphql-codegen/plugin-helpers').PluginFunction} */
export const plugin = () =>
  `export const typeDefs = ${JSON.stringify(readFileSync('schema.graphql', 'utf8'))};\n`;
