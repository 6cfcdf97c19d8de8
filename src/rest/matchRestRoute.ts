/** The REST use cases, one per route. */
export type RestRoute =
  | { useCase: 'describe'; securityProfileName: string }
  | { useCase: 'update'; securityProfileName: string }
  | { useCase: 'patch'; securityProfileName: string }
  | { useCase: 'auditTrail'; securityProfileName: string }
  | { useCase: 'myAuditEvents' }
  | { useCase: 'list' }
  | { useCase: 'create' }
  | { useCase: 'delete'; securityProfileName: string }
  | { useCase: 'transfer'; securityProfileName: string };

const PROFILE = /^\/security-profiles\/([^/]+)(\/patch|\/audit-events|\/transfer)?$/;

/**
 * Which use case a method and path ask for, or undefined. The profile name is
 * percent-decoded, as IoT decodes its own URI labels (`my-prof%3A1` → `my-prof:1`).
 */
export function matchRestRoute(method: string, path: string): RestRoute | undefined {
  if (method === 'GET' && path === '/audit-events/mine') return { useCase: 'myAuditEvents' };
  if (path === '/security-profiles') {
    if (method === 'GET') return { useCase: 'list' };
    return method === 'POST' ? { useCase: 'create' } : undefined;
  }
  const match = PROFILE.exec(path);
  if (!match) return undefined;
  const securityProfileName = safeDecode(match[1] ?? '');
  if (securityProfileName === undefined) return undefined;
  const key = `${method} ${match[2] ?? ''}`;
  switch (key) {
    case 'GET ':
      return { useCase: 'describe', securityProfileName };
    case 'PATCH ':
      return { useCase: 'update', securityProfileName };
    case 'DELETE ':
      return { useCase: 'delete', securityProfileName };
    case 'POST /transfer':
      return { useCase: 'transfer', securityProfileName };
    case 'POST /patch':
      return { useCase: 'patch', securityProfileName };
    case 'GET /audit-events':
      return { useCase: 'auditTrail', securityProfileName };
    default:
      return undefined;
  }
}

function safeDecode(label: string): string | undefined {
  try {
    return decodeURIComponent(label);
  } catch {
    return undefined;
  }
}
