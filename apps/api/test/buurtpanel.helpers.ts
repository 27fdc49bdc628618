/** Shared set-up for the buurtpanel e2e tests: a buurtaktie-regeling decided by a panel, panels, votes. */
import { parseGlobalId, Rol } from '@buurtwerk/core';
import { BuurtpanelService } from '@buurtwerk/initiatives';
import type { GqlAntwoord, TestContext } from '../../../test/harness';
import {
  INITIATIEF_VELDEN,
  type InitiatiefAntwoord,
  initiatiefInput,
  type Opzet,
  opslaan,
  REGELING,
  zetOp,
} from './initiatieven.helpers';

export const STEMMING_VELDEN = `
  sluitOp gesloten geslotenOp aantalVoor aantalTegen aantalOnthouding uitkomst
  advies overwegingen { keuze toelichting } adviesGevolgd afwijkingsreden
  mijnStem { keuze toelichting }
  verschoningen { persoon grond }
  panel { naam quorum aantalLeden }
  initiatief { id titel status indiener }
`;

export interface StemmingAntwoord {
  sluitOp: string;
  gesloten: boolean;
  geslotenOp: string | null;
  aantalVoor: number;
  aantalTegen: number;
  aantalOnthouding: number;
  uitkomst: string | null;
  advies: 'POSITIEF' | 'NEGATIEF' | null;
  overwegingen: Array<{ keuze: string; toelichting: string }>;
  adviesGevolgd: boolean | null;
  afwijkingsreden: string | null;
  mijnStem: { keuze: string; toelichting: string | null } | null;
  verschoningen: Array<{ persoon: string; grond: string }>;
  panel: { naam: string; quorum: number; aantalLeden: number };
  initiatief: { id: string; titel: string; status: string; indiener: string | null };
}

/** A rule decided by a buurtpanel: the test rule and ceiling, republished with besluitvorming BUURTPANEL. */
export async function zetPanelregelingOp(ctx: TestContext, plafond: number, code: string): Promise<Opzet> {
  const o = await zetOp(ctx, plafond, code);
  await ctx.gqlOk(
    'mutation($input: SubsidieregelingInput!) { subsidieregelingVaststellen(input: $input) { id } }',
    { input: { ...REGELING, code, besluitvorming: 'BUURTPANEL' } },
    o.beleid,
  );
  return o;
}

export function panelHulp(ctx: TestContext, o: Opzet) {
  const regisseurToken = ctx.tokenFor(Rol.BUURTREGISSEUR, { name: 'Rik Regisseur' });
  const service = () => ctx.app.get(BuurtpanelService);

  const lid = (sub: string, naam = sub) => ctx.tokenFor(Rol.BEWONER, { sub, name: naam });

  const panelInstellen = async (leden: string[], quorum: number, naam = 'Buurtpanel Terschuren', buurtIds = [o.buurtId]) =>
    (
      await ctx.gqlOk<{ buurtpanelInstellen: { id: string; naam: string; quorum: number; aantalLeden: number } }>(
        'mutation($input: BuurtpanelInput!) { buurtpanelInstellen(input: $input) { id naam quorum aantalLeden buurten { code } } }',
        { input: { naam, buurtIds, quorum, leden } },
        o.beleid,
      )
    ).buurtpanelInstellen;

  /** Saved, submitted and taken into handling: ready to be put to a panel. */
  const inBehandeling = async (indiener: string, input = initiatiefInput(o)): Promise<InitiatiefAntwoord> => {
    const concept = await opslaan(ctx, indiener, input);
    await ctx.gqlOk('mutation($id: ID!) { initiatiefIndienen(id: $id) { id } }', { id: concept.id }, indiener);
    return (
      await ctx.gqlOk<{ initiatiefInBehandelingNemen: InitiatiefAntwoord }>(
        `mutation($id: ID!) { initiatiefInBehandelingNemen(id: $id) { ${INITIATIEF_VELDEN} } }`,
        { id: concept.id },
        await regisseurToken,
      )
    ).initiatiefInBehandelingNemen;
  };

  const voorleggen = (id: string, panelId: string, sluitOp = new Date(Date.now() + 86_400_000), token = o.beleid) =>
    ctx.gql<{ initiatiefVoorleggenAanPanel: StemmingAntwoord }>(
      `mutation($id: ID!, $panelId: ID!, $sluitOp: DateTime!) { initiatiefVoorleggenAanPanel(id: $id, panelId: $panelId, sluitOp: $sluitOp) { ${STEMMING_VELDEN} } }`,
      { id, panelId, sluitOp: sluitOp.toISOString() },
      token,
    );

  /** Every member states a reason; tests that do not care get a standard one per choice. */
  const stem = (token: string, initiatiefId: string, keuze: string, toelichting: string | null = standaardReden(keuze)) =>
    ctx.gql<{ panelStemUitbrengen: StemmingAntwoord }>(
      `mutation($id: ID!, $keuze: Stemkeuze!, $t: String) { panelStemUitbrengen(initiatiefId: $id, keuze: $keuze, toelichting: $t) { ${STEMMING_VELDEN} } }`,
      { id: initiatiefId, keuze, t: toelichting },
      token,
    );

  const stemOk = async (
    token: string,
    initiatiefId: string,
    keuze: string,
    toelichting: string | null = standaardReden(keuze),
  ) => {
    const res = await stem(token, initiatiefId, keuze, toelichting);
    if (res.errors?.length) {
      throw new Error(`Stem geweigerd: ${JSON.stringify(res.errors)}`);
    }
    return res.data!.panelStemUitbrengen;
  };

  const stemming = async (initiatiefId: string, token: string | null) =>
    (
      await ctx.gqlOk<{ panelstemming: StemmingAntwoord | null }>(
        `query($id: ID!) { panelstemming(initiatiefId: $id) { ${STEMMING_VELDEN} } }`,
        { id: initiatiefId },
        token,
      )
    ).panelstemming;

  /** The official decides on the panel's advice (on behalf of the college). */
  const besluitOpAdvies = (id: string, uitkomst: string, afwijkingsreden?: string, token = o.beleid) =>
    ctx.gql<{ besluitOpPaneladvies: InitiatiefAntwoord }>(
      `mutation($id: ID!, $u: BesluitUitkomst!, $r: String) { besluitOpPaneladvies(initiatiefId: $id, uitkomst: $u, afwijkingsreden: $r) { ${INITIATIEF_VELDEN} } }`,
      { id, u: uitkomst, r: afwijkingsreden },
      token,
    );

  /** Follows the advice of the closed vote; returns the initiative as decided. */
  const volgAdvies = async (id: string) => {
    const s = await stemming(id, o.beleid);
    const res = await besluitOpAdvies(id, s!.advies === 'POSITIEF' ? 'TOEGEKEND' : 'AFGEWEZEN');
    if (res.errors?.length) {
      throw new Error(`Besluit geweigerd: ${JSON.stringify(res.errors)}`);
    }
    return res.data!.besluitOpPaneladvies;
  };

  const initiatief = async (id: string, token = o.beleid) =>
    (
      await ctx.gqlOk<{ node: InitiatiefAntwoord }>(
        `query($id: ID!) { node(id: $id) { ... on Initiatief { ${INITIATIEF_VELDEN} } } }`,
        { id },
        token,
      )
    ).node;

  /** Moves the closing time of the open vote to the database's `now()` (plus an offset). */
  const zetSluitOp = async (initiatiefId: string, interval = '0 seconds') => {
    await ctx.dataSource.query(
      `UPDATE panelstemming SET sluit_op = now() + $2::interval
        WHERE initiatief_id = $1 AND gesloten_op IS NULL`,
      [databaseId(initiatiefId), interval],
    );
  };

  return {
    service,
    lid,
    regisseur: () => regisseurToken,
    panelInstellen,
    inBehandeling,
    voorleggen,
    stem,
    stemOk,
    stemming,
    besluitOpAdvies,
    volgAdvies,
    initiatief,
    zetSluitOp,
    /** Lets the closing time pass and runs the closing job once. */
    laatVerlopen: async (initiatiefId: string) => {
      await zetSluitOp(initiatiefId, '-1 millisecond');
      return service().sluitVerlopenStemmingen();
    },
  };
}

export function standaardReden(keuze: string): string {
  return keuze === 'VOOR'
    ? 'Dit is goed voor de buurt.'
    : keuze === 'TEGEN'
      ? 'Dit past niet bij onze buurt.'
      : 'Ik ken het plan te weinig.';
}

export function databaseId(globalId: string): string {
  return parseGlobalId(globalId)!.id;
}

export function codes(res: GqlAntwoord): string[] {
  return (res.errors ?? []).map((e) => e.extensions?.code ?? '?');
}
