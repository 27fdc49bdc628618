/**
 * Awb 2:4 / docs/domein.md, invariant 7: an official with a personal interest takes no part in handling an
 * initiative at all. This test walks the GraphQL schema the server runs: every mutation that
 * refers to an initiative (by name, by an argument or input field, or by returning one) must be
 * in GEVALLEN below, or the test fails. Each case brings a fresh initiative of an organisation to
 * the state the act needs and then proves, through the API:
 *
 * - behandeling (an act of staff on the file) and stem (a panel member's vote): everyone with a
 *   conflict is refused with BELANGENCONFLICT and the plain Dutch reason, and nothing changes;
 *   an official without one is not refused (the organisation itself is never excluded);
 * - indiener (the applicant's own acts): only the applicant, although he has a conflict by
 *   definition; officials are refused for not being the applicant, never for a conflict;
 * - geen behandeling (mentions an initiative without handling it): a conflict does not stop it.
 */
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { type GraphQLField, GraphQLInputObjectType, type GraphQLInputType, type GraphQLObjectType, getNamedType } from 'graphql';
import { Client } from 'pg';
import { amsterdamseDatum, plusDagen, Rol } from '@buurtwerk/core';
import { BelangenconflictService } from '@buurtwerk/conflict-of-interest';
import { SubsidieregelsService } from '@buurtwerk/subsidieregels';
import { type GqlAntwoord, type TestContext, testContext } from '../../../test/harness';
import { databaseId } from './buurtpanel.helpers';
import {
  INITIATIEF_VELDEN,
  type InitiatiefAntwoord,
  initiatiefInput,
  type Opzet,
  opslaan,
  plafondStand,
  REGELING,
  zetOp,
} from './initiatieven.helpers';

type Soort = 'behandeling' | 'stem' | 'indiener' | 'geen behandeling';
type Toestand =
  | 'CONCEPT'
  | 'INGEDIEND'
  | 'IN_BEHANDELING'
  | 'AANVULLING_GEVRAAGD'
  | 'BIJ_BUURTPANEL'
  | 'PANELADVIES'
  | 'TOEGEKEND'
  | 'UITGEVOERD'
  // Awb 4:5: the aanvulling term passed unused.
  | 'AANVULLINGSTERMIJN_VERSTREKEN'
  // Awb 4:17: the decision term passed without a decision.
  | 'TERMIJN_VERSTREKEN'
  // Awb 4:18: a penalty accrued and stopped with the decision.
  | 'DWANGSOM_GESTOPT';
type Wie = 'indiener' | 'bestuurder' | 'raadslid' | 'verklaarder' | 'panellidVerklaard' | 'neutraal' | 'panellid' | 'panellidB';

interface Geval {
  soort: Soort;
  /** Why the act is (not) handling, in a few words. */
  waarom: string;
  toestand: Toestand;
  /** Calls the mutation on the initiative as `token`. */
  doe: (i: InitiatiefAntwoord, token: string) => Promise<GqlAntwoord>;
  /** The initiative asks money under a tender (Awb 4:26) instead of the buurtpanel rule. */
  tender?: true;
}

const CODE = 'PANEL_BELANG_TEST';
const ORGANISATIE = 'Stichting Speeltuin Schandelen';

/** Does a mutation act on an initiative? Derived from the schema: names, arguments, input fields, result. */
const NOEMT_INITIATIEF = /initiatief/i;
function verwijstNaarInitiatief(veld: GraphQLField<unknown, unknown>): boolean {
  const resultaat = getNamedType(veld.type).name;
  return (
    NOEMT_INITIATIEF.test(veld.name) ||
    resultaat === 'Initiatief' ||
    resultaat === 'Panelstemming' ||
    veld.args.some((a) => noemtInitiatief(a.name, a.type, new Set()))
  );
}
function noemtInitiatief(naam: string, type: GraphQLInputType, gezien: Set<string>): boolean {
  const t = getNamedType(type);
  if (NOEMT_INITIATIEF.test(naam) || NOEMT_INITIATIEF.test(t.name)) {
    return true;
  }
  if (t instanceof GraphQLInputObjectType && !gezien.has(t.name)) {
    gezien.add(t.name);
    return Object.values(t.getFields()).some((f) => noemtInitiatief(f.name, f.type, gezien));
  }
  return false;
}

describe('Belangenconflict bij elke handeling op een initiatief (Awb 2:4)', () => {
  let ctx: TestContext;
  let o: Opzet;
  let organisatieGid: string;
  let panelId: string;
  let rondeId: string;
  // A public initiative of another resident, that the applicant asks to cooperate with.
  let samenwerkingDoelId: string;
  let bijeenkomstId: string;
  const tokens = {} as Record<Wie, string>;
  let indienerAlsPartner: string;

  /** Every role an official in this file may need, so only the conflict can stand in the way. */
  const AMBTENAAR = [Rol.BELEIDSMEDEWERKER, Rol.BEHEERDER];

  const gql = (query: string, variables: Record<string, unknown>, token: string) => ctx.gql(query, variables, token);

  const GEVALLEN: Record<string, Geval> = {
    initiatiefInBehandelingNemen: {
      soort: 'behandeling',
      waarom: 'in behandeling nemen',
      toestand: 'INGEDIEND',
      doe: (i, t) => gql('mutation($id: ID!) { initiatiefInBehandelingNemen(id: $id) { status } }', { id: i.id }, t),
    },
    aanvullingVragen: {
      soort: 'behandeling',
      waarom: 'om een aanvulling vragen (Awb 4:5)',
      toestand: 'IN_BEHANDELING',
      doe: (i, t) =>
        gql(
          'mutation($id: ID!) { aanvullingVragen(id: $id, toelichting: "Stuur de begroting mee.", termijnDagen: 14) { status } }',
          { id: i.id },
          t,
        ),
    },
    initiatiefVoorleggenAanPanel: {
      soort: 'behandeling',
      waarom: 'voorleggen aan een buurtpanel',
      toestand: 'IN_BEHANDELING',
      doe: (i, t) =>
        gql(
          'mutation($id: ID!, $panelId: ID!, $sluitOp: DateTime!) { initiatiefVoorleggenAanPanel(id: $id, panelId: $panelId, sluitOp: $sluitOp) { sluitOp } }',
          { id: i.id, panelId, sluitOp: new Date(Date.now() + 86_400_000).toISOString() },
          t,
        ),
    },
    begrotingsprojectToevoegen: {
      soort: 'behandeling',
      waarom: 'voorleggen aan de bewoners in een burgerbegroting',
      toestand: 'IN_BEHANDELING',
      doe: (i, t) =>
        gql(
          'mutation($input: BegrotingsprojectInput!) { begrotingsprojectToevoegen(input: $input) { id } }',
          { input: { rondeId, titel: i.titel, kosten: 40_000, initiatiefId: i.id } },
          t,
        ),
    },
    besluitNemen: {
      soort: 'behandeling',
      waarom: 'besluiten',
      toestand: 'IN_BEHANDELING',
      doe: (i, t) =>
        gql(
          'mutation($input: BesluitInput!) { besluitNemen(input: $input) { status } }',
          {
            input: {
              initiatiefId: i.id,
              uitkomst: 'TOEGEKEND',
              motivering: 'Past binnen de regeling.',
              bedragen: i.aanvragen.map((a) => ({ aanvraagId: a.id, bedrag: a.gereserveerdBedrag ?? 0 })),
              // A buurtpanel decides under this rule: an official decides only with a reasoned override.
              afwijken: true,
              afwijkingMotivering: 'Het buurtpanel kan deze maand niet bijeenkomen; de gemeente beslist zelf.',
            },
          },
          t,
        ),
    },
    tenderBeoordelen: {
      soort: 'behandeling',
      waarom: 'een aanvraag in een tender scoren (Awb 4:26)',
      toestand: 'INGEDIEND',
      tender: true,
      doe: (i, t) =>
        gql(
          'mutation($id: ID!, $s: [TenderScoreInput!]!) { tenderBeoordelen(initiatiefId: $id, scores: $s) { voorstel } }',
          { id: i.id, s: [{ criterium: 'BEREIK', score: 7, toelichting: 'Veel bewoners uit de buurt doen mee.' }] },
          t,
        ),
    },
    subsidieVaststellen: {
      soort: 'behandeling',
      waarom: 'vaststellen',
      toestand: 'UITGEVOERD',
      // The full grant, although the execution report says it cost 1 cent (the reproduced abuse).
      doe: (i, t) =>
        gql(
          'mutation($id: ID!, $bedragen: [ToekenningInput!]!) { subsidieVaststellen(id: $id, bedragen: $bedragen, toelichting: "De activiteiten zijn volgens het verslag uitgevoerd zoals toegekend.") { status } }',
          { id: i.id, bedragen: i.aanvragen.map((a) => ({ aanvraagId: a.id, bedrag: a.toegekendBedrag ?? 0 })) },
          t,
        ),
    },
    panelStemUitbrengen: {
      soort: 'stem',
      waarom: 'stemmen als lid van het buurtpanel',
      toestand: 'BIJ_BUURTPANEL',
      doe: (i, t) =>
        gql(
          'mutation($id: ID!) { panelStemUitbrengen(initiatiefId: $id, keuze: VOOR, toelichting: "Goed voor de speeltuin.") { aantalVoor } }',
          { id: i.id },
          t,
        ),
    },
    besluitOpPaneladvies: {
      soort: 'behandeling',
      waarom: 'besluiten op het advies van het buurtpanel',
      toestand: 'PANELADVIES',
      doe: (i, t) =>
        gql('mutation($id: ID!) { besluitOpPaneladvies(initiatiefId: $id, uitkomst: TOEGEKEND) { status } }', { id: i.id }, t),
    },
    initiatiefOpslaan: {
      soort: 'indiener',
      waarom: 'het eigen concept wijzigen',
      toestand: 'CONCEPT',
      doe: (i, t) =>
        gql(
          'mutation($id: ID, $input: InitiatiefInput!) { initiatiefOpslaan(id: $id, input: $input) { status } }',
          { id: i.id, input: invoer() },
          t,
        ),
    },
    initiatiefIndienen: {
      soort: 'indiener',
      waarom: 'het eigen concept indienen',
      toestand: 'CONCEPT',
      doe: (i, t) => gql('mutation($id: ID!) { initiatiefIndienen(id: $id) { status } }', { id: i.id }, t),
    },
    initiatiefIntrekken: {
      soort: 'indiener',
      waarom: 'de eigen aanvraag intrekken',
      toestand: 'INGEDIEND',
      doe: (i, t) => gql('mutation($id: ID!) { initiatiefIntrekken(id: $id) { status } }', { id: i.id }, t),
    },
    vrijwilligersverzoekPlaatsen: {
      soort: 'indiener',
      waarom: 'vrijwilligers zoeken voor het eigen toegekende initiatief',
      toestand: 'TOEGEKEND',
      doe: (i, t) =>
        gql(
          'mutation($input: VrijwilligersverzoekInput!) { vrijwilligersverzoekPlaatsen(input: $input) { id } }',
          {
            input: {
              titel: 'Helpen bij de opening',
              beschrijving: 'Stoelen zetten en koffie schenken.',
              thema: 'JEUGD',
              aantal: 3,
              begin: `${Number(o.jaar) + 1}-06-01T14:00:00+02:00`,
              locatie: 'Speeltuin',
              buurtId: o.buurtId,
              initiatiefId: i.id,
            },
          },
          t,
        ),
    },
    samenwerkingVragen: {
      soort: 'indiener',
      waarom: 'namens het eigen initiatief een ander initiatief om samenwerking vragen',
      toestand: 'INGEDIEND',
      doe: (i, t) =>
        gql(
          'mutation($input: SamenwerkingVragenInput!) { samenwerkingVragen(input: $input) { id } }',
          { input: { vanInitiatiefId: i.id, naarInitiatiefId: samenwerkingDoelId, bericht: 'Zullen we samenwerken?' } },
          t,
        ),
    },
    ideeverhaalPubliceren: {
      soort: 'indiener',
      waarom: 'het eigen uitgevoerde initiatief als verhaal in de ideeënbank zetten',
      toestand: 'UITGEVOERD',
      doe: (i, t) =>
        gql(
          'mutation($input: IdeeverhaalInput!) { ideeverhaalPubliceren(input: $input) { id } }',
          {
            input: {
              initiatiefId: i.id,
              thema: 'JEUGD',
              voorWie: 'Kinderen uit de buurt',
              watGedaan: 'Een speeltuin opgeknapt met ouders uit de straat.',
              watWerkte: 'Samen plannen maken op het schoolplein.',
              watNiet: 'De verf was te laat besteld.',
            },
          },
          t,
        ),
    },
    berichtkanaalKiezen: {
      soort: 'indiener',
      waarom: 'kiezen hoe de eigen brieven aankomen (Awb 2:14)',
      toestand: 'INGEDIEND',
      doe: (i, t) =>
        gql('mutation($id: ID!) { berichtkanaalKiezen(initiatiefId: $id, kanaal: PORTAAL) { status } }', { id: i.id }, t),
    },
    aanvullingAanleveren: {
      soort: 'indiener',
      waarom: 'de eigen aanvraag aanvullen',
      toestand: 'AANVULLING_GEVRAAGD',
      doe: (i, t) =>
        gql(
          'mutation($id: ID!, $input: InitiatiefInput!) { aanvullingAanleveren(id: $id, input: $input) { status } }',
          { id: i.id, input: invoer() },
          t,
        ),
    },
    uitvoeringMelden: {
      soort: 'indiener',
      waarom: 'de uitvoering van het eigen initiatief melden',
      toestand: 'TOEGEKEND',
      doe: (i, t) =>
        gql(
          'mutation($id: ID!) { uitvoeringMelden(id: $id, verslag: "Het feest is geweest.", werkelijkeKosten: 1) { status } }',
          { id: i.id },
          t,
        ),
    },
    doorgaanZonderAanvulling: {
      soort: 'behandeling',
      waarom: 'verder behandelen zonder de gevraagde aanvulling (Awb 4:5)',
      toestand: 'AANVULLING_GEVRAAGD',
      doe: (i, t) =>
        gql(
          'mutation($id: ID!) { doorgaanZonderAanvulling(id: $id, reden: "De begroting in het dossier is genoeg om te beslissen.") { status } }',
          { id: i.id },
          t,
        ),
    },
    buitenBehandelingStellen: {
      soort: 'behandeling',
      waarom: 'de aanvraag buiten behandeling stellen (Awb 4:5)',
      toestand: 'AANVULLINGSTERMIJN_VERSTREKEN',
      doe: (i, t) =>
        gql(
          'mutation($id: ID!) { buitenBehandelingStellen(id: $id, motivering: "De gevraagde begroting is niet binnen de termijn gekomen, dus we kunnen de aanvraag niet beoordelen.") { status } }',
          { id: i.id },
          t,
        ),
    },
    beslistermijnVerdagen: {
      soort: 'behandeling',
      waarom: 'de beslistermijn verdagen (Awb 4:14)',
      toestand: 'IN_BEHANDELING',
      doe: async (i, t) =>
        gql(
          'mutation($id: ID!, $tot: Date!) { beslistermijnVerdagen(id: $id, nieuweTermijn: $tot, motivering: "Het advies van de wijkagent is nog niet binnen.") { status } }',
          { id: i.id, tot: plusDagen((await lees(i.id)).beslissenUiterlijk!, 14) },
          t,
        ),
    },
    ingebrekestellingIndienen: {
      soort: 'indiener',
      waarom: 'de gemeente in gebreke stellen voor de eigen aanvraag (Awb 4:17)',
      toestand: 'TERMIJN_VERSTREKEN',
      doe: (i, t) => gql('mutation($id: ID!) { ingebrekestellingIndienen(id: $id) { status } }', { id: i.id }, t),
    },
    dwangsomVaststellen: {
      soort: 'behandeling',
      waarom: 'over de dwangsom beslissen (Awb 4:18)',
      toestand: 'DWANGSOM_GESTOPT',
      doe: (i, t) =>
        gql(
          'mutation($id: ID!) { dwangsomVaststellen(id: $id, verschuldigd: true, motivering: "We hebben te laat beslist, dus de wettelijke dwangsom is verschuldigd.") { status } }',
          { id: i.id },
          t,
        ),
    },
    belangVerklaren: {
      soort: 'geen behandeling',
      waarom: 'een belang verklaren is juist wat wie een conflict heeft moet doen',
      toestand: 'INGEDIEND',
      doe: (i, t) =>
        gql(
          'mutation($id: ID!) { belangVerklaren(initiatiefId: $id, toelichting: "Ik ken de aanvrager.") { grond } }',
          { id: i.id },
          t,
        ),
    },
    activiteitPubliceren: {
      soort: 'geen behandeling',
      waarom: 'een partner kondigt een activiteit van het toegekende initiatief aan',
      toestand: 'TOEGEKEND',
      doe: (i, t) =>
        gql(
          'mutation($input: ActiviteitInput!) { activiteitPubliceren(input: $input) { id } }',
          {
            input: {
              titel: 'Opening speeltuin',
              begin: `${Number(o.jaar) + 1}-06-01T14:00:00+02:00`,
              buurtId: o.buurtId,
              organisatorId: organisatieGid,
              initiatiefId: i.id,
            },
          },
          t === tokens.indiener ? indienerAlsPartner : t,
        ),
    },
    netwerkbijeenkomstVerslagVastleggen: {
      soort: 'geen behandeling',
      waarom: 'het verslag van een netwerkbijeenkomst noemt besproken initiatieven',
      toestand: 'INGEDIEND',
      doe: (i, t) =>
        gql(
          'mutation($id: ID!, $ids: [ID!]) { netwerkbijeenkomstVerslagVastleggen(id: $id, verslag: "Besproken.", initiatiefIds: $ids) { id } }',
          { id: bijeenkomstId, ids: [i.id] },
          t,
        ),
    },
  };

  let tenderGeldId: string;
  const invoer = (tender = false) =>
    initiatiefInput(o, 40_000, 10_000, {
      aanvragerSoort: 'ORGANISATIE',
      organisatieId: organisatieGid,
      ...(tender ? { aanvragen: [{ instrumentId: tenderGeldId, gevraagdBedrag: 40_000, eigenBijdrage: 10_000 }] } : {}),
    });

  /** Who has a conflict on every initiative of the organisation, and the reason they are told. */
  const CONFLICTEN: Array<[Wie, string]> = [
    ['indiener', 'U heeft dit initiatief zelf ingediend'],
    ['bestuurder', `U heeft een bestuursfunctie bij ${ORGANISATIE}`],
    ['raadslid', `U heeft een nevenfunctie bij ${ORGANISATIE}`],
    ['verklaarder', 'U heeft zelf verklaard dat u een belang heeft bij dit initiatief'],
  ];
  /** On the panel: a member who declared an interest, and the board member who also sits on it. */
  const CONFLICTEN_IN_PANEL: Array<[Wie, string]> = [
    ['panellidVerklaard', 'U heeft zelf verklaard dat u een belang heeft bij dit initiatief'],
    ['bestuurder', `U heeft een bestuursfunctie bij ${ORGANISATIE}`],
  ];

  const ok = async <T = Record<string, unknown>>(p: Promise<GqlAntwoord>, wat: string): Promise<T> => {
    const res = await p;
    if (res.errors?.length) {
      throw new Error(`${wat}: ${JSON.stringify(res.errors)}`);
    }
    return res.data as T;
  };

  const lees = async (id: string) =>
    (
      await ctx.gqlOk<{ node: InitiatiefAntwoord }>(
        `query($id: ID!) { node(id: $id) { ... on Initiatief { ${INITIATIEF_VELDEN} } } }`,
        { id },
        tokens.neutraal,
      )
    ).node;

  /** A fresh initiative of the organisation, brought to `toestand` by officials without a conflict. */
  async function initiatiefIn(toestand: Toestand, tender = false): Promise<InitiatiefAntwoord> {
    const concept = await opslaan(ctx, tokens.indiener, invoer(tender));
    if (toestand === 'CONCEPT') {
      return concept;
    }
    const id = concept.id;
    await ok(GEVALLEN.initiatiefIndienen.doe(concept, tokens.indiener), 'indienen');
    await ok(
      gql(
        'mutation($id: ID!) { belangVerklaren(initiatiefId: $id, toelichting: "Mijn buurman zit in het bestuur.") { grond } }',
        { id },
        tokens.verklaarder,
      ),
      'belang verklaren',
    );
    if (toestand === 'INGEDIEND') {
      return lees(id);
    }
    await ok(GEVALLEN.initiatiefInBehandelingNemen.doe(concept, tokens.neutraal), 'in behandeling nemen');
    if (toestand === 'IN_BEHANDELING') {
      return lees(id);
    }
    if (toestand === 'AANVULLING_GEVRAAGD' || toestand === 'AANVULLINGSTERMIJN_VERSTREKEN') {
      await ok(GEVALLEN.aanvullingVragen.doe(concept, tokens.neutraal), 'aanvulling vragen');
      if (toestand === 'AANVULLINGSTERMIJN_VERSTREKEN') {
        // The clock cannot move: the request was made 20 days ago with a term that ended yesterday.
        const vandaag = amsterdamseDatum(new Date());
        await ctx.dataSource.query('UPDATE initiatief SET opgeschort_sinds = $2, aanvullen_uiterlijk = $3 WHERE id = $1', [
          databaseId(id),
          plusDagen(vandaag, -20),
          plusDagen(vandaag, -1),
        ]);
      }
      return lees(id);
    }
    if (toestand === 'TERMIJN_VERSTREKEN' || toestand === 'DWANGSOM_GESTOPT') {
      // The decision term ended yesterday.
      await ctx.dataSource.query('UPDATE initiatief SET beslissen_uiterlijk = $2 WHERE id = $1', [
        databaseId(id),
        plusDagen(amsterdamseDatum(new Date()), -1),
      ]);
      if (toestand === 'TERMIJN_VERSTREKEN') {
        return lees(id);
      }
      await ok(GEVALLEN.ingebrekestellingIndienen.doe(concept, tokens.indiener), 'in gebreke stellen');
      // Received 40 days ago: the penalty has run for weeks when the decision comes today.
      await ctx.dataSource.query('UPDATE initiatief SET ingebrekestelling_ontvangen = $2 WHERE id = $1', [
        databaseId(id),
        plusDagen(amsterdamseDatum(new Date()), -40),
      ]);
      await ok(GEVALLEN.besluitNemen.doe(await lees(id), tokens.neutraal), 'besluit');
      return lees(id);
    }
    if (toestand === 'BIJ_BUURTPANEL' || toestand === 'PANELADVIES') {
      await ok(GEVALLEN.initiatiefVoorleggenAanPanel.doe(concept, tokens.neutraal), 'voorleggen');
      // A resident panel member sees the file (and can declare an interest) once it is put to the panel.
      await ok(
        gql(
          'mutation($id: ID!) { belangVerklaren(initiatiefId: $id, toelichting: "Mijn dochter speelt daar.") { grond } }',
          { id },
          tokens.panellidVerklaard,
        ),
        'belang verklaren (panellid)',
      );
      if (toestand === 'BIJ_BUURTPANEL') {
        return lees(id);
      }
      // The two members without a conflict vote: the vote closes with a positive advice.
      for (const lid of [tokens.panellid, tokens.panellidB]) {
        await ok(GEVALLEN.panelStemUitbrengen.doe(concept, lid), 'stemmen');
      }
      return lees(id);
    }
    await ok(GEVALLEN.besluitNemen.doe(await lees(id), tokens.neutraal), 'besluit');
    if (toestand === 'TOEGEKEND') {
      return lees(id);
    }
    await ok(GEVALLEN.uitvoeringMelden.doe(concept, tokens.indiener), 'uitvoering melden');
    return lees(id);
  }

  beforeAll(async () => {
    ctx = await testContext();
    o = await zetOp(ctx, 10_000_000, CODE);
    // The rule is decided by a buurtpanel and open to organisations.
    await ctx.gqlOk(
      'mutation($input: SubsidieregelingInput!) { subsidieregelingVaststellen(input: $input) { id } }',
      { input: { ...REGELING, code: CODE, besluitvorming: 'BUURTPANEL', aanvragers: [...REGELING.aanvragers, 'ORGANISATIE'] } },
      o.beleid,
    );
    // A tender open today, for scoring (Awb 4:26).
    const vandaag = new Date().toISOString().slice(0, 10);
    const tender = await ctx.gqlOk<{ subsidieregelingVaststellen: { id: string } }>(
      'mutation($input: SubsidieregelingInput!) { subsidieregelingVaststellen(input: $input) { id } }',
      {
        input: {
          ...REGELING,
          code: `${CODE}_TENDER`,
          aanvragers: [...REGELING.aanvragers, 'ORGANISATIE'],
          verdeelmethode: 'VERGELIJKENDE_BEOORDELING',
          aanvraagperiodeVan: '2020-01-01',
          aanvraagperiodeTot: `${Number(vandaag.slice(0, 4)) + 1}-12-31`,
          criteria: [{ code: 'BEREIK', omschrijving: 'Hoeveel bewoners doen mee', gewicht: 1 }],
        },
      },
      o.beleid,
    );
    await ctx.app
      .get(SubsidieregelsService)
      .subsidieplafondVaststellen(
        { regelingId: tender.subsidieregelingVaststellen.id, periode: o.jaar, bedrag: 1_000_000 },
        { vandaag: `${Number(o.jaar) - 1}-12-01` },
      );
    tenderGeldId = (
      await ctx.gqlOk<{ instrumentToevoegen: { id: string } }>(
        'mutation($input: InstrumentInput!) { instrumentToevoegen(input: $input) { id } }',
        {
          input: {
            naam: 'Tenderbudget',
            soort: 'FINANCIELE_BIJDRAGE',
            beschrijving: 'Geld via een tender.',
            regelingId: tender.subsidieregelingVaststellen.id,
          },
        },
        o.beleid,
      )
    ).instrumentToevoegen.id;
    const beheerder = await ctx.tokenFor(Rol.BEHEERDER);
    const griffie = await ctx.tokenFor(Rol.GRIFFIE);
    const ambtenaar = (sub: string, name: string) => ctx.tokenFor(null, { sub, name, roles: AMBTENAAR });
    tokens.indiener = await ambtenaar('sub-indiener', 'Ivo Indiener');
    tokens.bestuurder = await ambtenaar('sub-bestuurder', 'Bram Bestuur');
    tokens.raadslid = await ambtenaar('sub-raadslid', 'Rita Raadslid');
    tokens.verklaarder = await ambtenaar('sub-verklaarder', 'Vera Verklaard');
    tokens.neutraal = await ambtenaar('sub-neutraal', 'Nina Neutraal');
    tokens.panellidVerklaard = await ctx.tokenFor(Rol.BEWONER, { sub: 'lid-verklaard', name: 'Lotte Lid' });
    tokens.panellid = await ctx.tokenFor(Rol.BEWONER, { sub: 'lid-a', name: 'Ahmed Lid' });
    tokens.panellidB = await ctx.tokenFor(Rol.BEWONER, { sub: 'lid-b', name: 'Bo Lid' });
    // The applicant is a colleague who applies for the foundation he acts for as a partner.
    indienerAlsPartner = await ctx.tokenFor(Rol.PARTNER, { sub: 'sub-indiener', name: 'Ivo Indiener' });

    organisatieGid = (
      await ctx.gqlOk<{ organisatieRegistreren: { id: string } }>(
        'mutation($input: OrganisatieInput!) { organisatieRegistreren(input: $input) { id } }',
        { input: { naam: ORGANISATIE, soort: 'STICHTING', buurtIds: [o.buurtId] } },
        beheerder,
      )
    ).organisatieRegistreren.id;
    await ctx.gqlOk(
      'mutation($o: ID!, $g: ID!) { partnerKoppelen(organisatieId: $o, gebruikerId: $g) { id } }',
      { o: organisatieGid, g: 'sub-indiener' },
      beheerder,
    );
    await ctx.gqlOk(
      'mutation($input: BestuursfunctieInput!) { bestuursfunctieToevoegen(input: $input) { id } }',
      {
        input: {
          organisatieId: organisatieGid,
          persoon: 'Bram Bestuur',
          functie: 'Voorzitter',
          vanaf: '2020-01-01',
          gebruikerId: 'sub-bestuurder',
        },
      },
      beheerder,
    );
    const { ambtsdragerRegistreren: raadslid } = await ctx.gqlOk<{ ambtsdragerRegistreren: { id: string } }>(
      'mutation($input: AmbtsdragerInput!) { ambtsdragerRegistreren(input: $input) { id } }',
      { input: { naam: 'Rita Raadslid', functie: 'RAADSLID', vanaf: '2022-03-30', gebruikerId: 'sub-raadslid' } },
      griffie,
    );
    await ctx.gqlOk(
      'mutation($input: NevenfunctieInput!) { nevenfunctieMelden(input: $input) { id } }',
      {
        input: {
          ambtsdragerId: raadslid.id,
          organisatieId: organisatieGid,
          organisatieNaam: ORGANISATIE,
          functie: 'Penningmeester',
          bezoldigd: false,
          vanaf: '2022-04-01',
        },
      },
      griffie,
    );
    panelId = (
      await ctx.gqlOk<{ buurtpanelInstellen: { id: string } }>(
        'mutation($input: BuurtpanelInput!) { buurtpanelInstellen(input: $input) { id } }',
        {
          input: {
            naam: 'Buurtpanel Schandelen',
            buurtIds: [o.buurtId],
            quorum: 2,
            leden: ['lid-verklaard', 'sub-bestuurder', 'lid-a', 'lid-b'],
          },
        },
        o.beleid,
      )
    ).buurtpanelInstellen.id;
    rondeId = (
      await ctx.gqlOk<{ begrotingsrondeAanmaken: { id: string } }>(
        'mutation($input: BegrotingsrondeInput!) { begrotingsrondeAanmaken(input: $input) { id } }',
        {
          input: {
            naam: 'Buurtbudget Schandelen',
            buurtIds: [o.buurtId],
            budget: 1_000_000,
            stemmenVanaf: new Date(Date.now() + 7 * 86_400_000).toISOString(),
            stemmenTot: new Date(Date.now() + 14 * 86_400_000).toISOString(),
            regel: 'EQUAL_SHARES',
          },
        },
        o.beleid,
      )
    ).begrotingsrondeAanmaken.id;
    bijeenkomstId = (
      await ctx.gqlOk<{ netwerkbijeenkomstPlannen: { id: string } }>(
        'mutation($input: NetwerkbijeenkomstInput!) { netwerkbijeenkomstPlannen(input: $input) { id } }',
        {
          input: {
            titel: 'Netwerkavond Schandelen',
            begin: '2030-06-01T19:00:00+02:00',
            eind: '2030-06-01T21:00:00+02:00',
            buurtId: o.buurtId,
            locatie: 'Buurthuis',
            capaciteit: 30,
          },
        },
        o.beleid,
      )
    ).netwerkbijeenkomstPlannen.id;
    // A granted initiative like the others, then of another resident (the applicant cannot ask himself).
    const doel = await initiatiefIn('TOEGEKEND');
    await ctx.dataSource.query("UPDATE initiatief SET indiener_sub = 'sub-ander-initiatief' WHERE id = $1", [
      databaseId(doel.id),
    ]);
    samenwerkingDoelId = doel.id;
  });
  afterAll(() => ctx.close());

  it('kent elke mutatie van het schema die naar een initiatief verwijst, en geen andere', () => {
    const mutaties = (ctx.app.get(GraphQLSchemaHost).schema.getType('Mutation') as GraphQLObjectType).getFields();
    const afgeleid = Object.values(mutaties)
      .filter(verwijstNaarInitiatief)
      .map((m) => m.name)
      .sort();
    // A new mutation on an initiative fails here until it is classified (and so tested) below.
    expect(afgeleid).toEqual(Object.keys(GEVALLEN).sort());
    // The staff acts that Awb 2:4 names are all among them.
    expect(
      Object.entries(GEVALLEN)
        .filter(([, g]) => g.soort === 'behandeling')
        .map(([naam]) => naam)
        .sort(),
    ).toEqual(
      [
        'aanvullingVragen',
        'begrotingsprojectToevoegen',
        'beslistermijnVerdagen',
        'besluitNemen',
        'buitenBehandelingStellen',
        'doorgaanZonderAanvulling',
        'dwangsomVaststellen',
        'besluitOpPaneladvies',
        'initiatiefInBehandelingNemen',
        'initiatiefVoorleggenAanPanel',
        'subsidieVaststellen',
        'tenderBeoordelen',
      ].sort(),
    );
  });

  describe.each(Object.entries(GEVALLEN))('%s', (naam, geval) => {
    it(`${geval.soort}: ${geval.waarom}`, async () => {
      const i = await initiatiefIn(geval.toestand, geval.tender === true);
      const voor = await lees(i.id);
      const stand = await plafondStand(ctx, CODE);

      if (geval.soort === 'behandeling' || geval.soort === 'stem') {
        for (const [wie, reden] of geval.soort === 'stem' ? CONFLICTEN_IN_PANEL : CONFLICTEN) {
          const res = await geval.doe(i, tokens[wie]);
          expect([naam, wie, res.errors?.map((e) => e.extensions?.code)]).toEqual([naam, wie, ['BELANGENCONFLICT']]);
          expect(res.errors![0].message).toContain(reden);
          expect(res.errors![0].message).toContain('u moet zich verschonen');
        }
        // Nothing happened: same status, same history, same amounts, same ceiling.
        expect(await lees(i.id)).toEqual(voor);
        expect(await plafondStand(ctx, CODE)).toEqual(stand);
        // Someone without a conflict does it; the organisation's request is handled as any other.
        const zonder = await geval.doe(i, tokens[geval.soort === 'stem' ? 'panellid' : 'neutraal']);
        expect([naam, zonder.errors]).toEqual([naam, undefined]);
        return;
      }

      if (geval.soort === 'indiener') {
        // Only the applicant acts on his own request; officials are refused for not being him
        // (or for not acting for his organisation), never for a conflict.
        for (const wie of ['bestuurder', 'raadslid', 'neutraal'] as const) {
          const codes = (await geval.doe(i, tokens[wie])).errors?.map((e) => e.extensions?.code);
          expect([naam, wie, codes]).toEqual([naam, wie, [expect.stringMatching(/^(FORBIDDEN|BAD_USER_INPUT)$/)]]);
        }
        expect(await lees(i.id)).toEqual(voor);
        const eigen = await geval.doe(i, tokens.indiener);
        expect([naam, eigen.errors]).toEqual([naam, undefined]);
        return;
      }

      // geen behandeling: a conflict does not stand in the way.
      for (const wie of ['indiener', 'bestuurder', 'verklaarder'] as const) {
        const res = await geval.doe(i, tokens[wie]);
        expect([naam, wie, res.errors]).toEqual([naam, wie, undefined]);
      }
    }, 60_000);
  });

  it('laat een collega zijn eigen initiatief niet vaststellen op het volle bedrag na een verslag van 1 cent', async () => {
    const i = await initiatiefIn('UITGEVOERD');
    expect(i.status).toBe('UITGEVOERD');
    const stand = await plafondStand(ctx, CODE);
    const eigen = await GEVALLEN.subsidieVaststellen.doe(i, tokens.indiener);
    expect(eigen.errors?.map((e) => e.extensions?.code)).toEqual(['BELANGENCONFLICT']);
    expect(await plafondStand(ctx, CODE)).toEqual(stand);
    // A colleague without an interest settles on the actual costs; the difference returns to the ceiling.
    const vastgesteld = await ctx.gqlOk<{ subsidieVaststellen: InitiatiefAntwoord }>(
      `mutation($id: ID!, $bedragen: [ToekenningInput!]!) { subsidieVaststellen(id: $id, bedragen: $bedragen, grond: WERKELIJKE_KOSTEN_LAGER, toelichting: "De werkelijke kosten waren volgens het verslag 1 cent.") { ${INITIATIEF_VELDEN} } }`,
      { id: i.id, bedragen: [{ aanvraagId: i.aanvragen[0].id, bedrag: 1 }] },
      tokens.neutraal,
    );
    expect(vastgesteld.subsidieVaststellen.status).toBe('VASTGESTELD');
    expect(vastgesteld.subsidieVaststellen.aanvragen[0].vastgesteldBedrag).toBe(1);
    expect((await plafondStand(ctx, CODE)).verleend).toBe(stand.verleend - 40_000 + 1);
  });

  it.each([
    ['initiatiefInBehandelingNemen', 'INGEDIEND'],
    ['initiatiefVoorleggenAanPanel', 'IN_BEHANDELING'],
  ] as const)(
    '%s: weigert als de aanvrager tussen controle en vergrendeling verandert, en controleert opnieuw bij de volgende poging',
    async (handeling, toestand) => {
      // The board member has no conflict on an initiative of residents; while his act is being
      // checked, the file changes to his foundation as applicant (as when the initiator completes it).
      const i = await opslaan(ctx, tokens.indiener, initiatiefInput(o, 40_000, 10_000));
      await ok(GEVALLEN.initiatiefIndienen.doe(i, tokens.indiener), 'indienen');
      if (toestand === 'IN_BEHANDELING') {
        await ok(GEVALLEN.initiatiefInBehandelingNemen.doe(i, tokens.neutraal), 'in behandeling nemen');
      }
      const service = ctx.app.get(BelangenconflictService);
      const echt = service.controleerGeenConflict.bind(service);
      // The change commits on a connection of its own, as the initiator's request would: inside the
      // request the mutation's own transaction (audit) would take it along.
      const initiatiefnemer = new Client({ connectionString: ctx.config.databaseUrl });
      await initiatiefnemer.connect();
      const spion = jest.spyOn(service, 'controleerGeenConflict').mockImplementationOnce(async (vraag) => {
        const uitkomst = await echt(vraag);
        await initiatiefnemer.query(`UPDATE initiatief SET organisatie_id = $1, aanvrager_soort = 'ORGANISATIE' WHERE id = $2`, [
          databaseId(organisatieGid),
          vraag.initiatiefId,
        ]);
        return uitkomst;
      });
      try {
        const res = await GEVALLEN[handeling].doe(i, tokens.bestuurder);
        expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['CONFLICT']);
        expect((await lees(i.id)).status).toBe(toestand);
        const opnieuw = await GEVALLEN[handeling].doe(i, tokens.bestuurder);
        expect(opnieuw.errors?.map((e) => e.extensions?.code)).toEqual(['BELANGENCONFLICT']);
        expect((await lees(i.id)).status).toBe(toestand);
      } finally {
        spion.mockRestore();
        await initiatiefnemer.end();
      }
    },
  );
});
