// The gateway alone in a process of its own (its handler behind the local HTTP adapter), so a
// test can kill it mid-burst. Its environment says where IoT and DynamoDB are; it prints its URL.
import { loadConfig } from '../../../../src/config';
import { createHandler } from '../../../../src/createHandler';
import { verifyDevToken } from '../../../../src/local/devTokens';
import { startHttpAdapter } from '../../../../src/local/httpAdapter';

const devTokens = { stateDir: process.env.DEV_TOKEN_DIR };
const gateway = await startHttpAdapter({
  handler: createHandler(loadConfig(process.env)),
  port: 0,
  verifyToken: (token) => verifyDevToken(token, devTokens),
  logError: () => undefined,
});
process.stdout.write(`${gateway.url}\n`);
