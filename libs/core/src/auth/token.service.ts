import { Inject, Injectable } from '@nestjs/common';
import { createRemoteJWKSet, decodeProtectedHeader, type JWTPayload, jwtVerify, SignJWT } from 'jose';
import { BUURTWERK_CONFIG, type BuurtwerkConfig } from '../config/config';
import { fout } from '../errors/domain-error';
import { onopslaanbareTekst } from '../errors/validation.pipe';
import { ALLE_ROLLEN, type Gebruiker, Rol } from './gebruiker';

/** Tokens larger than this are refused before any parsing (protects the verifier). */
export const MAX_TOKEN_LENGTE = 8192;

/**
 * Verifies bearer JWTs (DOMAIN.md, identity and access): RS256 through the provider's JWKS in
 * production; HS256 with AUTH_JWT_SECRET only outside production. Issuer, audience, expiry and
 * not-before are checked; `alg: none` and unknown algorithms never pass.
 */
@Injectable()
export class TokenService {
  private readonly jwks: ReturnType<typeof createRemoteJWKSet> | null;
  private readonly secret: Uint8Array | null;

  constructor(@Inject(BUURTWERK_CONFIG) private readonly config: BuurtwerkConfig) {
    this.jwks = config.auth.jwksUrl ? createRemoteJWKSet(new URL(config.auth.jwksUrl)) : null;
    this.secret = config.auth.jwtSecret ? new TextEncoder().encode(config.auth.jwtSecret) : null;
  }

  async verifieer(token: string): Promise<Gebruiker> {
    if (token.length > MAX_TOKEN_LENGTE) {
      throw fout.nietIngelogd('Het token is te groot.');
    }
    let alg: string | undefined;
    try {
      alg = decodeProtectedHeader(token).alg;
    } catch {
      throw fout.nietIngelogd('Het token is ongeldig.');
    }
    const opties = {
      issuer: this.config.auth.issuer ?? undefined,
      audience: this.config.auth.audience ?? undefined,
      clockTolerance: 30,
    };
    let payload: JWTPayload;
    try {
      if (alg === 'RS256' && this.jwks) {
        ({ payload } = await jwtVerify(token, this.jwks, { ...opties, algorithms: ['RS256'] }));
      } else if (alg === 'HS256' && this.secret) {
        ({ payload } = await jwtVerify(token, this.secret, { ...opties, algorithms: ['HS256'] }));
      } else {
        throw new Error(`algoritme ${String(alg)} niet toegestaan`);
      }
    } catch {
      throw fout.nietIngelogd('Het token is ongeldig of verlopen. Log opnieuw in.');
    }
    return this.naarGebruiker(payload);
  }

  private naarGebruiker(payload: JWTPayload): Gebruiker {
    const sub = payload.sub;
    if (typeof sub !== 'string' || sub.length === 0 || sub.length > 255) {
      throw fout.nietIngelogd('Het token mist een geldige gebruiker (sub).');
    }
    // Text claims end up in the database (reporter, submitter): NUL or a lone surrogate would
    // make those writes fail with a database error (a 500), so such a token is refused here.
    if (onopslaanbareTekst([sub, payload.name, payload.email, payload.buurtcode], 'token').length > 0) {
      throw fout.nietIngelogd('Het token bevat ongeldige tekens.');
    }
    const rollenClaim = payload.roles ?? [];
    if (!Array.isArray(rollenClaim) || !rollenClaim.every((r): r is string => typeof r === 'string')) {
      throw fout.nietIngelogd('Het token heeft een ongeldige rollenlijst.');
    }
    const onbekend = rollenClaim.filter((r) => !ALLE_ROLLEN.includes(r as Rol));
    if (onbekend.length > 0) {
      throw fout.nietIngelogd(`Het token bevat een onbekende rol: ${onbekend.join(', ').slice(0, 100)}.`);
    }
    const tekst = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v.slice(0, 300) : null);
    const buurtcode = tekst(payload.buurtcode);
    return {
      sub,
      naam: tekst(payload.name) ?? sub,
      email: tekst(payload.email),
      rollen: [...new Set(rollenClaim as Rol[])],
      buurtcode: buurtcode && /^BU\d{8}$/.test(buurtcode) ? buurtcode : null,
    };
  }

  /** Development/test tokens (HS256). Refused in production, where there is no shared secret. */
  async maakOntwikkeltoken(claims: {
    sub: string;
    name?: string;
    email?: string;
    roles: Rol[];
    buurtcode?: string;
    geldigheidSeconden?: number;
  }): Promise<string> {
    if (!this.secret) {
      throw new Error('Ontwikkeltokens zijn uitgeschakeld (NODE_ENV=production of geen AUTH_JWT_SECRET).');
    }
    return ondertekenOntwikkeltoken(this.secret, this.config, claims);
  }
}

export async function ondertekenOntwikkeltoken(
  secret: Uint8Array,
  config: Pick<BuurtwerkConfig, 'auth'>,
  claims: { sub: string; name?: string; email?: string; roles: Rol[]; buurtcode?: string; geldigheidSeconden?: number },
): Promise<string> {
  const { geldigheidSeconden = 8 * 3600, sub, ...rest } = claims;
  let jwt = new SignJWT({ ...rest })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(sub)
    .setIssuedAt()
    .setExpirationTime(`${geldigheidSeconden}s`);
  if (config.auth.issuer) {
    jwt = jwt.setIssuer(config.auth.issuer);
  }
  if (config.auth.audience) {
    jwt = jwt.setAudience(config.auth.audience);
  }
  return jwt.sign(secret);
}
