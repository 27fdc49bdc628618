import { Inject, Injectable, Logger } from '@nestjs/common';
import { createRemoteJWKSet, decodeProtectedHeader, type JWTPayload, jwtVerify, type JWTVerifyGetKey, SignJWT } from 'jose';
import { BUURTWERK_CONFIG, type BuurtwerkConfig } from '../config/config';
import { DomainError, fout, FoutCode } from '../errors/domain-error';
import { onopslaanbareTekst } from '../errors/validation.pipe';
import { ALLE_ROLLEN, type Gebruiker, Rol } from './gebruiker';

/** Tokens larger than this are refused before any parsing (protects the verifier). */
export const MAX_TOKEN_LENGTE = 8192;

/** Retry-After (seconds) when the provider's key set cannot be fetched. */
const JWKS_OPNIEUW_NA = 5;

/**
 * Errors of the key lookup that say something about the token (no key with its `kid`, an
 * ambiguous or unusable header). Every other error of the lookup (connection refused or cut,
 * timeout, HTTP 5xx, a key set that is no JSON or no key set) is the provider's fault.
 */
const TOKENFOUTEN_BIJ_SLEUTELKEUZE = new Set([
  'ERR_JWKS_NO_MATCHING_KEY',
  'ERR_JWKS_MULTIPLE_MATCHING_KEYS',
  'ERR_JOSE_ALG_NOT_ALLOWED',
  'ERR_JWS_INVALID',
  'ERR_JOSE_NOT_SUPPORTED',
]);

/** The provider's key set could not be fetched or used: nothing is known about the token. */
class JwksOnbereikbaar extends Error {
  constructor(readonly oorzaak: unknown) {
    super(`JWKS niet bruikbaar: ${oorzaak instanceof Error ? oorzaak.message : String(oorzaak)}`);
  }
}

/**
 * The remote key set, with its failures marked. jose refetches on the next request after a
 * failed fetch, so the API recovers by itself when the provider is back.
 */
function sleutelsVanProvider(url: string): JWTVerifyGetKey {
  const remote = createRemoteJWKSet(new URL(url));
  return async (kop, token) => {
    try {
      return await remote(kop, token);
    } catch (e) {
      const code = (e as { code?: unknown } | null)?.code;
      if (typeof code === 'string' && TOKENFOUTEN_BIJ_SLEUTELKEUZE.has(code)) {
        throw e;
      }
      throw new JwksOnbereikbaar(e);
    }
  };
}

/**
 * Verifies bearer JWTs (docs/domein.md, "Identity and access"): RS256 through the provider's JWKS in
 * production; HS256 with AUTH_JWT_SECRET only outside production. Issuer, audience, expiry and
 * not-before are checked; `exp` and `iat` are required and a token older than the configured
 * maximum age is refused; `alg: none` and unknown algorithms never pass.
 */
@Injectable()
export class TokenService {
  private readonly logger = new Logger('Auth');
  private readonly jwks: JWTVerifyGetKey | null;
  private readonly secret: Uint8Array | null;

  constructor(@Inject(BUURTWERK_CONFIG) private readonly config: BuurtwerkConfig) {
    this.jwks = config.auth.jwksUrl ? sleutelsVanProvider(config.auth.jwksUrl) : null;
    this.secret = config.auth.jwtSecret ? new TextEncoder().encode(config.auth.jwtSecret) : null;
  }

  async verifieer(token: string): Promise<Gebruiker> {
    return (await this.verifieerMetVerloop(token)).gebruiker;
  }

  /**
   * As `verifieer`, plus the moment (ms since epoch) from which this token is no longer
   * accepted (its `exp` plus the clock tolerance), or null without `exp`. A WebSocket
   * connection signed in with it is closed then (issue 14).
   */
  async verifieerMetVerloop(token: string): Promise<{ gebruiker: Gebruiker; verlooptOp: number | null }> {
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
      // A token without `exp` would never expire, one without `iat` could not be aged: both are
      // refused, as is a token issued longer ago than AUTH_MAX_TOKEN_AGE_SECONDS, whatever its `exp`.
      requiredClaims: ['exp', 'iat'],
      maxTokenAge: this.config.auth.maxTokenLeeftijdSeconden,
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
    } catch (e) {
      if (e instanceof JwksOnbereikbaar) {
        // Not the token's fault: a 401 would send the user into a sign-in loop, a 500 would
        // read as a bug. A temporary outage, as when the database is unreachable (issue 9).
        this.logger.warn(e.message);
        const onbeschikbaar = new DomainError(
          FoutCode.DIENST_NIET_BESCHIKBAAR,
          'Inloggen kan nu niet worden gecontroleerd: de inlogdienst van de gemeente is tijdelijk niet bereikbaar. ' +
            'Probeer het over enkele ogenblikken opnieuw.',
        );
        (onbeschikbaar as DomainError & { wachtSeconden?: number }).wachtSeconden = JWKS_OPNIEUW_NA;
        throw onbeschikbaar;
      }
      throw fout.nietIngelogd('Het token is ongeldig of verlopen. Log opnieuw in.');
    }
    return {
      gebruiker: this.naarGebruiker(payload),
      verlooptOp: typeof payload.exp === 'number' ? (payload.exp + opties.clockTolerance) * 1000 : null,
    };
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
      // OpenID Connect Core 5.1: only the boolean true says the provider verified the address.
      emailGeverifieerd: payload.email_verified === true,
      rollen: [...new Set(rollenClaim as Rol[])],
      buurtcode: buurtcode && /^BU\d{8}$/.test(buurtcode) ? buurtcode : null,
    };
  }

  /** Development/test tokens (HS256). Refused in production, where there is no shared secret. */
  async maakOntwikkeltoken(claims: OntwikkeltokenClaims): Promise<string> {
    if (!this.secret) {
      throw new Error('Ontwikkeltokens zijn uitgeschakeld (NODE_ENV=production of geen AUTH_JWT_SECRET).');
    }
    return ondertekenOntwikkeltoken(this.secret, this.config, claims);
  }
}

export interface OntwikkeltokenClaims {
  sub: string;
  name?: string;
  email?: string;
  /** The OpenID Connect claim `email_verified`; only a verified address finds records made without an account. */
  email_verified?: boolean;
  roles: Rol[];
  buurtcode?: string;
  /** Lifetime (`exp` − `iat`); the API refuses a token older than AUTH_MAX_TOKEN_AGE_SECONDS whatever its `exp`. */
  geldigheidSeconden?: number;
}

/** Signs a development token: always with `iat` and `exp`, which the API requires. */
export async function ondertekenOntwikkeltoken(
  secret: Uint8Array,
  config: Pick<BuurtwerkConfig, 'auth'>,
  claims: OntwikkeltokenClaims,
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
