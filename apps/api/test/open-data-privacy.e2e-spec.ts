/**
 * docs/domein.md, invariant 12: public views and open-data exports show no personal data of residents.
 *
 * Seeds residents whose names, e-mail addresses and phone numbers end up in the database through
 * every door that takes them (sign-ups without an account, initiatives and their reports,
 * declarations of interest, signals, board seats and office holders linked to a sign-in identity),
 * then reads EVERYTHING that is public: every GET operation of the OpenAPI document in every
 * format it offers (following `Link` pages), and every public GraphQL list with every field that
 * an anonymous caller or an unrelated resident may select. Any seeded string, or anything that
 * looks like an e-mail address or a Dutch phone number, fails the test with where it was found.
 */
import {
  getNamedType,
  GraphQLInterfaceType,
  GraphQLObjectType,
  type GraphQLSchema,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
  isUnionType,
} from 'graphql';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { Response } from 'supertest';
import { Rol } from '@buurtwerk/core';
import { type TestContext, testContext } from '../../../test/harness';
import { initiatiefInput, opslaan, zetOp } from './initiatieven.helpers';

/** Residents (personal data) and sign-in identities (`sub`) that must never be public. */
const ANNA = {
  sub: 'oidc-bewoner-anna-7f3a91',
  naam: 'Anna Quaedvlieg',
  email: 'anna.quaedvlieg@mail.example',
  tel: '06-12345678',
};
const SJEF = {
  sub: 'oidc-bewoner-sjef-22b4',
  naam: 'Sjef Zwietering',
  email: 'Sjef.Zwietering@post.example',
  tel: '045-5712345',
};
const MIA = { sub: 'oidc-bewoner-mia-90c1', naam: 'Mia Brouwershaven', email: 'mia.b@voorbeeld.example', tel: '+31 6 87654321' };
const BESTUURDER_SUB = 'oidc-bestuurder-geheim-91';
const RAADSLID_SUB = 'oidc-raadslid-geheim-42';
const PARTNER_SUB = 'oidc-partner-geheim-55';

const GEHEIMEN = [
  ...[ANNA, SJEF, MIA].flatMap((r) => [r.sub, r.naam, r.naam.split(' ')[1], r.email, r.tel, r.tel.replace(/\D/g, '')]),
  BESTUURDER_SUB,
  RAADSLID_SUB,
  PARTNER_SUB,
];

const EMAIL = /[A-Z0-9._%+-]+@[A-Z0-9-]+(?:\.[A-Z0-9-]+)*\.[A-Z]{2,}/gi;
/** Dutch numbers: 0 or +31/0031, then 9 digits with optional spaces, dots or dashes (06-12345678, 045 571 2345, +31 6 ...). */
const TELEFOON = /(?<![\w.])(?:\+31|0031|0)[\s.-]?(?:\(0\)[\s.-]?)?[1-9](?:[\s.-]?\d){8}(?!\d)/g;
/** Not personal: the UID of calendar events is written like an address (RFC 5545 3.8.4.7). */
const PUBLIEKE_ADRESSEN = /@buurtwerk\.heerlen\.nl$/i;

interface Bevinding {
  waar: string;
  wat: string;
}

/** Everything personal in `tekst` (unfolded first, so a folded iCalendar line hides nothing). */
function zoekPersoonsgegevens(waar: string, ruw: string): Bevinding[] {
  const tekst = ruw.replace(/\r\n[ \t]/g, '');
  const klein = tekst.toLowerCase();
  const gevonden: Bevinding[] = GEHEIMEN.filter((g) => klein.includes(g.toLowerCase())).map((g) => ({ waar, wat: g }));
  for (const m of tekst.match(EMAIL) ?? []) {
    if (!PUBLIEKE_ADRESSEN.test(m)) {
      gevonden.push({ waar, wat: `e-mailadres ${m}` });
    }
  }
  for (const m of tekst.match(TELEFOON) ?? []) {
    gevonden.push({ waar, wat: `telefoonnummer ${m}` });
  }
  return gevonden;
}

function alsTekst(res: Response): string {
  return typeof res.body === 'string' ? res.body : res.text;
}

// ---------------------------------------------------------------- GraphQL selections

interface Veld {
  naam: string;
  kinderen: Veld[];
}

const MAX_DIEPTE = 6;
/** A full scan sends a few hundred deep queries; generous on a busy CI machine. */
const SCAN_TIJD = 240_000;

/** Every field an object type offers (no required arguments), nested until MAX_DIEPTE or a cycle. */
function velden(schema: GraphQLSchema, type: GraphQLObjectType | GraphQLInterfaceType, diepte: number, pad: string[]): Veld[] {
  const uit: Veld[] = [];
  for (const veld of Object.values(type.getFields())) {
    if (veld.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) {
      continue;
    }
    const doel = getNamedType(veld.type);
    if (isLeafType(doel)) {
      uit.push({ naam: veld.name, kinderen: [] });
    } else if (diepte < MAX_DIEPTE && !pad.includes(doel.name)) {
      const kinderen = selectieVoor(schema, doel, diepte + 1, [...pad, doel.name]);
      if (kinderen.length > 0) {
        uit.push({ naam: veld.name, kinderen });
      }
    }
  }
  return uit;
}

function selectieVoor(schema: GraphQLSchema, type: ReturnType<typeof getNamedType>, diepte: number, pad: string[]): Veld[] {
  if (isObjectType(type)) {
    return [{ naam: '__typename', kinderen: [] }, ...velden(schema, type, diepte, pad)];
  }
  if (isInterfaceType(type) || isUnionType(type)) {
    return [
      { naam: '__typename', kinderen: [] },
      ...schema
        .getPossibleTypes(type)
        .map((t) => ({ naam: `... on ${t.name}`, kinderen: velden(schema, t, diepte, [...pad, t.name]) })),
    ];
  }
  return [];
}

function render(selectie: Veld[]): string {
  return selectie.map((v) => (v.kinderen.length > 0 ? `${v.naam} { ${render(v.kinderen)} }` : v.naam)).join(' ');
}

/** Removes the field at `pad` (field names; inline fragments are looked through). */
function verwijder(selectie: Veld[], pad: string[]): boolean {
  const [naam, ...rest] = pad;
  let weg = false;
  for (let i = selectie.length - 1; i >= 0; i--) {
    const v = selectie[i];
    if (v.naam.startsWith('... on ')) {
      weg = verwijder(v.kinderen, pad) || weg;
    } else if (v.naam === naam) {
      if (rest.length === 0 || !verwijder(v.kinderen, rest)) {
        selectie.splice(i, 1);
      }
      weg = true;
    }
  }
  return weg;
}

describe('Open data en publieke weergaven bevatten geen persoonsgegevens (invariant 12)', () => {
  let ctx: TestContext;
  let schema: GraphQLSchema;
  const nodeIds: string[] = [];
  const referenties: string[] = [];

  beforeAll(async () => {
    // The scan asks every field of every list at once: far above the cost limit of real clients.
    // The scan asks every field of every list at once: above the edge's limits for normal clients.
    ctx = await testContext({ GRAPHQL_MAX_KOSTEN: String(Number.MAX_SAFE_INTEGER), GRAPHQL_MAX_VELDEN: '100000' });
    const regisseur = await ctx.tokenFor(Rol.BUURTREGISSEUR, { sub: 'regisseur-privacy', name: 'Rik Regisseur' });
    const beheerder = await ctx.tokenFor(Rol.BEHEERDER, { sub: 'beheerder-privacy' });
    const griffie = await ctx.tokenFor(Rol.GRIFFIE, { sub: 'griffie-privacy' });
    const anna = await ctx.tokenFor(Rol.BEWONER, { sub: ANNA.sub, name: ANNA.naam, email: ANNA.email, buurtcode: 'BU09171001' });
    // Sjef is the neighbour and a colleague: one can only declare an interest in an initiative one
    // may see (issue 15), and staff see it from submission on.
    const sjef = await ctx.tokenFor(Rol.BEWONER, {
      sub: SJEF.sub,
      name: SJEF.naam,
      email: SJEF.email,
      roles: [Rol.BEWONER, Rol.BUURTREGISSEUR],
    });
    const mia = await ctx.tokenFor(Rol.BEWONER, { sub: MIA.sub, name: MIA.naam, email: MIA.email });
    const buurt = async (code: string) =>
      (await ctx.gqlOk<{ buurt: { id: string } }>('query($c: String) { buurt(code: $c) { id } }', { c: code })).buurt.id;
    const terschuren = await buurt('BU09171001');
    const maria = await buurt('BU09171000');

    // An organisation with a board seat linked to a sign-in identity, and a partner user.
    const orgId = (
      await ctx.gqlOk<{ organisatieRegistreren: { id: string } }>(
        'mutation($input: OrganisatieInput!) { organisatieRegistreren(input: $input) { id } }',
        { input: { naam: 'Stichting Buurtleven (privacy)', soort: 'STICHTING', buurtIds: [terschuren] } },
        beheerder,
      )
    ).organisatieRegistreren.id;
    await ctx.gqlOk(
      'mutation($input: BestuursfunctieInput!) { bestuursfunctieToevoegen(input: $input) { id } }',
      {
        input: {
          organisatieId: orgId,
          persoon: 'Bram Bestuurder',
          functie: 'Voorzitter',
          vanaf: '2026-01-01',
          gebruikerId: BESTUURDER_SUB,
        },
      },
      beheerder,
    );
    await ctx.gqlOk(
      'mutation($o: ID!, $g: ID!) { partnerKoppelen(organisatieId: $o, gebruikerId: $g) { id } }',
      { o: orgId, g: PARTNER_SUB },
      beheerder,
    );
    const partner = await ctx.tokenFor(Rol.PARTNER, { sub: PARTNER_SUB, name: 'Petra Partner' });
    nodeIds.push(
      (
        await ctx.gqlOk<{ activiteitPubliceren: { id: string } }>(
          'mutation($input: ActiviteitInput!) { activiteitPubliceren(input: $input) { id } }',
          {
            input: {
              titel: 'Buurtmoestuin (privacy)',
              begin: '2030-05-01T10:00:00+02:00',
              eind: '2030-05-01T12:00:00+02:00',
              buurtId: terschuren,
              organisatorId: orgId,
            },
          },
          partner,
        )
      ).activiteitPubliceren.id,
      orgId,
    );

    // An office holder linked to a sign-in identity, with a side position at the organisation.
    const ambtsdragerId = (
      await ctx.gqlOk<{ ambtsdragerRegistreren: { id: string } }>(
        'mutation($input: AmbtsdragerInput!) { ambtsdragerRegistreren(input: $input) { id } }',
        {
          input: {
            naam: 'Ria Raadslid',
            functie: 'RAADSLID',
            partij: 'Buurtpartij',
            vanaf: '2026-03-30',
            gebruikerId: RAADSLID_SUB,
          },
        },
        griffie,
      )
    ).ambtsdragerRegistreren.id;
    await ctx.gqlOk(
      'mutation($input: NevenfunctieInput!) { nevenfunctieMelden(input: $input) { id } }',
      {
        input: {
          ambtsdragerId,
          organisatieId: orgId,
          organisatieNaam: 'Stichting Buurtleven (privacy)',
          functie: 'Penningmeester',
          bezoldigd: false,
          vanaf: '2026-04-01',
        },
      },
      griffie,
    );
    nodeIds.push(ambtsdragerId);

    // A network meeting with sign-ups: without an account (Sjef) and with one (Mia).
    const bijeenkomstId = (
      await ctx.gqlOk<{ netwerkbijeenkomstPlannen: { id: string } }>(
        'mutation($input: NetwerkbijeenkomstInput!) { netwerkbijeenkomstPlannen(input: $input) { id } }',
        {
          input: {
            titel: 'Netwerkbijeenkomst (privacy)',
            thema: 'Samen in de buurt',
            begin: '2030-03-15T19:00:00+01:00',
            eind: '2030-03-15T21:30:00+01:00',
            buurtId: maria,
            locatie: 'Buurthuis',
            capaciteit: 1,
          },
        },
        regisseur,
      )
    ).netwerkbijeenkomstPlannen.id;
    nodeIds.push(bijeenkomstId);
    const aanmelden = async (invoer: Record<string, unknown>, token?: string) =>
      (
        await ctx.gqlOk<{ aanmelden: { id: string } }>(
          'mutation($input: AanmeldingInput!) { aanmelden(input: $input) { id } }',
          { input: { bijeenkomstId, ...invoer } },
          token,
        )
      ).aanmelden.id;
    nodeIds.push(
      await aanmelden({
        naam: SJEF.naam,
        email: SJEF.email,
        rol: 'bewoner',
        wensen: `Rolstoel; bel ${SJEF.tel}`,
        organisatieId: orgId,
      }),
      await aanmelden({ naam: MIA.naam, email: MIA.email, wensen: `Vegetarisch, ${MIA.tel}` }, mia),
    );

    // Initiatives of Anna: settled, granted, and one still under review; Sjef declares an interest.
    const o = await zetOp(ctx, 1_000_000);
    const mut = async (veld: string, args: string, vars: Record<string, unknown>, token: string) =>
      (
        await ctx.gqlOk<Record<string, { id: string; referentie: string; aanvragen: Array<{ id: string }> }>>(
          `mutation(${args}) { ${veld} { id referentie aanvragen { id } } }`,
          vars,
          token,
        )
      )[veld.split('(')[0]];
    const initiatief = async (titel: string, tot: 'INGEDIEND' | 'TOEGEKEND' | 'VASTGESTELD') => {
      const basis = initiatiefInput(o, 60_000, 10_000, { titel });
      const [geld, ...overige] = basis.aanvragen;
      // Personal data in the request's explanation: only the initiator and staff may see it.
      const invoer = { ...basis, aanvragen: [{ ...geld, toelichting: `Tafels; bel ${ANNA.naam} op ${ANNA.tel}` }, ...overige] };
      const c = await opslaan(ctx, anna, invoer);
      const ingediend = await mut('initiatiefIndienen(id: $id)', '$id: ID!', { id: c.id }, anna);
      nodeIds.push(c.id);
      await ctx.gqlOk(
        'mutation($id: ID!, $t: String!) { belangVerklaren(initiatiefId: $id, toelichting: $t) { persoon } }',
        { id: c.id, t: `Ik ben de buurman; mail ${SJEF.email}` },
        sjef,
      );
      if (tot === 'INGEDIEND') {
        return;
      }
      referenties.push(ingediend.referentie);
      await mut('initiatiefInBehandelingNemen(id: $id)', '$id: ID!', { id: c.id }, regisseur);
      const aanvraagId = ingediend.aanvragen[0].id;
      await mut(
        'besluitNemen(input: $input)',
        '$input: BesluitInput!',
        {
          input: {
            initiatiefId: c.id,
            uitkomst: 'TOEGEKEND',
            motivering: 'Past bij de buurtaktie.',
            bedragen: [{ aanvraagId, bedrag: 50_000 }],
          },
        },
        o.beleid,
      );
      if (tot === 'TOEGEKEND') {
        return;
      }
      await mut(
        'uitvoeringMelden(id: $id, verslag: $v, werkelijkeKosten: 45000)',
        '$id: ID!, $v: String!',
        { id: c.id, v: `Gelukt. Vragen? ${ANNA.naam}, ${ANNA.email}, ${ANNA.tel}` },
        anna,
      );
      await mut(
        'subsidieVaststellen(id: $id, bedragen: $b, toelichting: $t, grond: WERKELIJKE_KOSTEN_LAGER)',
        '$id: ID!, $b: [ToekenningInput!]!, $t: String',
        { id: c.id, b: [{ aanvraagId, bedrag: 40_000 }], t: `Lager; afgestemd met ${ANNA.naam}.` },
        o.beleid,
      );
    };
    await initiatief('Straatfeest Terschuren (privacy)', 'VASTGESTELD');
    await initiatief('Jeu de boules (privacy)', 'TOEGEKEND');
    await initiatief('Nog in behandeling (privacy)', 'INGEDIEND');

    // A signal by Mia, with her phone number in the text.
    const { signaalcategorieen } = await ctx.gqlOk<{ signaalcategorieen: Array<{ naam: string }> }>(
      '{ signaalcategorieen { naam } }',
    );
    nodeIds.push(
      (
        await ctx.gqlOk<{ signaalMelden: { id: string } }>(
          'mutation($input: SignaalInput!) { signaalMelden(input: $input) { id } }',
          {
            input: {
              buurtId: terschuren,
              categorie: signaalcategorieen[0].naam,
              omschrijving: `Losse stoeptegel. Bel ${MIA.tel}`,
            },
          },
          mia,
        )
      ).signaalMelden.id,
    );

    // The schema the server runs (full introspection would exceed the query depth limit).
    schema = ctx.app.get(GraphQLSchemaHost).schema;
  }, 120_000);
  afterAll(() => ctx.close());

  it('heeft echt persoonsgegevens opgeslagen (anders bewijst deze test niets)', async () => {
    const [aanmeldingen] = (await ctx.dataSource.query(
      `SELECT count(*)::int AS n FROM aanmelding WHERE naam IN ($1, $2) AND wensen LIKE '%' || $3 || '%'`,
      [SJEF.naam, MIA.naam, SJEF.tel],
    )) as Array<{ n: number }>;
    expect(aanmeldingen.n).toBe(1);
    const [initiatieven] = (await ctx.dataSource.query(
      `SELECT count(*)::int AS n FROM initiatief WHERE indiener_naam = $1 AND indiener_email = $2`,
      [ANNA.naam, ANNA.email],
    )) as Array<{ n: number }>;
    expect(initiatieven.n).toBe(3);
    const [bestuur] = (await ctx.dataSource.query(`SELECT count(*)::int AS n FROM bestuursfunctie WHERE gebruiker_id = $1`, [
      BESTUURDER_SUB,
    ])) as Array<{ n: number }>;
    expect(bestuur.n).toBe(1);
    expect(zoekPersoonsgegevens('zelftest', `Bel ${ANNA.tel.replace('-', ' ')} of mail X@Y.example`).map((b) => b.wat)).toEqual([
      'e-mailadres X@Y.example',
      'telefoonnummer 06 12345678',
    ]);
  });

  it('lekt niets via de REST-feeds: elke GET uit het OpenAPI-document, in elk formaat, alle pagina’s', async () => {
    const doc = (await ctx.http().get('/api/v1/openapi.json')).body as {
      paths: Record<
        string,
        {
          get?: {
            parameters?: Array<{
              name: string;
              in: string;
              required?: boolean;
              example?: unknown;
              schema?: { example?: unknown };
            }>;
            responses: Record<string, { content?: Record<string, unknown> }>;
          };
        }
      >;
    };
    const paden = Object.keys(doc.paths);
    expect(paden).toEqual(
      expect.arrayContaining([
        '/buurten',
        '/activiteiten',
        '/netwerkbijeenkomsten',
        '/nevenfunctieregister',
        '/open-data/initiatieven',
      ]),
    );
    const voorbeeld: Record<string, string> = { buurtcode: 'BU09171001' };
    const bevindingen: Bevinding[] = [];
    let alles = '';
    for (const [pad, item] of Object.entries(doc.paths)) {
      // The object resources (/{soort}/{id}) answer one object through node(id): scanned below with node(id).
      if (!item.get || pad.endsWith('/{id}')) {
        continue;
      }
      // Required query parameters (e.g. the year of the year report) take the document's example.
      const verplicht = (item.get.parameters ?? [])
        .filter((p) => p.in === 'query' && p.required)
        .map((p) => `${encodeURIComponent(p.name)}=${encodeURIComponent(String(p.example ?? p.schema?.example ?? ''))}`);
      const basis =
        `/api/v1${pad.replace(/\{(\w+)\}/g, (_, naam: string) => voorbeeld[naam] ?? `onbekend-${naam}`)}` +
        (verplicht.length > 0 ? `?${verplicht.join('&')}` : '');
      for (const formaat of Object.keys(item.get.responses['200']?.content ?? { 'application/json': {} })) {
        let url: string | null = basis;
        let paginas = 0;
        while (url && paginas < 50) {
          const res = await ctx
            .http()
            .get(url)
            .set('accept', formaat)
            .buffer(true)
            .parse((r, klaar) => {
              let data = '';
              r.setEncoding('utf8');
              r.on('data', (d: string) => (data += d));
              r.on('end', () => klaar(null, data));
            });
          expect({ url, formaat, status: res.status }).toEqual({ url, formaat, status: 200 });
          const tekst = alsTekst(res);
          alles += tekst;
          bevindingen.push(...zoekPersoonsgegevens(`GET ${url} (${formaat})`, tekst));
          const link = /<([^>]+)>;\s*rel="next"/.exec(String(res.headers.link ?? ''));
          url = link ? link[1] : null;
          paginas += 1;
        }
      }
    }
    expect(bevindingen).toEqual([]);
    // The seeded public data was really read: the scan looked at the right records.
    for (const zichtbaar of [
      'Buurtmoestuin (privacy)',
      'Netwerkbijeenkomst (privacy)',
      'Stichting Buurtleven (privacy)',
      'Ria Raadslid',
      'Straatfeest Terschuren (privacy)',
      ...referenties,
    ]) {
      expect(alles).toContain(zichtbaar);
    }
    expect(alles).not.toContain('Nog in behandeling (privacy)');
  });

  /**
   * Every root list of the schema (no required arguments) with every field the caller may see:
   * a field that answers with an error (not allowed) is left out and the query asked again.
   */
  async function leesGraphql(bearer: string | null): Promise<{ bevindingen: Bevinding[]; tekst: string }> {
    const bevindingen: Bevinding[] = [];
    const gelezen: string[] = [];
    for (const wortel of Object.values(schema.getQueryType()!.getFields())) {
      if (wortel.name === 'node' || wortel.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) {
        continue;
      }
      const doel = getNamedType(wortel.type);
      const selectie: Veld[] = [
        { naam: wortel.name, kinderen: isLeafType(doel) ? [] : selectieVoor(schema, doel, 1, [doel.name]) },
      ];
      for (let poging = 0; poging < 40 && selectie.length > 0; poging++) {
        const res = await ctx.gql(`{ ${render(selectie)} }`, {}, bearer);
        const paden = (res.errors ?? []).map((e) => (e as { path?: Array<string | number> }).path);
        if (paden.length === 0 || paden.some((p) => !p)) {
          expect({ wortel: wortel.name, fouten: res.errors ?? [] }).toEqual({ wortel: wortel.name, fouten: [] });
          const tekst = JSON.stringify(res.data);
          gelezen.push(tekst);
          bevindingen.push(...zoekPersoonsgegevens(`GraphQL ${wortel.name}`, tekst));
          break;
        }
        for (const p of paden) {
          verwijder(
            selectie,
            // graphql-jit reports list indices as strings ("0"): they are not field names.
            p!.filter((d): d is string => typeof d === 'string' && !/^\d+$/.test(d)),
          );
        }
      }
    }
    return { bevindingen, tekst: gelezen.join('\n') };
  }

  it(
    'vindt de gegevens wel als de bewoner zelf kijkt (de GraphQL-scan bereikt persoonsgegevens)',
    async () => {
      // Anna sees her own data (mijnInitiatieven, ik): the same scan must report it. Checked as the
      // resident rather than as staff, so no staff read-audit is involved.
      const anna = await ctx.tokenFor(Rol.BEWONER, { sub: ANNA.sub, name: ANNA.naam, email: ANNA.email });
      const { bevindingen } = await leesGraphql(anna);
      expect([...new Set(bevindingen.map((b) => b.wat))]).toEqual(expect.arrayContaining([ANNA.naam, ANNA.tel, ANNA.email]));
    },
    SCAN_TIJD,
  );

  describe.each([
    ['anoniem', async () => null],
    ['als een andere bewoner', async () => ctx.tokenFor(Rol.BEWONER, { sub: 'oidc-buurman-bob', name: 'Buurman Bob' })],
  ])('lekt niets via de publieke GraphQL-lijsten (%s)', (_wie, token) => {
    it(
      'met elk veld dat de aanroeper mag opvragen',
      async () => {
        const { bevindingen, tekst } = await leesGraphql(await token());
        expect(bevindingen).toEqual([]);
        for (const zichtbaar of [
          'Buurtmoestuin (privacy)',
          'Netwerkbijeenkomst (privacy)',
          'Ria Raadslid',
          'Penningmeester',
          ...referenties,
        ]) {
          expect(tekst).toContain(zichtbaar);
        }
      },
      SCAN_TIJD,
    );

    it(
      'ook niet via node() op de ids van wat bewoners invoerden',
      async () => {
        const bearer = await token();
        const node = schema.getQueryType()!.getFields().node;
        const selectie = selectieVoor(schema, getNamedType(node.type), 1, ['Node']);
        const bevindingen: Bevinding[] = [];
        for (const id of nodeIds) {
          const kopie = structuredClone(selectie);
          for (let poging = 0; poging < 40; poging++) {
            const res = await ctx.gql(`query($id: ID!) { node(id: $id) { ${render(kopie)} } }`, { id }, bearer);
            const paden = (res.errors ?? []).map((e) => (e as { path?: Array<string | number> }).path);
            bevindingen.push(...zoekPersoonsgegevens(`GraphQL node(${id})`, JSON.stringify(res.data ?? null)));
            if (paden.length === 0 || paden.some((p) => !p || p.length <= 1)) {
              break;
            }
            for (const p of paden) {
              verwijder(
                kopie,
                p!.slice(1).filter((d): d is string => typeof d === 'string'),
              );
            }
          }
        }
        expect(bevindingen).toEqual([]);
      },
      SCAN_TIJD,
    );
  });
});
