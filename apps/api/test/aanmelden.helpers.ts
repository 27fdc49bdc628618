/**
 * Signing up for a network meeting as a resident does it since issue 14: the form (`aanmelden`,
 * which holds a place and mails a link), then the link in that mail (`aanmeldingBevestigen`).
 * The link is read from the transactional outbox, as the mail would carry it.
 */
import type { GqlAntwoord, TestContext } from '../../../test/harness';

export const AANMELDEN = `mutation($input: AanmeldingInput!) { aanmelden(input: $input) { id status wachtlijstPositie afmeldcode } }`;
export const BEVESTIGEN = `mutation($id: ID!, $code: String!) {
  aanmeldingBevestigen(aanmeldingId: $id, code: $code) { id status wachtlijstPositie afmeldcode }
}`;

export interface Aanmelding {
  id: string;
  status: 'AANGEMELD' | 'WACHTLIJST' | 'AFGEMELD' | 'TE_BEVESTIGEN';
  wachtlijstPositie: number | null;
  afmeldcode: string | null;
}

export const dbId = (globalId: string): string => Buffer.from(globalId, 'base64url').toString().split(':')[1];

/** The id and code of the newest confirmation mail of a sign-up, as in the link the person follows. */
export async function bevestigingslink(ctx: TestContext, aanmeldingId: string): Promise<{ id: string; code: string }> {
  const [mail] = await ctx.dataSource.query<Array<{ tekst: string }>>(
    `SELECT tekst FROM uitgaande_mail WHERE referentie_id = $1 AND soort = 'AANMELDING_BEVESTIGEN'
      ORDER BY aangemaakt_op DESC LIMIT 1`,
    [dbId(aanmeldingId)],
  );
  const m = mail ? /\/aanmelding-bevestigen\?aanmelding=([^&\s]+)&code=(\S+)/.exec(mail.tekst) : null;
  if (!m) {
    throw new Error(`Geen bevestigingsmail met link voor aanmelding ${aanmeldingId}`);
  }
  return { id: decodeURIComponent(m[1]), code: decodeURIComponent(m[2]) };
}

/** `aanmelden` as sent by the form: the answer is always TE_BEVESTIGEN. */
export function aanmeldenZonderBevestigen(ctx: TestContext, input: Record<string, unknown>, token?: string | null) {
  return ctx.gql<{ aanmelden: Aanmelding }>(AANMELDEN, { input }, token);
}

/**
 * Signs up and follows the link in the mail. The answer has the shape of `aanmelden`'s, with the
 * confirmed sign-up and, as `afmeldcode`, the code from the mail (it also cancels).
 */
export async function aanmeldenEnBevestigen(
  ctx: TestContext,
  input: Record<string, unknown>,
  token?: string | null,
): Promise<GqlAntwoord<{ aanmelden: Aanmelding }>> {
  const ontvangen = await aanmeldenZonderBevestigen(ctx, input, token);
  if (ontvangen.errors?.length || !ontvangen.data) {
    return ontvangen;
  }
  const link = await bevestigingslink(ctx, ontvangen.data.aanmelden.id);
  const bevestigd = await ctx.gql<{ aanmeldingBevestigen: Aanmelding }>(BEVESTIGEN, link);
  if (bevestigd.errors?.length || !bevestigd.data) {
    return { ...bevestigd, data: null };
  }
  return { ...bevestigd, data: { aanmelden: { ...bevestigd.data.aanmeldingBevestigen, afmeldcode: link.code } } };
}
