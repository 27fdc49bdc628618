import { createHmac } from 'node:crypto';

/** Who the requests are made for (claims user_id and user_representation of the ZGW standard). */
export interface ZgwGebruiker {
  id: string;
  weergave: string;
}

function base64url(x: Buffer | string): string {
  return Buffer.from(x).toString('base64url');
}

/**
 * The bearer token of the ZGW APIs ("Authenticatie en autorisatie" of the standard, as Open Zaak
 * implements it): a JWT signed HS256 with the secret shared with the API, with claims `iss` and
 * `client_id` (the client id), `iat` (seconds), `user_id` and `user_representation`. A fresh
 * token per request, so its age never passes the server's limit.
 */
export function zgwToken(clientId: string, secret: string, gebruiker: ZgwGebruiker, nu: Date = new Date()): string {
  const kop = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const claims = base64url(
    JSON.stringify({
      iss: clientId,
      iat: Math.floor(nu.getTime() / 1000),
      client_id: clientId,
      user_id: gebruiker.id,
      user_representation: gebruiker.weergave,
    }),
  );
  const handtekening = base64url(createHmac('sha256', secret).update(`${kop}.${claims}`).digest());
  return `${kop}.${claims}.${handtekening}`;
}
