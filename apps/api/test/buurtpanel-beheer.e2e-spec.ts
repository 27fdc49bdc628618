/**
 * Managing buurtpanels: who the members are (staff who manage panels only, audited), changing
 * the members and ending a panel, never during an open vote.
 */
import { Rol, toGlobalId } from '@buurtwerk/core';
import { type TestContext, testContext } from '../../../test/harness';
import { codes, panelHulp, zetPanelregelingOp } from './buurtpanel.helpers';
import { initiatiefInput, type Opzet } from './initiatieven.helpers';

const PANEL = 'id naam quorum aantalLeden leden opgehevenOp';

interface Panel {
  id: string;
  naam: string;
  quorum: number;
  aantalLeden: number;
  leden: string[] | null;
  opgehevenOp: string | null;
}

describe('Buurtpanel beheren: leden, wijzigen en opheffen', () => {
  let ctx: TestContext;
  let o: Opzet;
  let h: ReturnType<typeof panelHulp>;
  let indiener: string;
  const vorigInterval = process.env.PANEL_INTERVAL_MS;

  const panel = async (id: string, token: string | null) =>
    (await ctx.gqlOk<{ node: Panel }>(`query($id: ID!) { node(id: $id) { ... on Buurtpanel { ${PANEL} } } }`, { id }, token))
      .node;
  const ledenWijzigen = (id: string, leden: string[], token = o.beleid) =>
    ctx.gql<{ buurtpanelLedenWijzigen: Panel }>(
      `mutation($id: ID!, $leden: [ID!]!) { buurtpanelLedenWijzigen(id: $id, leden: $leden) { ${PANEL} } }`,
      { id, leden },
      token,
    );
  const opheffen = (id: string, token = o.beleid) =>
    ctx.gql<{ buurtpanelOpheffen: Panel }>(`mutation($id: ID!) { buurtpanelOpheffen(id: $id) { ${PANEL} } }`, { id }, token);
  const leesAudit = (panelId: string) =>
    ctx.dataSource.query<Array<{ door: string; operatie: string; entiteit: string }>>(
      "SELECT door, operatie, entiteit FROM audit_log WHERE operatie LIKE 'lezen:%' AND entiteit_id = $1 ORDER BY id",
      [panelId],
    );

  beforeAll(async () => {
    process.env.PANEL_INTERVAL_MS = '0';
    ctx = await testContext();
    o = await zetPanelregelingOp(ctx, 10_000_000, 'BUURTAKTIE_BEHEER');
    h = panelHulp(ctx, o);
    indiener = await ctx.tokenFor(Rol.BEWONER, { sub: 'bewoner-ivo', name: 'Ivo Indiener' });
  });
  afterAll(async () => {
    await ctx.close();
    if (vorigInterval === undefined) {
      delete process.env.PANEL_INTERVAL_MS;
    } else {
      process.env.PANEL_INTERVAL_MS = vorigInterval;
    }
  });

  describe('wie de leden zijn', () => {
    it('toont de leden alleen aan beleidsmedewerkers en beheerders, en legt elke lezing vast', async () => {
      const { id } = await h.panelInstellen(['lid-cees', 'lid-anna', 'lid-bert'], 2, 'Panel Leden');
      const beleid = await ctx.tokenFor(Rol.BELEIDSMEDEWERKER, { sub: 'beleid-bea' });
      expect(await panel(id, beleid)).toMatchObject({ aantalLeden: 3, leden: ['lid-anna', 'lid-bert', 'lid-cees'] });
      expect((await panel(id, await ctx.tokenFor(Rol.BEHEERDER))).leden).toEqual(['lid-anna', 'lid-bert', 'lid-cees']);
      expect(await leesAudit(id)).toEqual([
        { door: 'beleid-bea', operatie: 'lezen:Buurtpanel.leden', entiteit: 'Buurtpanel' },
        expect.objectContaining({ operatie: 'lezen:Buurtpanel.leden', entiteit: 'Buurtpanel' }),
      ]);

      // Everyone else: the size, never who. A member does not see the others either.
      const anderen: Array<[string, string | null]> = [
        ['anoniem', null],
        ['bewoner', indiener],
        ['lid', await h.lid('lid-anna')],
        ['buurtregisseur', await h.regisseur()],
        ['partner', await ctx.tokenFor(Rol.PARTNER)],
        ['griffie', await ctx.tokenFor(Rol.GRIFFIE)],
      ];
      for (const [wie, token] of anderen) {
        expect([wie, await panel(id, token)]).toEqual([wie, expect.objectContaining({ aantalLeden: 3, leden: null })]);
        const { buurtpanelen } = await ctx.gqlOk<{ buurtpanelen: Panel[] }>(`{ buurtpanelen { ${PANEL} } }`, {}, token);
        expect([wie, buurtpanelen.find((p) => p.id === id)!.leden]).toEqual([wie, null]);
      }
      expect(await leesAudit(id)).toHaveLength(2);
    });
  });

  describe('stemmingen per panel', () => {
    it('geeft medewerkers alle stemmingen van een panel met telling en uitslag, open eerst; anderen null', async () => {
      const { id } = await h.panelInstellen(['v-1', 'v-2'], 2, 'Panel Uitslagen');
      const eerste = await h.inBehandeling(indiener, initiatiefInput(o, 20_000, 5_000, { titel: 'Bankje bij de vijver' }));
      await h.voorleggen(eerste.id, id);
      await h.stemOk(await h.lid('v-1'), eerste.id, 'VOOR');
      await h.stemOk(await h.lid('v-2'), eerste.id, 'TEGEN', 'Te duur voor zo weinig.');
      const tweede = await h.inBehandeling(indiener, initiatiefInput(o, 20_000, 5_000, { titel: 'Buurtmoestuin' }));
      await h.voorleggen(tweede.id, id);
      await h.stemOk(await h.lid('v-1'), tweede.id, 'VOOR');

      const query = `query($id: ID!) { node(id: $id) { ... on Buurtpanel {
        stemmingen { gesloten aantalVoor aantalTegen aantalOnthouding uitkomst mijnStem { keuze } initiatief { titel status } panel { naam } }
      } } }`;
      const stemmingen = async (token: string | null) =>
        (await ctx.gqlOk<{ node: { stemmingen: unknown[] | null } }>(query, { id }, token)).node.stemmingen;
      const verwacht = [
        // Open: the counts stay secret until closing, also for staff.
        {
          gesloten: false,
          aantalVoor: 0,
          aantalTegen: 0,
          aantalOnthouding: 0,
          uitkomst: null,
          mijnStem: null,
          initiatief: { titel: 'Buurtmoestuin', status: 'BIJ_BUURTPANEL' },
          panel: { naam: 'Panel Uitslagen' },
        },
        {
          gesloten: true,
          aantalVoor: 1,
          aantalTegen: 1,
          aantalOnthouding: 0,
          uitkomst: 'AFGEWEZEN',
          mijnStem: null,
          // The panel advised; the official has not decided yet.
          initiatief: { titel: 'Bankje bij de vijver', status: 'BIJ_BUURTPANEL' },
          panel: { naam: 'Panel Uitslagen' },
        },
      ];
      expect(await stemmingen(o.beleid)).toEqual(verwacht);
      expect(await stemmingen(await h.regisseur())).toEqual(verwacht);
      for (const token of [null, indiener, await h.lid('v-1'), await ctx.tokenFor(Rol.PARTNER)]) {
        expect(await stemmingen(token)).toBeNull();
      }
    });
  });

  describe('leden wijzigen', () => {
    it('vervangt de leden: een nieuw lid kan stemmen, een vertrokken lid niet meer', async () => {
      const { id } = await h.panelInstellen(['oud-1', 'blijft-1'], 2, 'Panel Wissel');
      const { data } = await ledenWijzigen(id, [' nieuw-1 ', 'blijft-1', 'nieuw-2']);
      expect(data!.buurtpanelLedenWijzigen).toMatchObject({ aantalLeden: 3, leden: ['blijft-1', 'nieuw-1', 'nieuw-2'] });
      expect((await panel(id, o.beleid)).leden).toEqual(['blijft-1', 'nieuw-1', 'nieuw-2']);

      const ini = await h.inBehandeling(indiener, initiatiefInput(o, 20_000, 5_000));
      await h.voorleggen(ini.id, id);
      expect(codes(await h.stem(await h.lid('oud-1'), ini.id, 'VOOR'))).toEqual(['FORBIDDEN']);
      await h.stemOk(await h.lid('nieuw-1'), ini.id, 'VOOR');
      await h.stemOk(await h.lid('nieuw-2'), ini.id, 'TEGEN');
      const klaar = await h.stemOk(await h.lid('blijft-1'), ini.id, 'VOOR');
      expect(klaar).toMatchObject({ gesloten: true, aantalVoor: 2, aantalTegen: 1, uitkomst: 'TOEGEKEND' });
    });

    it('weigert een lijst waarmee het quorum niet te halen is, lege en dubbele leden', async () => {
      const { id } = await h.panelInstellen(['q-1', 'q-2', 'q-3'], 3, 'Panel Quorum');
      const teWeinig = await ledenWijzigen(id, ['q-1', 'q-2']);
      expect(codes(teWeinig)).toEqual(['BAD_USER_INPUT']);
      expect(teWeinig.errors![0].extensions!.velden).toEqual([
        { veld: 'leden', melding: 'het quorum van dit panel is 3; met 2 leden is geen geldige uitslag mogelijk.' },
      ]);
      expect(codes(await ledenWijzigen(id, ['q-1', 'q-1', 'q-2']))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await ledenWijzigen(id, ['q-1', '  ', 'q-2']))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await ledenWijzigen(id, []))).toEqual(['BAD_USER_INPUT']);
      expect((await panel(id, o.beleid)).leden).toEqual(['q-1', 'q-2', 'q-3']);
    });

    it('laat alleen beleidsmedewerkers en beheerders leden wijzigen en opheffen', async () => {
      const { id } = await h.panelInstellen(['r-1'], 1, 'Panel Rechten');
      for (const token of [indiener, await h.regisseur(), await h.lid('r-1')]) {
        expect(codes(await ledenWijzigen(id, ['r-1', 'r-2'], token))).toEqual(['FORBIDDEN']);
        expect(codes(await opheffen(id, token))).toEqual(['FORBIDDEN']);
      }
      expect(codes(await ledenWijzigen(id, ['r-2'], await ctx.tokenFor(Rol.BEHEERDER)))).toEqual([]);
      expect((await panel(id, o.beleid)).leden).toEqual(['r-2']);
      expect(codes(await ledenWijzigen(toGlobalId('Buurtpanel', '00000000-0000-4000-8000-000000000000'), ['x']))).toEqual([
        'NOT_FOUND',
      ]);
    });
  });

  describe('tijdens een stemming', () => {
    it('weigert leden wijzigen en opheffen zolang een stemming open is, en staat het toe als die gesloten is', async () => {
      const { id } = await h.panelInstellen(['s-1', 's-2'], 2, 'Panel Stemming');
      const ini = await h.inBehandeling(indiener, initiatiefInput(o, 20_000, 5_000));
      await h.voorleggen(ini.id, id);

      const wijzig = await ledenWijzigen(id, ['s-1', 's-2', 's-3']);
      expect(codes(wijzig)).toEqual(['CONFLICT']);
      expect(wijzig.errors![0].message).toBe(
        '"Panel Stemming" stemt nu over een initiatief. Je kunt de leden wijzigen zodra die stemming is gesloten: tijdens een stemming blijft de samenstelling van het panel gelijk.',
      );
      expect(codes(await opheffen(id))).toEqual(['CONFLICT']);
      expect(await panel(id, o.beleid)).toMatchObject({ leden: ['s-1', 's-2'], opgehevenOp: null });

      // Without quorum the vote closes at sluitOp and the initiative returns to staff.
      await h.stemOk(await h.lid('s-1'), ini.id, 'VOOR');
      expect(await h.laatVerlopen(ini.id)).toEqual({ gesloten: 1 });
      expect(codes(await ledenWijzigen(id, ['s-1', 's-2', 's-3']))).toEqual([]);
    });
  });

  describe('opheffen', () => {
    it('heft een panel op: de uitslagen blijven, er kan niets meer aan worden voorgelegd', async () => {
      const { id } = await h.panelInstellen(['o-1'], 1, 'Panel Opheffen');
      const ini = await h.inBehandeling(indiener, initiatiefInput(o, 20_000, 5_000));
      await h.voorleggen(ini.id, id);
      await h.stemOk(await h.lid('o-1'), ini.id, 'VOOR');

      const { data } = await opheffen(id);
      const opgeheven = data!.buurtpanelOpheffen;
      expect(opgeheven).toMatchObject({ naam: 'Panel Opheffen', aantalLeden: 1, leden: ['o-1'] });
      expect(opgeheven.opgehevenOp).not.toBeNull();
      // Ending it again changes nothing.
      expect((await opheffen(id)).data!.buurtpanelOpheffen.opgehevenOp).toBe(opgeheven.opgehevenOp);
      // Public: it is still listed, as ended; its result is kept.
      const { buurtpanelen } = await ctx.gqlOk<{ buurtpanelen: Panel[] }>(`{ buurtpanelen { ${PANEL} } }`);
      expect(buurtpanelen.find((p) => p.id === id)).toMatchObject({ opgehevenOp: opgeheven.opgehevenOp, leden: null });
      expect(await h.stemming(ini.id, o.beleid)).toMatchObject({ gesloten: true, uitkomst: 'TOEGEKEND', aantalVoor: 1 });

      const nieuw = await h.inBehandeling(indiener, initiatiefInput(o, 20_000, 5_000));
      const voorleggen = await h.voorleggen(nieuw.id, id);
      expect(voorleggen.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        velden: [{ veld: 'panelId', melding: '"Panel Opheffen" is opgeheven; leg het initiatief voor aan een ander panel.' }],
      });
      expect((await h.initiatief(nieuw.id)).status).toBe('IN_BEHANDELING');
      expect(codes(await ledenWijzigen(id, ['o-1', 'o-2']))).toEqual(['BAD_USER_INPUT']);
    });

    it('laat van voorleggen en opheffen tegelijk precies één slagen', async () => {
      for (let ronde = 0; ronde < 4; ronde += 1) {
        const { id } = await h.panelInstellen(['t-1', 't-2'], 1, `Panel Race ${ronde}`);
        const ini = await h.inBehandeling(indiener, initiatiefInput(o, 10_000, 5_000));
        const [voorgelegd, opgeheven] = await Promise.all([h.voorleggen(ini.id, id), opheffen(id)]);
        const gelukt = [!voorgelegd.errors, !opgeheven.errors];
        expect(gelukt.filter(Boolean)).toHaveLength(1);
        const na = await panel(id, o.beleid);
        const status = (await h.initiatief(ini.id)).status;
        if (gelukt[0]) {
          // The vote came first: the panel stays, with the vote open.
          expect(codes(opgeheven)).toEqual(['CONFLICT']);
          expect([na.opgehevenOp, status]).toEqual([null, 'BIJ_BUURTPANEL']);
        } else {
          expect(codes(voorgelegd)).toEqual(['BAD_USER_INPUT']);
          expect(na.opgehevenOp).not.toBeNull();
          expect(status).toBe('IN_BEHANDELING');
        }
      }
    });
  });
});
