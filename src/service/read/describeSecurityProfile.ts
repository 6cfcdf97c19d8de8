import type { SecurityProfile } from '../../domain/securityProfile';
import type { CallContext } from '../callContext';
import { loadReadable } from './loadReadable';
import type { ReadDependencies } from './readDependencies';

/** DescribeSecurityProfile for a caller allowed to read it; null when it does not exist. */
export async function describeSecurityProfile(
  deps: Pick<ReadDependencies, 'store' | 'policies' | 'fairShare'>,
  ctx: CallContext,
  securityProfileName: string,
): Promise<SecurityProfile | null> {
  const loaded = await loadReadable(deps, ctx.actor, securityProfileName);
  return loaded?.profile ?? null;
}
