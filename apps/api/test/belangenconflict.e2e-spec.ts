import { DataSource } from 'typeorm';
import { DomainError, FoutCode, Rol } from '@buurtwerk/core';
import { BelangenconflictService, ConflictGrond } from '@buurtwerk/conflict-of-interest';
import { foutcodes, type TestContext, testContext } from '../../../test/harness';

const dbId = (globalId: string): string => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1];
const globalId = (type: string, id: string): string => Buffer.from(`${type}:${id}`).toString('base64url');

/**
 * An initiative row to declare an interest on. The initiatives module owns `initiatief`; when its
 * migration is not there yet, this file's own database gets a stand-in table with just the id.
 * With the real table, required columns are filled by type (and the first value a CHECK allows),
 * with foreign keys and triggers off for this one session: only the row's existence matters here.
 */
async function nieuwInitiatief(ds: DataSource): Promise<string> {
  const [{ bestaat }] = await ds.query<Array<{ bestaat: boolean }>>(`SELECT to_regclass('initiatief') IS NOT NULL AS bestaat`);
  if (!bestaat) {
    await ds.query('CREATE TABLE IF NOT EXISTS initiatief (id uuid PRIMARY KEY DEFAULT gen_random_uuid())');
    return (await ds.query<Array<{ id: string }>>('INSERT INTO initiatief DEFAULT VALUES RETURNING id'))[0].id;
  }
  const qr = ds.createQueryRunner();
  await qr.connect();
  try {
    await qr.startTransaction();
    await qr.query('SET LOCAL session_replication_role = replica');
    const kolommen = (await qr.query(
      `SELECT column_name AS naam, data_type AS type FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name = 'initiatief' AND is_nullable = 'NO' AND column_default IS NULL`,
    )) as Array<{ naam: string; type: string }>;
    const checks = (
      (await qr.query(
        `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = 'initiatief'::regclass AND contype = 'c'`,
      )) as Array<{ def: string }>
    ).map((r) => r.def);
    const waarde = (naam: string, type: string): unknown => {
      const check = checks.find((c) => new RegExp(`\\b${naam}\\b`).test(c) && /'([^']*)'/.test(c));
      if (check) {
        return /'([^']*)'/.exec(check)![1];
      }
      if (type === 'ARRAY') {
        return '{}';
      }
      if (type === 'uuid') {
        return '00000000-0000-4000-8000-000000000000';
      }
      if (type === 'integer' || type === 'bigint' || type === 'numeric' || type === 'smallint') {
        return 0;
      }
      if (type === 'boolean') {
        return false;
      }
      if (type === 'date') {
        return '2027-01-01';
      }
      if (type.startsWith('timestamp')) {
        return new Date();
      }
      if (type === 'jsonb' || type === 'json') {
        return '{}';
      }
      return 'test';
    };
    const namen = kolommen.map((k) => `"${k.naam}"`);
    const params = kolommen.map((k) => waarde(k.naam, k.type));
    const sql =
      kolommen.length === 0
        ? 'INSERT INTO initiatief DEFAULT VALUES RETURNING id'
        : `INSERT INTO initiatief (${namen.join(', ')}) VALUES (${params.map((_p, i) => `$${i + 1}`).join(', ')}) RETURNING id`;
    const [{ id }] = (await qr.query(sql, params)) as Array<{ id: string }>;
    await qr.commitTransaction();
    return id;
  } catch (e) {
    await qr.rollbackTransaction();
    throw e;
  } finally {
    await qr.release();
  }
}

/** docs/domein.md, invariant 7: conflicts of interest oblige stepping aside, matched by identity links only. */
describe('Belangenconflicten', () => {
  let ctx: TestContext;
  let service: BelangenconflictService;
  let griffie: string;
  let beheerder: string;
  let organisatieId: string;
  const INITIATIEF = '00000000-0000-4000-8000-00000000c0de';

  const registreer = async (input: Record<string, unknown>) =>
    (
      await ctx.gqlOk<{ ambtsdragerRegistreren: { id: string } }>(
        'mutation($input: AmbtsdragerInput!) { ambtsdragerRegistreren(input: $input) { id } }',
        { input: { functie: 'RAADSLID', vanaf: '2026-03-30', ...input } },
        griffie,
      )
    ).ambtsdragerRegistreren.id;

  const meld = async (input: Record<string, unknown>) =>
    (
      await ctx.gqlOk<{ nevenfunctieMelden: { id: string } }>(
        'mutation($input: NevenfunctieInput!) { nevenfunctieMelden(input: $input) { id } }',
        { input: { functie: 'Bestuurslid', bezoldigd: false, vanaf: '2025-01-01', ...input } },
        griffie,
      )
    ).nevenfunctieMelden.id;

  const bestuursfunctie = (input: Record<string, unknown>) =>
    ctx.gqlOk(
      'mutation($input: BestuursfunctieInput!) { bestuursfunctieToevoegen(input: $input) { id } }',
      { input: { organisatieId: globalId('Organisatie', organisatieId), functie: 'Voorzitter', vanaf: '2020-01-01', ...input } },
      beheerder,
    );

  const vraag = (extra: Record<string, unknown> = {}) => ({
    initiatiefId: INITIATIEF,
    organisatieId,
    indienerSub: 'sub-indiener',
    indienerNaam: 'Indira Indiener',
    peildatum: '2027-03-15',
    ...extra,
  });

  const samenvatting = (lijst: Array<{ grond: ConflictGrond; persoon: string; organisatieDbId: string | null }>) =>
    lijst.map((c) => [c.grond, c.persoon, c.organisatieDbId]);

  async function verwachtConflict(p: Promise<unknown>, tekst: string): Promise<void> {
    const fout = await p.then(
      () => null,
      (e: unknown) => e,
    );
    expect(fout).toBeInstanceOf(DomainError);
    expect((fout as DomainError).code).toBe(FoutCode.BELANGENCONFLICT);
    expect((fout as DomainError).message).toContain(tekst);
    expect((fout as DomainError).message).toContain(
      'u moet zich verschonen. Laat een collega zonder belang dit dossier behandelen.',
    );
  }

  beforeAll(async () => {
    ctx = await testContext();
    service = ctx.app.get(BelangenconflictService);
    griffie = await ctx.tokenFor(Rol.GRIFFIE);
    beheerder = await ctx.tokenFor(Rol.BEHEERDER);
    const org = await ctx.gqlOk<{ organisatieRegistreren: { id: string } }>(
      'mutation($input: OrganisatieInput!) { organisatieRegistreren(input: $input) { id } }',
      { input: { naam: 'Stichting Buurthuis Molenberg', soort: 'STICHTING', buurtIds: [] } },
      beheerder,
    );
    organisatieId = dbId(org.organisatieRegistreren.id);
    const orgGid = org.organisatieRegistreren.id;

    // A board member with a sign-in link, and one without (only linked seats can be matched).
    await bestuursfunctie({ persoon: 'Bert Bestuur', gebruikerId: 'sub-bert' });
    await bestuursfunctie({ persoon: 'Olga Ongekoppeld', functie: 'Secretaris' });
    // A council member with a side position at the applicant, linked by the organisation's id.
    const rood = await registreer({ naam: 'Raadslid Rood', gebruikerId: 'sub-rood' });
    await meld({
      ambtsdragerId: rood,
      organisatieId: orgGid,
      organisatieNaam: 'Stichting Buurthuis Molenberg',
      functie: 'Penningmeester',
    });
    // An alderman whose side position has the same organisation *name*, but no link: no conflict.
    const wit = await registreer({ naam: 'Wethouder Wit', functie: 'WETHOUDER', gebruikerId: 'sub-wit' });
    await meld({ ambtsdragerId: wit, organisatieNaam: 'Stichting Buurthuis Molenberg' });
    // A former side position that ended before the date of the check.
    const oud = await registreer({ naam: 'Oud-raadslid Oranje', gebruikerId: 'sub-oranje' });
    const oudeFunctie = await meld({
      ambtsdragerId: oud,
      organisatieId: orgGid,
      organisatieNaam: 'Stichting Buurthuis Molenberg',
      vanaf: '2024-01-01',
    });
    await ctx.gqlOk(
      'mutation($id: ID!) { nevenfunctieBeeindigen(id: $id, tot: "2026-12-31") { id } }',
      { id: oudeFunctie },
      griffie,
    );
  });
  afterAll(() => ctx.close());

  describe('conflictenVoor', () => {
    it('noemt indiener, ambtsdrager met actieve nevenfunctie en gekoppelde bestuurder van de aanvrager', async () => {
      const lijst = await service.conflictenVoor(vraag());
      expect(samenvatting(lijst)).toEqual([
        [ConflictGrond.INDIENER, 'Indira Indiener', null],
        [ConflictGrond.NEVENFUNCTIE, 'Raadslid Rood', organisatieId],
        [ConflictGrond.BESTUURSFUNCTIE, 'Bert Bestuur', organisatieId],
      ]);
      expect(lijst.map((c) => c.gebruikerId)).toEqual(['sub-indiener', 'sub-rood', 'sub-bert']);
      expect(lijst[1].toelichting).toContain('Penningmeester bij Stichting Buurthuis Molenberg');
    });

    it('ziet een gelijke organisatienaam zonder koppeling niet als conflict', async () => {
      const lijst = await service.conflictenVoor(vraag());
      expect(lijst.map((c) => c.persoon)).not.toContain('Wethouder Wit');
      await expect(service.controleerGeenConflict({ ...vraag(), gebruikerSub: 'sub-wit' })).resolves.toHaveLength(3);
    });

    it('ziet een gelijke naam met een andere inlog niet als conflict', async () => {
      // Someone else called "Raadslid Rood" signs in: the sub decides, never the name.
      const token = await ctx.tokenFor(Rol.BELEIDSMEDEWERKER, { sub: 'sub-naamgenoot', name: 'Raadslid Rood' });
      expect(token).toBeTruthy();
      await expect(service.controleerGeenConflict({ ...vraag(), gebruikerSub: 'sub-naamgenoot' })).resolves.toHaveLength(3);
    });

    it('telt een nevenfunctie alleen op de dagen dat zij liep', async () => {
      const voorEinde = await service.conflictenVoor(vraag({ peildatum: '2026-12-31' }));
      expect(voorEinde.map((c) => c.persoon)).toContain('Oud-raadslid Oranje');
      const naEinde = await service.conflictenVoor(vraag({ peildatum: '2027-01-01' }));
      expect(naEinde.map((c) => c.persoon)).not.toContain('Oud-raadslid Oranje');
      const voorBegin = await service.conflictenVoor(vraag({ peildatum: '2024-12-31' }));
      expect(voorBegin.map((c) => c.persoon)).not.toContain('Raadslid Rood');
    });

    it('gebruikt zonder peildatum de datum van vandaag', async () => {
      const vandaag = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
      const zonder = { initiatiefId: INITIATIEF, organisatieId, indienerSub: 'sub-indiener' };
      const lijst = await service.conflictenVoor(zonder);
      expect(lijst).toEqual(await service.conflictenVoor({ ...zonder, peildatum: vandaag }));
      expect(lijst.map((c) => c.persoon)).toContain('Raadslid Rood');
      expect(lijst[0].persoon).toBe('De indiener van het initiatief');
    });

    it('noemt bij een bewonersinitiatief alleen de indiener', async () => {
      expect(samenvatting(await service.conflictenVoor(vraag({ organisatieId: null })))).toEqual([
        [ConflictGrond.INDIENER, 'Indira Indiener', null],
      ]);
    });
  });

  describe('controleerGeenConflict', () => {
    it('weigert een ambtsdrager met een nevenfunctie bij de aanvrager, met uitleg wat te doen', async () => {
      await verwachtConflict(
        service.controleerGeenConflict({ ...vraag(), gebruikerSub: 'sub-rood' }),
        'U heeft een nevenfunctie bij Stichting Buurthuis Molenberg',
      );
    });

    it('weigert een bestuurder van de aanvrager', async () => {
      await verwachtConflict(
        service.controleerGeenConflict({ ...vraag(), gebruikerSub: 'sub-bert' }),
        'U heeft een bestuursfunctie bij Stichting Buurthuis Molenberg',
      );
    });

    it('weigert de indiener zelf', async () => {
      await verwachtConflict(
        service.controleerGeenConflict({ ...vraag(), gebruikerSub: 'sub-indiener' }),
        'U heeft dit initiatief zelf ingediend',
      );
    });

    it('geeft iemand zonder belang de conflicten van anderen terug, om als verschoningen vast te leggen', async () => {
      const anderen = await service.controleerGeenConflict({ ...vraag(), gebruikerSub: 'sub-neutraal' });
      expect(anderen.map((c) => c.gebruikerId)).toEqual(['sub-indiener', 'sub-rood', 'sub-bert']);
    });

    it('laat een oud-raadslid na afloop van de nevenfunctie weer beslissen', async () => {
      await verwachtConflict(
        service.controleerGeenConflict({ ...vraag({ peildatum: '2026-06-01' }), gebruikerSub: 'sub-oranje' }),
        'U heeft een nevenfunctie',
      );
      await expect(
        service.controleerGeenConflict({ ...vraag({ peildatum: '2027-06-01' }), gebruikerSub: 'sub-oranje' }),
      ).resolves.toBeDefined();
    });
  });

  describe('belangVerklaren', () => {
    const VERKLAREN = `mutation($id: ID!, $t: String!) { belangVerklaren(initiatiefId: $id, toelichting: $t) { persoon grond toelichting organisatie { id } } }`;
    let initiatiefId: string;
    let initiatiefGid: string;

    beforeAll(async () => {
      initiatiefId = await nieuwInitiatief(ctx.dataSource);
      // One can only declare on an initiative one may see: this one is public (granted).
      await ctx.dataSource.query("UPDATE initiatief SET status = 'TOEGEKEND' WHERE id = $1", [initiatiefId]);
      initiatiefGid = globalId('Initiatief', initiatiefId);
    });

    const auditRegels = (gebruiker: string) =>
      ctx.dataSource.query<Array<{ actie: string }>>(
        `SELECT a.actie FROM register_audit a JOIN belang_verklaring v ON v.id = a.entiteit_id WHERE v.gebruiker_id = $1 ORDER BY a.op`,
        [gebruiker],
      );

    it('laat iedere ingelogde gebruiker een belang verklaren, één keer per initiatief', async () => {
      const token = await ctx.tokenFor(Rol.BEWONER, { sub: 'sub-vera', name: 'Vera Verklaard' });
      const eerste = await ctx.gqlOk<{ belangVerklaren: unknown }>(
        VERKLAREN,
        { id: initiatiefGid, t: 'De aanvrager is mijn zus.' },
        token,
      );
      expect(eerste.belangVerklaren).toEqual({
        persoon: 'Vera Verklaard',
        grond: 'VERKLARING',
        toelichting: 'De aanvrager is mijn zus.',
        organisatie: null,
      });
      // Again with the same text: nothing new.
      await ctx.gqlOk(VERKLAREN, { id: initiatiefGid, t: 'De aanvrager is mijn zus.' }, token);
      expect(await ctx.dataSource.query('SELECT 1 FROM belang_verklaring WHERE gebruiker_id = $1', ['sub-vera'])).toHaveLength(1);
      expect((await auditRegels('sub-vera')).map((r) => r.actie)).toEqual(['BELANG_VERKLAARD']);
      // A new text replaces the old one, and is audited.
      await ctx.gqlOk(VERKLAREN, { id: initiatiefGid, t: 'De aanvrager is mijn schoonzus.' }, token);
      expect((await auditRegels('sub-vera')).map((r) => r.actie)).toEqual(['BELANG_VERKLAARD', 'BELANGVERKLARING_GEWIJZIGD']);

      const lijst = await service.conflictenVoor({ initiatiefId, organisatieId: null, indienerSub: 'sub-indiener' });
      expect(lijst.map((c) => [c.grond, c.persoon, c.toelichting])).toContainEqual([
        ConflictGrond.VERKLARING,
        'Vera Verklaard',
        'De aanvrager is mijn schoonzus.',
      ]);
      await verwachtConflict(
        service.controleerGeenConflict({
          initiatiefId,
          organisatieId: null,
          indienerSub: 'sub-indiener',
          gebruikerSub: 'sub-vera',
        }),
        'U heeft zelf verklaard dat u een belang heeft bij dit initiatief',
      );
      // The declaration is about this initiative only.
      expect((await service.conflictenVoor(vraag())).map((c) => c.persoon)).not.toContain('Vera Verklaard');
    });

    it('legt gelijktijdige verklaringen van dezelfde gebruiker één keer vast', async () => {
      const token = await ctx.tokenFor(Rol.BUURTREGISSEUR, { sub: 'sub-race', name: 'Ricardo Race' });
      const antwoorden = await Promise.all(
        Array.from({ length: 8 }, () => ctx.gql(VERKLAREN, { id: initiatiefGid, t: 'Ik ben lid van de vereniging.' }, token)),
      );
      expect(antwoorden.flatMap((a) => foutcodes(a))).toEqual([]);
      expect(await ctx.dataSource.query('SELECT 1 FROM belang_verklaring WHERE gebruiker_id = $1', ['sub-race'])).toHaveLength(1);
      expect(await auditRegels('sub-race')).toHaveLength(1);
    });

    it('weigert wie niet is ingelogd', async () => {
      expect(foutcodes(await ctx.gql(VERKLAREN, { id: initiatiefGid, t: 'x' }, null))).toEqual(['UNAUTHENTICATED']);
    });

    it('weigert een onbekend initiatief, een id van een ander soort en ongeldige toelichtingen', async () => {
      const token = await ctx.tokenFor(Rol.BEWONER);
      const onbekend = globalId('Initiatief', '00000000-0000-4000-8000-000000000404');
      expect(foutcodes(await ctx.gql(VERKLAREN, { id: onbekend, t: 'x' }, token))).toEqual(['NOT_FOUND']);
      expect(foutcodes(await ctx.gql(VERKLAREN, { id: globalId('Organisatie', organisatieId), t: 'x' }, token))).toEqual([
        'BAD_USER_INPUT',
      ]);
      expect(foutcodes(await ctx.gql(VERKLAREN, { id: 'onzin', t: 'x' }, token))).toEqual(['BAD_USER_INPUT']);
      const leeg = await ctx.gql(VERKLAREN, { id: initiatiefGid, t: '  ' }, token);
      expect(leeg.errors?.[0].extensions?.velden).toEqual([{ veld: 'toelichting', melding: 'mag niet leeg zijn' }]);
      const lang = await ctx.gql(VERKLAREN, { id: initiatiefGid, t: 'x'.repeat(10_000) }, token);
      expect(foutcodes(lang)).toEqual(['BAD_USER_INPUT']);
      expect(lang.errors?.[0].extensions?.velden?.map((v) => v.veld)).toEqual(['toelichting']);
      expect(
        await ctx.dataSource.query('SELECT 1 FROM belang_verklaring WHERE initiatief_id = $1', [dbId(onbekend)]),
      ).toHaveLength(0);
    });
  });
});
