import { loadConfig } from './config';
import { createHandler } from './createHandler';

/** The deployed entry point; built once per cold start and reused by every invocation. */
export const handler = createHandler(loadConfig(process.env));
