import { ConfigError, optionalInt, type Env } from '../envVariables';

/**
 * The local stack's default ports, one block of three that no well-known tool
 * uses: not LocalStack's 4566 (nor its 4510–4559 range), not DynamoDB Local's
 * 8000, not the 3000/4000/5000/5173/8080/9000 of dev servers (4000 is Apollo
 * Server's own default), not 9229 (Node's inspector).
 */
export const LOCAL_PORTS = {
  gateway: { variable: 'PORT', fallback: 7310 },
  iot: { variable: 'IOT_EMULATOR_PORT', fallback: 7311 },
  dynamo: { variable: 'DYNAMODB_PORT', fallback: 7312 },
} as const;

export type LocalPorts = Record<keyof typeof LOCAL_PORTS, number>;

/** The ports from the environment; throws ConfigError naming a variable that is not a TCP port. */
export function localPortsFrom(env: Env): LocalPorts {
  const read = ({ variable, fallback }: { variable: string; fallback: number }) =>
    optionalInt(env, variable, 0, 65_535) ?? fallback;
  return { gateway: read(LOCAL_PORTS.gateway), iot: read(LOCAL_PORTS.iot), dynamo: read(LOCAL_PORTS.dynamo) };
}

/**
 * A listen error turned into a ConfigError naming the variable of the busy port,
 * or the error itself when it is not a busy port of `ports`.
 */
export function explainBusyPort(error: unknown, ports: Partial<LocalPorts>): unknown {
  const { code, port } = (error ?? {}) as { code?: unknown; port?: unknown };
  if (code !== 'EADDRINUSE') return error;
  const key = (Object.keys(ports) as Array<keyof LocalPorts>).find((name) => ports[name] === port);
  if (!key) return error;
  const { variable } = LOCAL_PORTS[key];
  return new ConfigError(
    `${variable}=${String(port)} is already in use (another npm start, or another tool): stop it, or set ${variable} to a free port (0 picks one).`,
  );
}
