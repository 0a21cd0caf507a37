/** A proxy configured through the environment, with any password masked for messages. */
export type ProxySetting = { variable: string; display: string };

function hostMatches(host: string, noProxy: string | undefined): boolean {
  if (!noProxy) return false;
  return noProxy
    .split(/[\s,]+/)
    .filter(Boolean)
    .some((rule) => {
      if (rule === '*') return true;
      const bare = rule
        .replace(/^\*?\./, '')
        .replace(/:\d+$/, '')
        .toLowerCase();
      return host === bare || host.endsWith(`.${bare}`);
    });
}

function mask(raw: string): string {
  try {
    const url = new URL(raw);
    if (url.username || url.password) {
      url.username = '***';
      url.password = '';
    }
    return url.toString().replace(/\/$/, '');
  } catch {
    return '(unreadable value)';
  }
}

/** The proxy the environment sets for `url` (HTTPS_PROXY, HTTP_PROXY, ALL_PROXY, honouring
 * NO_PROXY), or null. */
export function proxyFor(url: string, env: NodeJS.ProcessEnv): ProxySetting | null {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return null;
  }
  const names =
    target.protocol === 'https:'
      ? ['HTTPS_PROXY', 'https_proxy', 'ALL_PROXY', 'all_proxy']
      : ['HTTP_PROXY', 'http_proxy', 'ALL_PROXY', 'all_proxy'];
  const variable = names.find((name) => env[name]);
  if (!variable) return null;
  if (hostMatches(target.hostname.toLowerCase(), env.NO_PROXY ?? env.no_proxy)) return null;
  return { variable, display: mask(env[variable]!) };
}
