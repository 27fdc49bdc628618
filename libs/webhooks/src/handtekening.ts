import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Signing of webhook deliveries, following the Standard Webhooks scheme
 * (https://www.standardwebhooks.com): the secret is `whsec_<base64 key>`; the signed content is
 * `${webhook-id}.${webhook-timestamp}.${body}`; the header `webhook-signature` holds one or more
 * space-separated `v1,<base64 HMAC-SHA256>` signatures. Receivers can use any Standard Webhooks
 * library, or `verifieerHandtekening` below.
 */
export const GEHEIM_PREFIX = 'whsec_';

/** Five minutes either way: older (or future) timestamps are refused against replay. */
export const STANDAARD_TOLERANTIE_SECONDEN = 300;

export function nieuwGeheim(): string {
  return `${GEHEIM_PREFIX}${randomBytes(32).toString('base64')}`;
}

function sleutel(geheim: string): Buffer {
  const b64 = geheim.startsWith(GEHEIM_PREFIX) ? geheim.slice(GEHEIM_PREFIX.length) : geheim;
  return Buffer.from(b64, 'base64');
}

/** The value of the `webhook-signature` header for one delivery. */
export function onderteken(geheim: string, id: string, tijdstempel: number, body: string): string {
  const mac = createHmac('sha256', sleutel(geheim)).update(`${id}.${tijdstempel}.${body}`).digest('base64');
  return `v1,${mac}`;
}

export type Verificatie = { geldig: true } | { geldig: false; reden: 'tijdstempel' | 'handtekening' };

/**
 * Verifies a received delivery (a pure function for receivers and tests): the timestamp must be
 * within the tolerance of `nu`, and one of the `v1` signatures must match the raw body exactly.
 */
export function verifieerHandtekening(invoer: {
  geheim: string;
  id: string;
  tijdstempel: string;
  body: string;
  handtekening: string;
  nu?: Date;
  toleranceSeconden?: number;
}): Verificatie {
  const { geheim, id, body, handtekening, nu = new Date(), toleranceSeconden = STANDAARD_TOLERANTIE_SECONDEN } = invoer;
  if (!/^\d{1,12}$/.test(invoer.tijdstempel)) {
    return { geldig: false, reden: 'tijdstempel' };
  }
  const tijdstempel = Number(invoer.tijdstempel);
  if (Math.abs(Math.floor(nu.getTime() / 1000) - tijdstempel) > toleranceSeconden) {
    return { geldig: false, reden: 'tijdstempel' };
  }
  const verwacht = Buffer.from(onderteken(geheim, id, tijdstempel, body).slice(3), 'base64');
  const klopt = handtekening
    .split(' ')
    .filter((h) => h.startsWith('v1,'))
    .some((h) => {
      const gegeven = Buffer.from(h.slice(3), 'base64');
      return gegeven.length === verwacht.length && timingSafeEqual(gegeven, verwacht);
    });
  return klopt ? { geldig: true } : { geldig: false, reden: 'handtekening' };
}
