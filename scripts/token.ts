/**
 * npm run token -- --rol BUURTREGISSEUR [--rol BEWONER] [--sub ID] [--name NAAM] [--email E] [--buurtcode BU...] [--uren 8]
 * Prints a development JWT (HS256 with AUTH_JWT_SECRET or the development secret), with `iat`
 * and `exp` (the API requires both) and `email_verified: true` when --email is given.
 * --uren may not exceed AUTH_MAX_TOKEN_AGE_SECONDS: the API refuses older tokens anyway.
 * Refused when NODE_ENV=production: production tokens come from the OpenID Connect provider.
 */
import { ALLE_ROLLEN, loadConfig, ondertekenOntwikkeltoken, type Rol } from '@buurtwerk/core';

async function main(): Promise<void> {
  if (process.env.NODE_ENV === 'production') {
    console.error('Ontwikkeltokens zijn niet beschikbaar in productie (NODE_ENV=production).');
    process.exit(1);
  }
  const config = loadConfig();
  if (!config.auth.jwtSecret) {
    console.error('Ontwikkeltokens zijn niet beschikbaar in productie (NODE_ENV=production).');
    process.exit(1);
  }
  const args = process.argv.slice(2);
  const waarden = (naam: string): string[] =>
    args.flatMap((a, i) => (a === `--${naam}` && args[i + 1] !== undefined ? [args[i + 1]] : []));
  const rollen = waarden('rol').map((r) => r.toUpperCase());
  const onbekend = rollen.filter((r) => !ALLE_ROLLEN.includes(r as Rol));
  if (rollen.length === 0 || onbekend.length > 0) {
    console.error(
      `Geef minstens één --rol uit: ${ALLE_ROLLEN.join(', ')}${onbekend.length ? ` (onbekend: ${onbekend.join(', ')})` : ''}`,
    );
    process.exit(2);
  }
  const uren = Number(waarden('uren')[0] ?? 8);
  const maxUren = config.auth.maxTokenLeeftijdSeconden / 3600;
  if (!Number.isFinite(uren) || uren <= 0 || uren > maxUren) {
    console.error(`--uren moet groter dan 0 en hoogstens ${maxUren} zijn (AUTH_MAX_TOKEN_AGE_SECONDS).`);
    process.exit(2);
  }
  const sub = waarden('sub')[0] ?? `dev-${rollen[0].toLowerCase()}`;
  const email = waarden('email')[0];
  const token = await ondertekenOntwikkeltoken(new TextEncoder().encode(config.auth.jwtSecret), config, {
    sub,
    name: waarden('name')[0] ?? `Ontwikkelaar (${rollen.join(', ')})`,
    email,
    email_verified: email === undefined ? undefined : true,
    buurtcode: waarden('buurtcode')[0],
    roles: rollen as Rol[],
    geldigheidSeconden: Math.round(uren * 3600),
  });
  process.stdout.write(`${token}\n`);
}

void main();
