/** An invocation that did not succeed, with the attempts its error reported (VERSION_CONFLICT does). */
export class FailedCall extends Error {
  override name = 'FailedCall';
  constructor(
    message: string,
    readonly attempts: number,
  ) {
    super(message);
  }
}

/**
 * The number of write attempts an invocation reports (1 for a query), after checking that it
 * succeeded: a benchmark that timed failing requests would flatter the gateway. The baseline
 * handler answers `{ version }`, which counts as one attempt.
 *
 * @throws FailedCall with the status and body when the invocation did not succeed
 */
export function attemptsOf(result: unknown): number {
  const answer = result as { statusCode?: number; body?: string } | undefined;
  const body = answer?.body ?? '';
  if (answer?.statusCode !== 200) throw new Error(`answered ${answer?.statusCode}: ${body.slice(0, 500)}`);
  const parsed = JSON.parse(body) as {
    errors?: unknown[];
    data?: Record<string, { attempts?: number; applied?: boolean } | null>;
  };
  if (parsed.errors) throw new Error(`answered errors: ${JSON.stringify(parsed.errors).slice(0, 500)}`);
  // A mutation's payload (the one field asked for) says whether it applied; a query's has no `applied`.
  const payload = Object.values(parsed.data ?? {})[0];
  if (payload && 'applied' in payload && payload.applied !== true)
    throw new Error(`the change was not applied: ${body.slice(0, 500)}`);
  return payload?.attempts ?? 1;
}

/**
 * Checks that an invocation was refused by the request limit `setting` (HTTP 400, BAD_USER_INPUT
 * naming it): a document refused for any other reason would time the wrong thing.
 *
 * @throws Error with the status and body otherwise
 */
export function refusedBy(result: unknown, setting: string): number {
  const answer = result as { statusCode?: number; body?: string } | undefined;
  const body = answer?.body ?? '';
  const parsed = JSON.parse(body) as { errors?: { extensions?: { limit?: { setting?: string } } }[] };
  if (answer?.statusCode !== 400 || parsed.errors?.[0]?.extensions?.limit?.setting !== setting) {
    throw new Error(`not refused by ${setting}: answered ${answer?.statusCode}: ${body.slice(0, 500)}`);
  }
  return 1;
}

/** The current memory figures of this process; collects garbage first when `--expose-gc` is on. */
export function memoryNow(): { maxRssBytes: number; rssBytes: number; heapUsedAfterGcBytes: number } {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  return {
    // resourceUsage reports kibibytes.
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    rssBytes: process.memoryUsage.rss(),
    heapUsedAfterGcBytes: process.memoryUsage().heapUsed,
  };
}

/** The audit event id a successful mutation answered. */
export function auditEventIdOf(result: unknown): string {
  attemptsOf(result);
  const { data } = JSON.parse((result as { body: string }).body) as {
    data: Record<string, { auditEventId?: string }>;
  };
  const id = Object.values(data)[0]?.auditEventId;
  if (!id) throw new Error('the mutation answered no auditEventId');
  return id;
}
