/** Shared set-up for the initiatieven e2e tests: a rule, a ceiling, a menukaart, a buurt. */
import { amsterdamseDatum, Rol } from '@buurtwerk/core';
import { SubsidieregelsService } from '@buurtwerk/subsidieregels';
import type { TestContext } from '../../../test/harness';

export const INITIATIEF_VELDEN = `
  id referentie titel status ingediendOp beslissenUiterlijk indiener aanvullenUiterlijk
  aanvragen { id gevraagdBedrag eigenBijdrage toelichting gereserveerdBedrag toegekendBedrag vastgesteldBedrag instrument { naam } regeling { code versie } }
  besluit { uitkomst motivering genomenDoor verleendBedrag bezwaarMogelijkTot verschoningen { persoon } }
  historie { van naar door toelichting }
  toetsresultaat { ontvankelijk bevindingen { voorwaarde voldaan toelichting } }
`;

export interface Opzet {
  beleid: string;
  regelingId: string;
  geldId: string;
  tentId: string;
  buurtId: string;
  jaar: string;
}

export interface InitiatiefAntwoord {
  id: string;
  referentie: string;
  titel: string;
  status: string;
  ingediendOp: string | null;
  beslissenUiterlijk: string | null;
  indiener: string | null;
  aanvullenUiterlijk: string | null;
  aanvragen: Array<{
    id: string;
    gevraagdBedrag: number | null;
    eigenBijdrage: number | null;
    toelichting: string | null;
    gereserveerdBedrag: number | null;
    toegekendBedrag: number | null;
    vastgesteldBedrag: number | null;
    instrument: { naam: string };
    regeling: { code: string; versie: number } | null;
  }>;
  besluit: {
    uitkomst: string;
    motivering: string;
    genomenDoor: string;
    verleendBedrag: number;
    bezwaarMogelijkTot: string;
    verschoningen: unknown[];
  } | null;
  historie: Array<{ van: string | null; naar: string; door: string; toelichting: string | null }>;
  toetsresultaat: {
    ontvankelijk: boolean;
    bevindingen: Array<{ voorwaarde: string; voldaan: boolean; toelichting: string }>;
  } | null;
}

export const REGELING = {
  code: 'BUURTAKTIE_TEST',
  naam: 'Buurtaktie (test)',
  beschrijving: 'Kleine initiatieven van bewoners.',
  geldigVan: '2020-01-01',
  schalen: ['BUURT'],
  aanvragers: ['BEWONER', 'BEWONERSGROEP'],
  maximumBedrag: 250_000,
  beslistermijnWeken: 8,
  besluitvorming: 'AMBTELIJK',
  verdeelmethode: 'VOLGORDE_VAN_BINNENKOMST',
  voorwaarden: [
    {
      code: 'EIGEN_BIJDRAGE',
      omschrijving: 'Bewoners dragen minstens 10% van de begroting zelf.',
      regel: { '>=': [{ var: 'eigenBijdrageProcent' }, 10] },
    },
  ],
};

export async function zetOp(ctx: TestContext, plafond: number, code = REGELING.code): Promise<Opzet> {
  const beleid = await ctx.tokenFor(Rol.BELEIDSMEDEWERKER, { name: 'Bea Beleid' });
  const { subsidieregelingVaststellen: regeling } = await ctx.gqlOk<{ subsidieregelingVaststellen: { id: string } }>(
    'mutation($input: SubsidieregelingInput!) { subsidieregelingVaststellen(input: $input) { id } }',
    { input: { ...REGELING, code } },
    beleid,
  );
  const jaar = amsterdamseDatum(new Date()).slice(0, 4);
  // The current year has started, so its ceiling cannot be published through the API any more
  // (Awb 4:22); the test publishes it as of December of the previous year.
  await ctx.app
    .get(SubsidieregelsService)
    .subsidieplafondVaststellen(
      { regelingId: regeling.id, periode: jaar, bedrag: plafond },
      { vandaag: `${Number(jaar) - 1}-12-01` },
    );
  const instrument = async (naam: string, soort: string, regelingId?: string) =>
    (
      await ctx.gqlOk<{ instrumentToevoegen: { id: string } }>(
        'mutation($input: InstrumentInput!) { instrumentToevoegen(input: $input) { id } }',
        { input: { naam, soort, beschrijving: `${naam} voor bewonersinitiatieven.`, regelingId } },
        beleid,
      )
    ).instrumentToevoegen.id;
  const geldId = await instrument(`Buurtbudget ${code}`, 'FINANCIELE_BIJDRAGE', regeling.id);
  const tentId = await instrument(`Partytent lenen ${code}`, 'MATERIAAL');
  const { buurt } = await ctx.gqlOk<{ buurt: { id: string } }>('{ buurt(code: "BU09171001") { id } }');
  return { beleid, regelingId: regeling.id, geldId, tentId, buurtId: buurt.id, jaar };
}

export function initiatiefInput(o: Opzet, gevraagd = 50_000, eigen = 10_000, extra: Record<string, unknown> = {}) {
  return {
    titel: 'Straatfeest Terschuren',
    beschrijving: 'Een middag samen eten en spelen in de straat.',
    schaal: 'BUURT',
    buurtIds: [o.buurtId],
    aanvragerSoort: 'BEWONERSGROEP',
    aantalBetrokkenBewoners: 12,
    startdatum: `${Number(o.jaar) + 1}-06-01`,
    einddatum: `${Number(o.jaar) + 1}-06-01`,
    aanvragen: [
      { instrumentId: o.geldId, gevraagdBedrag: gevraagd, eigenBijdrage: eigen, toelichting: 'Huur van tafels en eten.' },
      { instrumentId: o.tentId },
    ],
    ...extra,
  };
}

export async function opslaan(
  ctx: TestContext,
  token: string,
  input: Record<string, unknown>,
  id?: string,
): Promise<InitiatiefAntwoord> {
  return (
    await ctx.gqlOk<{ initiatiefOpslaan: InitiatiefAntwoord }>(
      `mutation($id: ID, $input: InitiatiefInput!) { initiatiefOpslaan(id: $id, input: $input) { ${INITIATIEF_VELDEN} } }`,
      { id, input },
      token,
    )
  ).initiatiefOpslaan;
}

export async function plafondStand(ctx: TestContext, code = REGELING.code) {
  const rows = (await ctx.dataSource.query(
    'SELECT bedrag, verleend, gereserveerd FROM subsidieplafond WHERE regeling_code = $1',
    [code],
  )) as Array<Record<string, string>>;
  return { bedrag: Number(rows[0].bedrag), verleend: Number(rows[0].verleend), gereserveerd: Number(rows[0].gereserveerd) };
}

/** Sum over the requests of what they hold in the ceiling: reservations and grants (after settlement). */
export async function somOverAanvragen(ctx: TestContext, code = REGELING.code) {
  const [r] = (await ctx.dataSource.query(
    `SELECT COALESCE(SUM(a.gereserveerd_bedrag), 0) AS gereserveerd,
            COALESCE(SUM(COALESCE(a.vastgesteld_bedrag, a.toegekend_bedrag, 0)), 0) AS verleend
       FROM ondersteuningsaanvraag a JOIN subsidieplafond p ON p.id = a.plafond_id WHERE p.regeling_code = $1`,
    [code],
  )) as Array<Record<string, string>>;
  return { gereserveerd: Number(r.gereserveerd), verleend: Number(r.verleend) };
}
