/**
 * The signed-in person's token. In production it comes from the municipality's OpenID Connect
 * provider; for development the sign-in page gets one from the dev-only token endpoint or lets
 * you paste one from `npm run token`. Kept in sessionStorage: gone when the tab closes.
 */
const SLEUTEL = 'buurtwerk.token';
const luisteraars = new Set<() => void>();

export function huidigToken(): string | null {
  try {
    return sessionStorage.getItem(SLEUTEL);
  } catch {
    return null;
  }
}

export function zetToken(token: string | null): void {
  if (token) {
    sessionStorage.setItem(SLEUTEL, token);
  } else {
    sessionStorage.removeItem(SLEUTEL);
  }
  luisteraars.forEach((l) => l());
}

export function bijWijziging(l: () => void): () => void {
  luisteraars.add(l);
  return () => luisteraars.delete(l);
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
