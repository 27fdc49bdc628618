/**
 * Signals on the webhook channel `signalen`: signals are not public (docs/domein.md, invariants 10 and 12), so an
 * event reaches only subscriptions that may see that signal, and carries nothing of the reporter.
 */
import { Rol } from '@buurtwerk/core';
import { GebeurtenisPublisher, WebhookWorker } from '@buurtwerk/webhooks';
import { type TestContext, testContext } from '../../../test/harness';
import { ABONNEMENT_AANMAKEN, type Ontvanger, startOntvanger } from './webhooks.helpers';

process.env.WEBHOOKS_UIT = 'true';

const MELDEN = `mutation($input: SignaalInput!) { signaalMelden(input: $input) { id referentie } }`;
const DOORZETTEN = `mutation($id: ID!, $afdeling: String!) { signaalDoorzetten(id: $id, afdeling: $afdeling) { status } }`;
const AFHANDELEN = `mutation($id: ID!, $t: String!) { signaalAfhandelen(id: $id, terugkoppeling: $t) { status } }`;

interface CloudEvent {
  id: string;
  type: string;
  subject: string;
  buurtcode?: string;
  afdeling?: string;
  data: Record<string, unknown>;
}

describe('Webhooks op het kanaal signalen: alleen voor wie het signaal mag zien', () => {
  let ctx: TestContext;
  let ontvanger: Ontvanger;
  let beheerder: string;

  beforeAll(async () => {
    ctx = await testContext();
    ontvanger = await startOntvanger();
    beheerder = await ctx.tokenFor(Rol.BEHEERDER);
  });
  afterAll(async () => {
    await ctx.close();
    await ontvanger.sluit();
  });

  const organisatie = async (naam: string): Promise<string> =>
    (
      await ctx.gqlOk<{ organisatieRegistreren: { id: string } }>(
        'mutation($input: OrganisatieInput!) { organisatieRegistreren(input: $input) { id } }',
        { input: { naam, soort: 'STICHTING', buurtIds: [] } },
        beheerder,
      )
    ).organisatieRegistreren.id;
  const sleutel = async (organisatieId: string, scopes: string[]): Promise<string> =>
    (
      await ctx.gqlOk<{ apiSleutelAanmaken: { sleutel: string } }>(
        'mutation($input: ApiSleutelInput!) { apiSleutelAanmaken(input: $input) { sleutel } }',
        { input: { naam: `Sleutel ${scopes.join('+')}`, scopes, organisatieId } },
        beheerder,
      )
    ).apiSleutelAanmaken.sleutel;
  const abonneer = async (
    token: string,
    pad: string,
    extra: { filters?: Array<{ kenmerk: string; waarde: string }>; organisatieId?: string } = {},
  ): Promise<string> =>
    (
      await ctx.gqlOk<{ webhookAbonnementAanmaken: { abonnement: { id: string } } }>(
        ABONNEMENT_AANMAKEN,
        { input: { callbackUrl: ontvanger.url(pad), kanaal: 'signalen', filters: extra.filters ?? [], ...extra } },
        token,
      )
    ).webhookAbonnementAanmaken.abonnement.id;
  const melden = async (token: string, buurtId: string, omschrijving: string) =>
    (
      await ctx.gqlOk<{ signaalMelden: { id: string; referentie: string } }>(
        MELDEN,
        { input: { buurtId, categorie: 'Openbare ruimte', omschrijving } },
        token,
      )
    ).signaalMelden;
  const ontvangenOp = (pad: string): CloudEvent[] =>
    ontvanger.ontvangen.filter((o) => o.pad === pad).map((o) => JSON.parse(o.body) as CloudEvent);
  const afleveringenVan = async (abonnementGlobalId: string): Promise<number> => {
    const id = Buffer.from(abonnementGlobalId, 'base64url').toString().split(':')[1];
    const [{ n }] = await ctx.dataSource.query<Array<{ n: number }>>(
      'SELECT count(*)::int AS n FROM webhook_aflevering WHERE abonnement_id = $1',
      [id],
    );
    return n;
  };

  it('levert aan de gemeente en aan de melder-partner, nooit aan wie het signaal niet mag zien, zonder gegevens van de melder', async () => {
    const { terschuren, heksenberg } = await ctx.gqlOk<{ terschuren: { id: string }; heksenberg: { id: string } }>(
      '{ terschuren: buurt(code: "BU09171001") { id } heksenberg: buurt(code: "BU09174000") { id } }',
    );
    const standby = await organisatie('StandBy (signalen-test)');
    const buurtorganisatie = await organisatie('Buurtorganisatie (signalen-test)');
    const melderSleutel = await sleutel(standby, ['lezen', 'signalen:schrijven']);
    const collegaSleutel = await sleutel(standby, ['lezen', 'signalen:schrijven']);
    const andereSleutel = await sleutel(buurtorganisatie, ['lezen']);
    const partnerSub = `partner-signalen-${process.pid}`;
    const partner = await ctx.tokenFor(Rol.PARTNER, { sub: partnerSub });
    await ctx.gqlOk(
      'mutation($o: ID!, $g: ID!) { partnerKoppelen(organisatieId: $o, gebruikerId: $g) { id } }',
      {
        o: buurtorganisatie,
        g: partnerSub,
      },
      beheerder,
    );

    // Who subscribes: municipal IT (all, and one per buurt and department), and several partners.
    const gemeente = await abonneer(beheerder, '/gemeente');
    const gemeenteTerschuren = await abonneer(beheerder, '/gemeente-terschuren', {
      filters: [{ kenmerk: 'buurtcode', waarde: 'BU09171001' }],
    });
    const gemeenteWegbeheer = await abonneer(beheerder, '/gemeente-wegbeheer', {
      filters: [{ kenmerk: 'afdeling', waarde: 'Wegbeheer' }],
    });
    const melder = await abonneer(melderSleutel, '/melder');
    const collega = await abonneer(collegaSleutel, '/collega');
    const ander = await abonneer(andereSleutel, '/ander');
    const partnerGebruiker = await abonneer(partner, '/partner-gebruiker');
    // Made by a BEHEERDER for an organisation: the organisation did not report what the BEHEERDER reports.
    const namensOrganisatie = await abonneer(beheerder, '/namens-organisatie', { organisatieId: buurtorganisatie });

    const bewoner = await ctx.tokenFor(Rol.BEWONER, {
      name: 'Anna Meldster',
      email: 'anna.meldster@voorbeeld.invalid',
    });
    const vanBewoner = await melden(bewoner, terschuren.id, 'Bel mij op 06-12345678, groet Anna Meldster');
    const vanPartner = await melden(melderSleutel, heksenberg.id, 'Kapotte lantaarnpaal; contact: piet@standby.invalid');
    const vanBeheerder = await melden(beheerder, heksenberg.id, 'Zwerfvuil bij de speeltuin');
    const regisseur = await ctx.tokenFor(Rol.BELEIDSMEDEWERKER);
    await ctx.gqlOk(DOORZETTEN, { id: vanBewoner.id, afdeling: 'Wegbeheer' }, regisseur);
    await ctx.gqlOk(AFHANDELEN, { id: vanPartner.id, t: 'Beste Piet Partner, de lamp is vervangen.' }, regisseur);

    await ctx.app.get(WebhookWorker).verwerkNu();

    const soorten = (pad: string): string[] =>
      ontvangenOp(pad)
        .map((e) => `${e.subject}:${e.type.replace(/^.*\./, '')}`)
        .sort();
    expect(soorten('/gemeente')).toEqual(
      [
        `${vanBewoner.id}:gemeld`,
        `${vanBewoner.id}:doorgezet`,
        `${vanPartner.id}:gemeld`,
        `${vanPartner.id}:afgehandeld`,
        `${vanBeheerder.id}:gemeld`,
      ].sort(),
    );
    expect(soorten('/gemeente-terschuren')).toEqual([`${vanBewoner.id}:doorgezet`, `${vanBewoner.id}:gemeld`]);
    expect(soorten('/gemeente-wegbeheer')).toEqual([`${vanBewoner.id}:doorgezet`]);
    // A partner key gets exactly the signals it reported itself, with every status change.
    expect(soorten('/melder')).toEqual([`${vanPartner.id}:afgehandeld`, `${vanPartner.id}:gemeld`]);

    // Those who may not see a signal never get a delivery: not sent, and nothing in their delivery log.
    for (const [pad, abonnement] of [
      ['/collega', collega],
      ['/ander', ander],
      ['/partner-gebruiker', partnerGebruiker],
      ['/namens-organisatie', namensOrganisatie],
    ] as const) {
      expect({ pad, ontvangen: ontvangenOp(pad).length }).toEqual({ pad, ontvangen: 0 });
      expect({ pad, afleveringen: await afleveringenVan(abonnement) }).toEqual({ pad, afleveringen: 0 });
    }
    expect(await afleveringenVan(gemeente)).toBe(5);
    expect(await afleveringenVan(gemeenteTerschuren)).toBe(2);
    expect(await afleveringenVan(gemeenteWegbeheer)).toBe(1);
    expect(await afleveringenVan(melder)).toBe(2);

    // The delivery log a partner can read shows nothing of the signals it may not see either.
    const log = await ctx.gqlOk<{ webhookAfleveringen: { totalCount: number } }>(
      'query($id: ID!) { webhookAfleveringen(abonnementId: $id) { totalCount } }',
      { id: collega },
      collegaSleutel,
    );
    expect(log.webhookAfleveringen.totalCount).toBe(0);

    // What was sent is about the signal, never about who reported it.
    const gemeld = ontvangenOp('/gemeente').find((e) => e.subject === vanBewoner.id && e.type.endsWith('.gemeld'))!;
    expect(gemeld).toMatchObject({
      buurtcode: 'BU09171001',
      data: { id: vanBewoner.id, referentie: vanBewoner.referentie, status: 'NIEUW', van: null, buurtcode: 'BU09171001' },
    });
    const alles = ontvanger.ontvangen.map((o) => o.body).join('\n');
    expect(alles).not.toMatch(/@/);
    expect(alles).not.toMatch(/\b0?6[- ]?\d{8}\b/);
    expect(alles).not.toMatch(/Anna|Meldster|Piet|Partner|Bel mij|lantaarnpaal|Zwerfvuil|de lamp is vervangen/);
    expect(alles).not.toMatch(/apisleutel:|test-bewoner|test-beheerder|partner-signalen/);
  });

  it('levert een partner niets meer zodra de maker van het abonnement niet meer aan de organisatie gekoppeld is', async () => {
    const { heksenberg } = await ctx.gqlOk<{ heksenberg: { id: string } }>('{ heksenberg: buurt(code: "BU09174000") { id } }');
    const org = await organisatie('Losgekoppeld (signalen-test)');
    const melderSleutel = await sleutel(org, ['lezen', 'signalen:schrijven']);
    const abonnement = await abonneer(melderSleutel, '/losgekoppeld');
    const eerste = await melden(melderSleutel, heksenberg.id, 'Losse stoeptegel');
    await ctx.app.get(WebhookWorker).verwerkNu();
    expect(ontvangenOp('/losgekoppeld').map((e) => e.subject)).toEqual([eerste.id]);

    // The link of the key to its organisation is gone (membership is core's partner_koppeling).
    await ctx.dataSource.query('DELETE FROM partner_koppeling WHERE organisatie_id = $1', [
      Buffer.from(org, 'base64url').toString().split(':')[1],
    ]);
    const tweede = await melden(melderSleutel, heksenberg.id, 'Nog een losse stoeptegel');
    await ctx.app.get(WebhookWorker).verwerkNu();
    expect(ontvangenOp('/losgekoppeld').map((e) => e.subject)).toEqual([eerste.id]);
    expect(ontvangenOp('/losgekoppeld').some((e) => e.subject === tweede.id)).toBe(false);
    expect(await afleveringenVan(abonnement)).toBe(1);
  });

  it('weigert een gebeurtenis op een besloten kanaal zonder doelgroep (nooit openbaar)', async () => {
    const publisher = ctx.app.get(GebeurtenisPublisher);
    await expect(
      ctx.dataSource.transaction((tx) =>
        publisher.publiceer(tx, {
          kanaal: 'signalen',
          type: 'nl.heerlen.buurtwerk.signaal.gemeld',
          onderwerp: 'x',
          kenmerken: {},
          data: {},
        }),
      ),
    ).rejects.toThrow(/doelgroep/);
  });
});
