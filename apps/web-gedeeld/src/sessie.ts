/**
 * The signed-in person's token. In production it comes from the municipality's OpenID Connect
 * provider; for development the sign-in page gets one from the dev-only token endpoint or lets
 * you paste one from `npm run token`.
 *
 * Kept in localStorage with an expiry, so a link opened in a new tab stays signed in (issue 19);
 * sessionStorage is per tab and did not carry over. What keeps that safe:
 * - the stored entry expires with the token's own `exp` (the API requires one) and at most
 *   MAX_BEWAARD_MS after sign-in, whichever comes first; an expired entry is removed when read;
 * - signing out in one tab signs out every tab (the `storage` event), and the OIDC sign-out
 *   clears the entry before leaving for the provider;
 * - the Content-Security-Policy allows only the app's own scripts, the same protection against
 *   script injection that sessionStorage relied on (both are readable by a script on the page).
 */
/**
 * One entry per app (its base path, e.g. `/buurtportaal/`): both apps share an origin, and signing
 * in as a staff member in the Regiepaneel must not sign you in to the Buurtportaal as well.
 */
const SLEUTEL = `buurtwerk.token:${import.meta.env.BASE_URL}`;
/** Where the token lived before (per tab); cleared on every change. */
const OUDE_SLEUTEL = 'buurtwerk.token';
/** A stored sign-in is kept at most this long, even when the token itself lives longer. */
export const MAX_BEWAARD_MS = 8 * 60 * 60 * 1000;
const luisteraars = new Set<() => void>();

interface Bewaard {
  token: string;
  /** Milliseconds since the epoch after which the entry is no longer used. */
  tot: number;
}

/** The token's `exp` in milliseconds, or null when it is no readable JWT. */
export function verlooptOp(token: string): number | null {
  const deel = token.split('.')[1];
  if (!deel) {
    return null;
  }
  try {
    const json = atob(
      deel
        .replace(/-/g, '+')
        .replace(/_/g, '/')
        .padEnd(Math.ceil(deel.length / 4) * 4, '='),
    );
    const exp = (JSON.parse(json) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp * 1000 : null;
  } catch {
    return null;
  }
}

function opslag(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function huidigToken(nu: number = Date.now()): string | null {
  const o = opslag();
  const tekst = o?.getItem(SLEUTEL) ?? null;
  if (!o || tekst === null) {
    return null;
  }
  try {
    const b = JSON.parse(tekst) as Partial<Bewaard>;
    if (typeof b.token === 'string' && typeof b.tot === 'number' && nu < b.tot) {
      return b.token;
    }
  } catch {
    // Not ours (or from an older version): removed below.
  }
  o.removeItem(SLEUTEL);
  return null;
}

export function zetToken(token: string | null, nu: number = Date.now()): void {
  const o = opslag();
  if (token) {
    const tot = Math.min(verlooptOp(token) ?? nu + MAX_BEWAARD_MS, nu + MAX_BEWAARD_MS);
    o?.setItem(SLEUTEL, JSON.stringify({ token, tot } satisfies Bewaard));
  } else {
    o?.removeItem(SLEUTEL);
  }
  // A token from before this change lived in sessionStorage; it is not used any more.
  try {
    sessionStorage.removeItem(OUDE_SLEUTEL);
  } catch {
    // No sessionStorage (private mode in old browsers): nothing to clean up.
  }
  luisteraars.forEach((l) => l());
}

export function bijWijziging(l: () => void): () => void {
  luisteraars.add(l);
  return () => luisteraars.delete(l);
}

// Signing in or out in another tab of the same app: this tab follows.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if (e.key === SLEUTEL || e.key === null) {
      luisteraars.forEach((l) => l());
    }
  });
}

/** Asks the development token endpoint (only present outside production) for a demo user's token. */
export async function vraagOntwikkeltoken(verzoek: {
  rol: string;
  naam: string;
  sub: string;
  buurtcode?: string;
}): Promise<string> {
  let res: Response;
  try {
    res = await fetch('/web/ontwikkeltoken', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(verzoek),
    });
  } catch {
    throw new Error('De ontwikkelserver is niet bereikbaar.');
  }
  if (!res.ok) {
    throw new Error('Inloggen als demogebruiker kan alleen in ontwikkeling. Plak anders een token uit "npm run token".');
  }
  const body = (await res.json()) as { token?: string };
  if (!body.token) {
    throw new Error('De ontwikkelserver gaf geen token.');
  }
  return body.token;
}
