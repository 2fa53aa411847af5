/** Read and write the share token in a URL's fragment (`#w=…`), leaving any other fragment content alone. */
import { SHARE_KEY } from './limits';

/** The share token of `hash` (`location.hash`, with or without `#`), or null when it has none. */
export function shareTokenFromHash(hash: string): string | null {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  for (const part of body.split('&')) {
    const eq = part.indexOf('=');
    // NOTE: no URLSearchParams: it turns `+` into a space and percent-decodes, hiding a damaged token.
    if (eq !== -1 && part.slice(0, eq) === SHARE_KEY) return part.slice(eq + 1);
  }
  return null;
}

/** `href` with its fragment replaced by the share token. */
export function shareUrl(href: string, token: string): string {
  const at = href.indexOf('#');
  return `${at === -1 ? href : href.slice(0, at)}#${SHARE_KEY}=${token}`;
}

/** `hash` without the share token (what the address bar keeps once the link has been opened). */
export function withoutShareToken(hash: string): string {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const rest = body.split('&').filter((p) => p !== '' && !p.startsWith(`${SHARE_KEY}=`));
  return rest.length > 0 ? `#${rest.join('&')}` : '';
}
