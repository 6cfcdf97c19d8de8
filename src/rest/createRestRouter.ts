import type { RestRoute } from './restRoute';

/** A route the request asked for, and its labels percent-decoded. */
export interface MatchedRoute {
  route: RestRoute;
  params: Record<string, string>;
}

interface CompiledRoute {
  route: RestRoute;
  pattern: RegExp;
  labels: string[];
}

/**
 * The router of a route table: a method and path to the route and its labels, or
 * undefined (API Gateway's 404). A label matches one non-empty segment; a literal
 * segment is preferred to a label, so `/security-profiles/validate-behaviors`
 * is not taken for a profile of that name. Labels are percent-decoded, as IoT
 * decodes its own URI labels (`my-prof%3A1` → `my-prof:1`).
 */
export function createRestRouter(routes: readonly RestRoute[]) {
  const compiled = routes.map(compile).sort((a, b) => specificity(b.route.path) - specificity(a.route.path));
  return (method: string, path: string): MatchedRoute | undefined => {
    for (const { route, pattern, labels } of compiled) {
      if (route.method !== method) continue;
      const match = pattern.exec(path);
      if (!match) continue;
      const params: Record<string, string> = {};
      for (const [index, label] of labels.entries()) {
        const value = safeDecode(match[index + 1] ?? '');
        if (value === undefined) return undefined;
        params[label] = value;
      }
      return { route, params };
    }
    return undefined;
  };
}

function compile(route: RestRoute): CompiledRoute {
  const labels: string[] = [];
  const source = route.path
    .split('/')
    .map((segment) => {
      const label = /^\{(\w+)\}$/.exec(segment)?.[1];
      if (label === undefined) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      labels.push(label);
      return '([^/]+)';
    })
    .join('/');
  return { route, pattern: new RegExp(`^${source}$`), labels };
}

/** Literal segments before labels, position by position: `/a/b` beats `/a/{x}` beats `/{x}/b`. */
function specificity(path: string): number {
  return path.split('/').reduce((score, segment) => score * 2 + (segment.startsWith('{') ? 0 : 1), 0);
}

function safeDecode(label: string): string | undefined {
  try {
    return decodeURIComponent(label);
  } catch {
    return undefined;
  }
}
