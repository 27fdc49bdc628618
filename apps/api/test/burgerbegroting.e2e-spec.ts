import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGlobalId, Rol } from '@buurtwerk/core';
import { euroCentenAlsTekst, serialiseerTelling, tel, type TelInvoer } from '@buurtwerk/burgerbegroting';
import { foutcodes, type TestContext, testContext } from '../../../test/harness';

const AANMAKEN = `mutation($input: BegrotingsrondeInput!) { begrotingsrondeAanmaken(input: $input) { id naam stemwijze buurten { code } } }`;
const PROJECT = `mutation($input: BegrotingsprojectInput!) { begrotingsprojectToevoegen(input: $input) { id titel kosten code } }`;
const STEM = `mutation($rondeId: ID!, $projectIds: [ID!]!, $punten: [Int!]) {
  begrotingStemUitbrengen(rondeId: $rondeId, projectIds: $projectIds, punten: $punten) { id aantalStemmers heeftGestemd } }`;
const PAPIER = `mutation($rondeId: ID!, $stemcode: String!, $projectIds: [ID!]!) {
  papierenStembiljetInvoeren(rondeId: $rondeId, stemcode: $stemcode, projectIds: $projectIds) { id aantalStemmers aantalPapierenStembiljetten } }`;
const IMPORT = `mutation($pb: String!, $regel: Stemregel) { begrotingsrondeImporteren(pb: $pb, regel: $regel) { id geimporteerd } }`;
const RONDE = `query($id: ID!) { node(id: $id) { ... on Begrotingsronde {
  id naam budget regel stemwijze gesloten aantalStemmers uitslagMelding totaleKosten berekendOp regelVersie
  buurten { code }
  uitslag { id code titel }
  projecten { id code titel kosten aantalStemmen gekozen uitleg uitlegReden }
} } }`;

interface Project {
  id: string;
  code: string;
  titel: string;
  kosten: number;
  aantalStemmen: number | null;
  gekozen: boolean | null;
  uitleg: string | null;
  uitlegReden: string | null;
}
interface Ronde {
  id: string;
  naam: string;
  budget: number;
  regel: string;
  stemwijze: string;
  gesloten: boolean;
  aantalStemmers: number;
  uitslagMelding: string | null;
  totaleKosten: number | null;
  berekendOp: string | null;
  regelVersie: string | null;
  buurten: Array<{ code: string }>;
  uitslag: Array<{ id: string; code: string; titel: string }> | null;
  projecten: Project[];
}

const BUURT_A = 'BU09171000';
const BUURT_B = 'BU09173300';
const UUR = 3600_000;
const PB_MAP = join(__dirname, '..', '..', '..', 'libs', 'burgerbegroting', 'test-data', 'pb-public');

describe('Burgerbegroting', () => {
  let ctx: TestContext;
  let beheerder: string;
  let buurtA: string;

  beforeAll(async () => {
    ctx = await testContext();
    beheerder = await ctx.tokenFor(Rol.BELEIDSMEDEWERKER);
    const data = await ctx.gqlOk<{ a: { id: string } }>(`{ a: buurt(code: "${BUURT_A}") { id } }`);
    buurtA = data.a.id;
  });
  afterAll(() => ctx.close());

  const dbId = (globalId: string): string => parseGlobalId(globalId)!.id;

  async function maakRonde(
    projecten: Array<[string, number]>,
    extra: Record<string, unknown> = {},
  ): Promise<{ id: string; projecten: Array<{ id: string; code: string; kosten: number }> }> {
    const nu = Date.now();
    const { begrotingsrondeAanmaken: ronde } = await ctx.gqlOk<{ begrotingsrondeAanmaken: { id: string } }>(
      AANMAKEN,
      {
        input: {
          naam: 'Buurtbudget Heerlen-Centrum (voorbeeld)',
          buurtIds: [buurtA],
          budget: 100_000,
          stemmenVanaf: new Date(nu + UUR).toISOString(),
          stemmenTot: new Date(nu + 2 * UUR).toISOString(),
          regel: 'EQUAL_SHARES',
          ...extra,
        },
      },
      beheerder,
    );
    const lijst = [];
    for (const [titel, kosten] of projecten) {
      const { begrotingsprojectToevoegen: p } = await ctx.gqlOk<{
        begrotingsprojectToevoegen: { id: string; code: string; kosten: number };
      }>(PROJECT, { input: { rondeId: ronde.id, titel, kosten } }, beheerder);
      lijst.push(p);
    }
    return { id: ronde.id, projecten: lijst };
  }

  /** Voting opens now (the dates are moved in the database, as time would). */
  const open = (rondeId: string) =>
    ctx.dataSource.query(`UPDATE begrotingsronde SET stemmen_vanaf = now() - interval '1 hour' WHERE id = $1`, [dbId(rondeId)]);
  const sluit = (rondeId: string) =>
    ctx.dataSource.query(`UPDATE begrotingsronde SET stemmen_tot = now() - interval '1 millisecond' WHERE id = $1`, [
      dbId(rondeId),
    ]);
  const ronde = async (id: string, token?: string): Promise<Ronde> =>
    (await ctx.gqlOk<{ node: Ronde }>(RONDE, { id }, token)).node;
  const bewoner = (sub: string, buurtcode: string | null = BUURT_A) =>
    ctx.tokenFor(Rol.BEWONER, { sub, buurtcode: buurtcode ?? undefined });

  it('maakt een ronde voor buurten aan en toont haar publiek, zonder uitslag zolang de stemming loopt', async () => {
    const r = await maakRonde([
      ['Speeltuin (voorbeeld)', 40_000],
      ['Bankjes (voorbeeld)', 10_000],
    ]);
    const { begrotingsrondes } = await ctx.gqlOk<{ begrotingsrondes: Array<{ id: string }> }>('{ begrotingsrondes { id } }');
    expect(begrotingsrondes.map((x) => x.id)).toContain(r.id);
    const gezien = await ronde(r.id);
    expect(gezien).toMatchObject({
      budget: 100_000,
      regel: 'EQUAL_SHARES',
      stemwijze: 'APPROVAL',
      gesloten: false,
      aantalStemmers: 0,
      uitslag: null,
      totaleKosten: null,
      buurten: [{ code: BUURT_A }],
    });
    expect(gezien.uitslagMelding).toMatch(/loopt nog/);
    expect(gezien.projecten.map((p) => [p.code, p.titel, p.kosten, p.gekozen, p.aantalStemmen])).toEqual([
      ['0001', 'Speeltuin (voorbeeld)', 40_000, null, null],
      ['0002', 'Bankjes (voorbeeld)', 10_000, null, null],
    ]);
  });

  it('neemt bij een ronde voor een stadsdeel al zijn buurten op', async () => {
    const { stadsdelen } = await ctx.gqlOk<{
      stadsdelen: Array<{ id: string; wijken: Array<{ buurten: Array<{ code: string }> }> }>;
    }>('{ stadsdelen { id wijken { buurten { code } } } }');
    const sd = stadsdelen.find((s) => s.wijken.length > 0)!;
    const verwacht = sd.wijken.flatMap((w) => w.buurten.map((b) => b.code)).sort();
    const r = await maakRonde([], { buurtIds: [], stadsdeelId: sd.id });
    expect((await ronde(r.id)).buurten.map((b) => b.code).sort()).toEqual(verwacht);
  });

  it('weigert een ronde zonder buurten, met een einde voor het begin of een begin in het verleden', async () => {
    const nu = Date.now();
    const basis = { naam: 'Fout (voorbeeld)', budget: 1000, regel: 'GREEDY' };
    const geenBuurt = await ctx.gql(
      AANMAKEN,
      {
        input: {
          ...basis,
          buurtIds: [],
          stemmenVanaf: new Date(nu + UUR).toISOString(),
          stemmenTot: new Date(nu + 2 * UUR).toISOString(),
        },
      },
      beheerder,
    );
    expect(geenBuurt.errors?.[0].extensions?.velden?.[0].veld).toBe('input.buurtIds');
    const omgekeerd = await ctx.gql(
      AANMAKEN,
      {
        input: {
          ...basis,
          buurtIds: [buurtA],
          stemmenVanaf: new Date(nu - UUR).toISOString(),
          stemmenTot: new Date(nu - 2 * UUR).toISOString(),
        },
      },
      beheerder,
    );
    expect(foutcodes(omgekeerd)).toEqual(['BAD_USER_INPUT']);
    expect(omgekeerd.errors?.[0].extensions?.velden?.map((v) => v.veld)).toEqual(['input.stemmenTot', 'input.stemmenVanaf']);
  });

  it('laat alleen beleidsmedewerkers en beheerders rondes en projecten aanmaken', async () => {
    const r = await maakRonde([]);
    const res = await ctx.gql(PROJECT, { input: { rondeId: r.id, titel: 'x', kosten: 1 } }, await bewoner('b-0'));
    expect(foutcodes(res)).toEqual(['FORBIDDEN']);
  });

  it('weigert projecten toe te voegen nadat de stemming begonnen is', async () => {
    const r = await maakRonde([['Eerste (voorbeeld)', 1000]]);
    await open(r.id);
    const res = await ctx.gql(PROJECT, { input: { rondeId: r.id, titel: 'Te laat (voorbeeld)', kosten: 1000 } }, beheerder);
    expect(foutcodes(res)).toEqual(['CONFLICT']);
    expect(res.errors?.[0].message).toMatch(/begonnen/);
  });

  it('weigert een bewoner uit een andere buurt of zonder buurt met FORBIDDEN en zegt waarom', async () => {
    const r = await maakRonde([['Speeltuin (voorbeeld)', 40_000]]);
    await open(r.id);
    const ander = await ctx.gql(STEM, { rondeId: r.id, projectIds: [r.projecten[0].id] }, await bewoner('b-ander', BUURT_B));
    expect(foutcodes(ander)).toEqual(['FORBIDDEN']);
    expect(ander.errors?.[0].message).toContain(BUURT_B);
    expect(ander.errors?.[0].message).toMatch(/alleen voor bewoners van/);
    const zonder = await ctx.gql(STEM, { rondeId: r.id, projectIds: [r.projecten[0].id] }, await bewoner('b-zonder', null));
    expect(foutcodes(zonder)).toEqual(['FORBIDDEN']);
    expect(zonder.errors?.[0].message).toMatch(/niet bekend in welke buurt/);
    expect((await ronde(r.id)).aantalStemmers).toBe(0);
  });

  it('weigert projecten van een andere ronde met BAD_USER_INPUT op het veld', async () => {
    const r = await maakRonde([['Hier (voorbeeld)', 1000]]);
    const andere = await maakRonde([['Daar (voorbeeld)', 1000]]);
    await open(r.id);
    const res = await ctx.gql(
      STEM,
      { rondeId: r.id, projectIds: [r.projecten[0].id, andere.projecten[0].id] },
      await bewoner('b-vreemd'),
    );
    expect(foutcodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors?.[0].extensions?.velden).toEqual([
      { veld: 'projectIds[1]', melding: expect.stringMatching(/hoort niet bij/) },
    ]);
    const dubbel = await ctx.gql(
      STEM,
      { rondeId: r.id, projectIds: [r.projecten[0].id, r.projecten[0].id] },
      await bewoner('b-d'),
    );
    expect(dubbel.errors?.[0].extensions?.velden?.[0].veld).toBe('projectIds[1]');
  });

  it('weigert stemmen voor het begin en na het einde met STEMMING_GESLOTEN', async () => {
    const r = await maakRonde([['Speeltuin (voorbeeld)', 40_000]]);
    const token = await bewoner('b-tijd');
    const tevroeg = await ctx.gql(STEM, { rondeId: r.id, projectIds: [r.projecten[0].id] }, token);
    expect(foutcodes(tevroeg)).toEqual(['STEMMING_GESLOTEN']);
    expect(tevroeg.errors?.[0].message).toMatch(/begint pas/);
    await open(r.id);
    await ctx.gqlOk(STEM, { rondeId: r.id, projectIds: [r.projecten[0].id] }, token);
    await sluit(r.id);
    const telaat = await ctx.gql(STEM, { rondeId: r.id, projectIds: [] }, token);
    expect(foutcodes(telaat)).toEqual(['STEMMING_GESLOTEN']);
    expect(telaat.errors?.[0].message).toMatch(/gesloten/);
    const papier = await ctx.gql(PAPIER, { rondeId: r.id, stemcode: 'P-1', projectIds: [] }, beheerder);
    expect(foutcodes(papier)).toEqual(['STEMMING_GESLOTEN']);
  });

  it('vervangt het eerdere stembiljet van dezelfde bewoner', async () => {
    const r = await maakRonde([
      ['Speeltuin (voorbeeld)', 40_000],
      ['Bankjes (voorbeeld)', 10_000],
    ]);
    await open(r.id);
    const token = await bewoner('b-twee-keer');
    await ctx.gqlOk(STEM, { rondeId: r.id, projectIds: [r.projecten[0].id] }, token);
    const { begrotingStemUitbrengen } = await ctx.gqlOk<{
      begrotingStemUitbrengen: { aantalStemmers: number; heeftGestemd: boolean };
    }>(STEM, { rondeId: r.id, projectIds: [r.projecten[1].id] }, token);
    expect(begrotingStemUitbrengen).toMatchObject({ aantalStemmers: 1, heeftGestemd: true });
    const GESTEMD = 'query($id: ID!) { node(id: $id) { ... on Begrotingsronde { heeftGestemd } } }';
    expect(await ctx.gqlOk(GESTEMD, { id: r.id }, await bewoner('b-niet'))).toEqual({ node: { heeftGestemd: false } });
    expect(await ctx.gqlOk(GESTEMD, { id: r.id })).toEqual({ node: { heeftGestemd: null } });
    // Staff see live counts; residents only after closing (no bandwagon effect while voting).
    expect((await ronde(r.id, beheerder)).projecten.map((p) => p.aantalStemmen)).toEqual([0, 1]);
    expect((await ronde(r.id, token)).projecten.map((p) => p.aantalStemmen)).toEqual([null, null]);
  });

  it('laat bij gelijktijdige stemmen van één bewoner precies één stembiljet over', async () => {
    const r = await maakRonde([
      ['A (voorbeeld)', 10_000],
      ['B (voorbeeld)', 10_000],
      ['C (voorbeeld)', 10_000],
    ]);
    await open(r.id);
    const token = await bewoner('b-race');
    const keuzes = Array.from({ length: 12 }, (_, i) => [r.projecten[i % 3].id]);
    const antwoorden = await Promise.all(keuzes.map((projectIds) => ctx.gql(STEM, { rondeId: r.id, projectIds }, token)));
    expect(antwoorden.flatMap(foutcodes)).toEqual([]);
    const rows = await ctx.dataSource.query<Array<{ keuze: Record<string, number> }>>(
      'SELECT keuze FROM begrotingsstembiljet WHERE ronde_id = $1',
      [dbId(r.id)],
    );
    expect(rows).toHaveLength(1);
    expect(r.projecten.map((p) => dbId(p.id))).toContain(Object.keys(rows[0].keuze)[0]);
  });

  it('ontdubbelt papieren stembiljetten op hun code en telt ze mee in aantalStemmers', async () => {
    const r = await maakRonde([['Speeltuin (voorbeeld)', 40_000]]);
    await open(r.id);
    await ctx.gqlOk(STEM, { rondeId: r.id, projectIds: [r.projecten[0].id] }, await bewoner('b-online'));
    const { papierenStembiljetInvoeren } = await ctx.gqlOk<{
      papierenStembiljetInvoeren: { aantalStemmers: number; aantalPapierenStembiljetten: number };
    }>(PAPIER, { rondeId: r.id, stemcode: 'HRL-0001', projectIds: [r.projecten[0].id] }, beheerder);
    expect(papierenStembiljetInvoeren).toMatchObject({ aantalStemmers: 2, aantalPapierenStembiljetten: 1 });
    const nogmaals = await ctx.gql(PAPIER, { rondeId: r.id, stemcode: 'HRL-0001', projectIds: [] }, beheerder);
    expect(foutcodes(nogmaals)).toEqual(['CONFLICT']);
    expect(nogmaals.errors?.[0].message).toContain('HRL-0001');
    // The same paper ballot entered at two desks at once still counts once.
    const tegelijk = await Promise.all(
      [1, 2, 3, 4].map(() =>
        ctx.gql(PAPIER, { rondeId: r.id, stemcode: 'HRL-0002', projectIds: [r.projecten[0].id] }, beheerder),
      ),
    );
    expect(tegelijk.map((a) => foutcodes(a).join()).sort()).toEqual(['', 'CONFLICT', 'CONFLICT', 'CONFLICT']);
    expect((await ronde(r.id)).aantalStemmers).toBe(3);
    const alsBewoner = await ctx.gql(PAPIER, { rondeId: r.id, stemcode: 'HRL-0003', projectIds: [] }, await bewoner('b-p'));
    expect(foutcodes(alsBewoner)).toEqual(['FORBIDDEN']);
  });

  it('handhaaft minimum en maximum, de knapsack-grens en het puntentotaal', async () => {
    const minmax = await maakRonde(
      [
        ['A (voorbeeld)', 10_000],
        ['B (voorbeeld)', 10_000],
        ['C (voorbeeld)', 10_000],
      ],
      { minProjecten: 2, maxProjecten: 2 },
    );
    await open(minmax.id);
    const token = await bewoner('b-grenzen');
    const eenTeWeinig = await ctx.gql(STEM, { rondeId: minmax.id, projectIds: [minmax.projecten[0].id] }, token);
    expect(eenTeWeinig.errors?.[0].extensions?.velden).toEqual([
      { veld: 'projectIds', melding: expect.stringMatching(/minstens 2/) },
    ]);
    const teVeel = await ctx.gql(STEM, { rondeId: minmax.id, projectIds: minmax.projecten.map((p) => p.id) }, token);
    expect(teVeel.errors?.[0].extensions?.velden?.[0].melding).toMatch(/hoogstens 2/);
    await ctx.gqlOk(STEM, { rondeId: minmax.id, projectIds: [minmax.projecten[0].id, minmax.projecten[2].id] }, token);

    const knapsack = await maakRonde(
      [
        ['Groot (voorbeeld)', 70_000],
        ['Middel (voorbeeld)', 40_000],
      ],
      { stemwijze: 'KNAPSACK' },
    );
    await open(knapsack.id);
    const teDuur = await ctx.gql(STEM, { rondeId: knapsack.id, projectIds: knapsack.projecten.map((p) => p.id) }, token);
    expect(teDuur.errors?.[0].extensions?.velden?.[0].melding).toMatch(/€ 1\.100,00.*€ 1\.000,00/);
    await ctx.gqlOk(STEM, { rondeId: knapsack.id, projectIds: [knapsack.projecten[0].id] }, token);

    const punten = await maakRonde(
      [
        ['A (voorbeeld)', 10_000],
        ['B (voorbeeld)', 10_000],
      ],
      { stemwijze: 'PUNTEN', puntenTotaal: 10 },
    );
    await open(punten.id);
    const ids = punten.projecten.map((p) => p.id);
    const teVeelPunten = await ctx.gql(STEM, { rondeId: punten.id, projectIds: ids, punten: [6, 5] }, token);
    expect(teVeelPunten.errors?.[0].extensions?.velden?.[0]).toEqual({
      veld: 'punten',
      melding: expect.stringMatching(/11 punten/),
    });
    const zonderPunten = await ctx.gql(STEM, { rondeId: punten.id, projectIds: ids }, token);
    expect(zonderPunten.errors?.[0].extensions?.velden?.[0].veld).toBe('punten');
    await ctx.gqlOk(STEM, { rondeId: punten.id, projectIds: ids, punten: [7, 3] }, token);
    const puntenBijGoedkeuring = await ctx.gql(
      STEM,
      { rondeId: minmax.id, projectIds: [minmax.projecten[0].id, minmax.projecten[1].id], punten: [1, 1] },
      token,
    );
    expect(puntenBijGoedkeuring.errors?.[0].extensions?.velden?.[0].veld).toBe('punten');
  });

  /** Casts the ballots, closes the round and returns what the engine says for the same input. */
  async function stemEnSluit(
    r: { id: string; projecten: Array<{ id: string; code: string; kosten: number }> },
    stemmen: number[][],
    budget: number,
    regel: string,
  ) {
    for (const [i, keuze] of stemmen.entries()) {
      await ctx.gqlOk(
        STEM,
        { rondeId: r.id, projectIds: keuze.map((k) => r.projecten[k].id) },
        await bewoner(`uitslag-${r.id}-${i}`),
      );
    }
    await sluit(r.id);
    const invoer: TelInvoer = {
      budget: BigInt(budget),
      projecten: r.projecten.map((p) => ({ id: p.code, kosten: BigInt(p.kosten) })),
      stembiljetten: stemmen.map((keuze, i) => ({ stemmerId: String(i), projectIds: keuze.map((k) => r.projecten[k].code) })),
    };
    return tel(invoer, regel, { add1Ophoging: budget >= 100_000 ? 100n : 1n, bedragAlsTekst: euroCentenAlsTekst });
  }

  const STEMMEN = [[0, 1], [0, 1], [0], [2], [2, 3], [3], [1, 3], [4], [0, 2, 4]];
  const PROJECTEN: Array<[string, number]> = [
    ['Speeltuin (voorbeeld)', 45_000],
    ['Buurtmoestuin (voorbeeld)', 30_000],
    ['Bankjes (voorbeeld)', 12_000],
    ['Bloembakken (voorbeeld)', 8_000],
    ['Jeu-de-boulesbaan (voorbeeld)', 25_000],
  ];

  it.each([
    ['EQUAL_SHARES', 'mes_cost_add1_greedy'],
    ['GREEDY', 'greedy_cost'],
  ])('berekent bij sluiten met %s dezelfde uitslag als tel() en legt elk project uit', async (regel, sleutel) => {
    const r = await maakRonde(PROJECTEN, { regel });
    await open(r.id);
    const verwacht = await stemEnSluit(r, STEMMEN, 100_000, sleutel);
    const uit = await ronde(r.id);
    expect(uit.gesloten).toBe(true);
    expect(uit.uitslagMelding).toBeNull();
    expect(uit.regelVersie).toContain(sleutel);
    expect(uit.uitslag!.map((p) => p.code)).toEqual(verwacht.volgorde);
    expect(uit.totaleKosten).toBe(Number(verwacht.totaleKosten.teller));
    expect(uit.aantalStemmers).toBe(STEMMEN.length);
    for (const p of uit.projecten) {
      const u = verwacht.uitleg.find((x) => x.projectId === p.code)!;
      expect([p.gekozen, p.uitleg, p.uitlegReden, p.aantalStemmen]).toEqual([u.gekozen, u.tekst, u.reden, u.stemmen]);
    }
    expect(uit.projecten.some((p) => p.gekozen === false)).toBe(true);
  });

  it('laat een stemmer na sluiten zien wat hij bij gelijke delen betaalde', async () => {
    const r = await maakRonde(PROJECTEN);
    await open(r.id);
    const verwacht = await stemEnSluit(r, STEMMEN, 100_000, 'mes_cost_add1_greedy');
    const token = await bewoner(`uitslag-${r.id}-0`);
    const { node } = await ctx.gqlOk<{
      node: {
        mijnBijdrage: { budget: string; totaal: string; perProject: Array<{ project: { code: string }; bedrag: string }> };
      };
    }>(
      'query($id: ID!) { node(id: $id) { ... on Begrotingsronde { mijnBijdrage { budget totaal perProject { project { code } bedrag } } } } }',
      { id: r.id },
      token,
    );
    const betaling = verwacht.betalingen.find((b) => b.stemmerId === '0')!;
    expect(node.mijnBijdrage).toEqual({
      budget: euroCentenAlsTekst(betaling.budget),
      totaal: euroCentenAlsTekst(betaling.totaal),
      perProject: betaling.perProject.map((p) => ({ project: { code: p.projectId }, bedrag: euroCentenAlsTekst(p.bedrag) })),
    });
    const nietGestemd = await ctx.gqlOk<{ node: { mijnBijdrage: unknown } }>(
      'query($id: ID!) { node(id: $id) { ... on Begrotingsronde { mijnBijdrage { totaal } } } }',
      { id: r.id },
      await bewoner('nooit-gestemd'),
    );
    expect(nietGestemd.node.mijnBijdrage).toBeNull();
  });

  it('stelt de uitslag één keer vast, ook bij gelijktijdige lezers, en een hertelling geeft hetzelfde', async () => {
    const r = await maakRonde(PROJECTEN);
    await open(r.id);
    await stemEnSluit(r, STEMMEN, 100_000, 'mes_cost_add1_greedy');
    const lezingen = await Promise.all(Array.from({ length: 8 }, () => ronde(r.id)));
    expect(new Set(lezingen.map((l) => JSON.stringify(l))).size).toBe(1);
    const rijen = await ctx.dataSource.query<Array<{ telling: unknown }>>(
      'SELECT telling FROM begrotingsuitslag WHERE ronde_id = $1',
      [dbId(r.id)],
    );
    expect(rijen).toHaveLength(1);
    const controle = `query($id: ID!) { begrotingsuitslagControleren(rondeId: $id) }`;
    expect(await ctx.gqlOk(controle, { id: r.id }, beheerder)).toEqual({ begrotingsuitslagControleren: true });
    expect(foutcodes(await ctx.gql(controle, { id: r.id }, await bewoner('b-c')))).toEqual(['FORBIDDEN']);

    // The stored result is final: a ballot that appears afterwards changes neither it nor its time.
    await ctx.dataSource.query(
      `INSERT INTO begrotingsstembiljet (ronde_id, stemmer, kanaal, keuze) VALUES ($1, 'na-sluiten', 'ONLINE', $2::jsonb)`,
      [dbId(r.id), JSON.stringify({ [dbId(r.projecten[4].id)]: 1 })],
    );
    const later = await ronde(r.id);
    expect(later.uitslag).toEqual(lezingen[0].uitslag);
    expect(later.berekendOp).toBe(lezingen[0].berekendOp);
    expect(await ctx.gqlOk(controle, { id: r.id }, beheerder)).toEqual({ begrotingsuitslagControleren: false });
  });

  it('exporteert de ronde als .pb alleen voor staf, geanonimiseerd, en de import geeft dezelfde uitslag', async () => {
    const r = await maakRonde(PROJECTEN);
    await open(r.id);
    await ctx.gqlOk(PAPIER, { rondeId: r.id, stemcode: 'P-77', projectIds: [r.projecten[4].id] }, beheerder);
    await stemEnSluit(r, STEMMEN, 100_000, 'mes_cost_add1_greedy');
    const EXPORT = 'query($id: ID!) { node(id: $id) { ... on Begrotingsronde { pbExport } } }';
    expect(foutcodes(await ctx.gql(EXPORT, { id: r.id }, await bewoner('b-export')))).toEqual(['FORBIDDEN']);
    expect(foutcodes(await ctx.gql(EXPORT, { id: r.id }))).toEqual(['FORBIDDEN']);
    const pb = (await ctx.gqlOk<{ node: { pbExport: string } }>(EXPORT, { id: r.id }, beheerder)).node.pbExport;
    expect(pb).toMatch(/^META\nkey;value\n/);
    expect(pb).toContain('budget;1000\n');
    expect(pb).toContain('0001;450;');
    expect(pb).not.toMatch(/uitslag-|papier:|P-77|[0-9a-f]{64}/);
    const stemmers = pb
      .split('VOTES\n')[1]
      .trim()
      .split('\n')
      .slice(1)
      .map((regel) => regel.split(';')[0]);
    expect(stemmers).toEqual(Array.from({ length: STEMMEN.length + 1 }, (_, i) => String(i + 1)));

    const { begrotingsrondeImporteren: kopie } = await ctx.gqlOk<{
      begrotingsrondeImporteren: { id: string; geimporteerd: boolean };
    }>(IMPORT, { pb }, beheerder);
    expect(kopie.geimporteerd).toBe(true);
    const origineel = await ronde(r.id);
    const opnieuw = await ronde(kopie.id);
    expect(opnieuw.gesloten).toBe(true);
    expect(opnieuw.budget).toBe(origineel.budget);
    expect(opnieuw.aantalStemmers).toBe(origineel.aantalStemmers);
    expect(opnieuw.uitslag!.map((p) => [p.code, p.titel])).toEqual(origineel.uitslag!.map((p) => [p.code, p.titel]));
    const kern = (x: Ronde) => x.projecten.map((p) => [p.code, p.kosten, p.gekozen, p.uitleg, p.aantalStemmen]);
    expect(kern(opnieuw)).toEqual(kern(origineel));
  });

  it.each([
    ['netherlands_assen_2024_.pb', 'EQUAL_SHARES', 'mes_cost_add1_greedy'],
    ['netherlands_assen_2024_.pb', 'GREEDY', 'greedy_cost'],
    ['worldwide_mechanical-turk_knapsack-7_.pb', 'EQUAL_SHARES', 'mes_cost_add1_greedy'],
  ])('hertelt de publieke ronde %s met %s tot de uitkomst van pabutools', async (bestand, regel, sleutel) => {
    const verwacht = (
      JSON.parse(readFileSync(join(PB_MAP, 'expected.json'), 'utf8')) as Record<
        string,
        { rules: Record<string, { selected: string[]; order: string[]; total_cost: string }> }
      >
    )[bestand].rules[sleutel];
    const pb = readFileSync(join(PB_MAP, 'instances', bestand), 'utf8');
    const { begrotingsrondeImporteren } = await ctx.gqlOk<{ begrotingsrondeImporteren: { id: string } }>(
      IMPORT,
      { pb, regel },
      beheerder,
    );
    const uit = await ronde(begrotingsrondeImporteren.id);
    expect(uit.uitslag!.map((p) => p.code)).toEqual(verwacht.order);
    expect(
      uit.projecten
        .filter((p) => p.gekozen)
        .map((p) => p.code)
        .sort(),
    ).toEqual(verwacht.selected);
    expect(uit.totaleKosten).toBe(Number(verwacht.total_cost) * 100);
  });

  it('bewaart een te zware telling als weigering met een Nederlandse uitleg', async () => {
    const pb = [
      'META',
      'key;value',
      'budget;90000000000',
      'vote_type;approval',
      'PROJECTS',
      'project_id;cost',
      '1;10',
      'VOTES',
      'voter_id;vote',
      '1;1',
      '',
    ].join('\n');
    const { begrotingsrondeImporteren } = await ctx.gqlOk<{ begrotingsrondeImporteren: { id: string } }>(
      IMPORT,
      { pb },
      beheerder,
    );
    const uit = await ronde(begrotingsrondeImporteren.id);
    expect(uit.uitslag).toBeNull();
    expect(uit.projecten[0].gekozen).toBeNull();
    expect(uit.uitslagMelding).toMatch(/kon niet automatisch worden berekend/);
  });

  it('weigert een onleesbaar .pb-bestand met BAD_USER_INPUT op het veld pb', async () => {
    const res = await ctx.gql(IMPORT, { pb: 'META\nkey;value\nbudget;abc\n' }, beheerder);
    expect(foutcodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors?.[0].extensions?.velden?.[0].veld).toBe('pb');
  });

  it('bewaart de uitslag met exacte bedragen als tekst (serialiseerTelling)', async () => {
    const r = await maakRonde(PROJECTEN);
    await open(r.id);
    const verwacht = await stemEnSluit(r, STEMMEN, 100_000, 'mes_cost_add1_greedy');
    await ronde(r.id);
    const [rij] = await ctx.dataSource.query<Array<{ telling: { gekozen: string[]; volgorde: string[]; uitleg: unknown[] } }>>(
      'SELECT telling FROM begrotingsuitslag WHERE ronde_id = $1',
      [dbId(r.id)],
    );
    const zonderStemmers = serialiseerTelling(verwacht);
    expect(rij.telling.gekozen).toEqual(zonderStemmers.gekozen);
    expect(rij.telling.volgorde).toEqual(zonderStemmers.volgorde);
    expect(rij.telling.uitleg).toEqual(zonderStemmers.uitleg);
  });

  it('houdt de stem geheim: het auditlog noemt dat iemand stemde, niet wat', async () => {
    const r = await maakRonde([['Geheim (voorbeeld)', 1000]]);
    await open(r.id);
    await ctx.gqlOk(STEM, { rondeId: r.id, projectIds: [r.projecten[0].id] }, await bewoner('b-geheim'));
    await ctx.gqlOk(PAPIER, { rondeId: r.id, stemcode: 'G-1', projectIds: [r.projecten[0].id] }, beheerder);
    const log = await ctx.dataSource.query<Array<{ door: string; operatie: string; details: unknown }>>(
      `SELECT door, operatie, details FROM audit_log WHERE operatie IN ('begrotingStemUitbrengen', 'papierenStembiljetInvoeren')`,
    );
    const vanRonde = log.filter((l) => JSON.stringify(l.details).includes(r.id));
    expect(vanRonde.map((l) => l.operatie).sort()).toEqual(['begrotingStemUitbrengen', 'papierenStembiljetInvoeren']);
    expect(vanRonde.find((l) => l.operatie === 'begrotingStemUitbrengen')!.door).toBe('b-geheim');
    expect(JSON.stringify(vanRonde)).not.toContain(r.projecten[0].id);
    const biljet = await ctx.dataSource.query<Array<{ stemmer: string }>>(
      `SELECT stemmer FROM begrotingsstembiljet WHERE ronde_id = $1 AND kanaal = 'ONLINE'`,
      [dbId(r.id)],
    );
    expect(biljet[0].stemmer).not.toContain('b-geheim');
  });

  it('telt een puntenronde met de punten als nut, zoals tel() met mes_cardinal_add1_greedy', async () => {
    const r = await maakRonde(PROJECTEN.slice(0, 4), { stemwijze: 'PUNTEN', puntenTotaal: 10 });
    await open(r.id);
    const stemmen: Array<Array<[number, number]>> = [
      [[0, 10]],
      [
        [0, 5],
        [1, 5],
      ],
      [
        [2, 7],
        [3, 3],
      ],
      [[1, 10]],
      [[3, 1]],
    ];
    for (const [i, s] of stemmen.entries()) {
      await ctx.gqlOk(
        STEM,
        { rondeId: r.id, projectIds: s.map(([k]) => r.projecten[k].id), punten: s.map(([, p]) => p) },
        await bewoner(`punten-${i}`),
      );
    }
    await sluit(r.id);
    const verwacht = tel(
      {
        budget: 100_000n,
        projecten: r.projecten.map((p) => ({ id: p.code, kosten: BigInt(p.kosten) })),
        stembiljetten: stemmen.map((s, i) => ({
          stemmerId: String(i),
          punten: new Map(s.map(([k, p]) => [r.projecten[k].code, BigInt(p)])),
        })),
      },
      'mes_cardinal_add1_greedy',
      { add1Ophoging: 100n, bedragAlsTekst: euroCentenAlsTekst },
    );
    const uit = await ronde(r.id);
    expect(uit.uitslag!.map((p) => p.code)).toEqual(verwacht.volgorde);
    expect(uit.projecten.map((p) => p.uitleg)).toEqual(verwacht.uitleg.map((u) => u.tekst));
  });

  it('sluit vanzelf op stemmenTot: daarna de uitslag, geen stemmen meer', async () => {
    const r = await maakRonde(PROJECTEN.slice(0, 2));
    await ctx.dataSource.query(
      `UPDATE begrotingsronde SET stemmen_vanaf = now() - interval '1 hour', stemmen_tot = now() + interval '600 milliseconds' WHERE id = $1`,
      [dbId(r.id)],
    );
    const token = await bewoner('b-klok');
    await ctx.gqlOk(STEM, { rondeId: r.id, projectIds: [r.projecten[1].id] }, token);
    expect((await ronde(r.id)).uitslag).toBeNull();
    await new Promise((klaar) => setTimeout(klaar, 800));
    expect(foutcodes(await ctx.gql(STEM, { rondeId: r.id, projectIds: [r.projecten[0].id] }, token))).toEqual([
      'STEMMING_GESLOTEN',
    ]);
    const uit = await ronde(r.id);
    expect(uit.gesloten).toBe(true);
    // 0002 by its voter; 0001 (no votes) still fits the rest, and the completion walks it last (pabutools).
    expect(uit.uitslag!.map((p) => p.code)).toEqual(['0002', '0001']);
    expect(uit.projecten.map((p) => [p.aantalStemmen, p.uitlegReden])).toEqual([
      [0, 'GEKOZEN_GRETIG'],
      [1, 'GEKOZEN_GELIJKE_DELEN'],
    ]);
  });
});
