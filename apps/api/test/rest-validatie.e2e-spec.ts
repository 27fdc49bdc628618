/**
 * Response validation of every documented endpoint and media type (issue 24): the test walks
 * docs/openapi.json, calls each operation with each media type of its 200 answer and provokes
 * every error it can (400, 401, 404, 406), against an app with data in every feed. JSON bodies
 * (`application/json`, `application/geo+json`, `application/problem+json`) must validate against
 * the documented schema (ajv with formats, OpenAPI 3.0 `nullable`); CSV and iCalendar answers
 * must carry their media type and the structure their RFC asks for.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { amsterdamseDatum, plusDagen, Rol } from '@buurtwerk/core';
import { type TestContext, testContext } from '../../../test/harness';
import { initiatiefInput, opslaan, zetOp } from './initiatieven.helpers';
import { validate as valideerXml } from 'fast-xml-parser';

const ROOT = path.join(__dirname, '..', '..', '..');
const DOCUMENT = JSON.parse(readFileSync(path.join(ROOT, 'docs', 'openapi.json'), 'utf8')) as OpenApi;

interface Parameter {
  name: string;
  required?: boolean;
  in: 'path' | 'query';
  schema?: { type?: string; format?: string; example?: unknown };
}
interface Operatie {
  operationId: string;
  parameters?: Parameter[];
  responses: Record<string, { content?: Record<string, { schema: object }> }>;
}
interface OpenApi {
  servers: Array<{ url: string }>;
  paths: Record<string, Record<string, Operatie>>;
}

/** A JSON pointer segment (RFC 6901). */
const segment = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

const isJson = (mediatype: string) => /^application\/([a-z+.-]+\+)?json\b/.test(mediatype);

describe('Antwoorden van elk endpoint en formaat kloppen met docs/openapi.json', () => {
  let ctx: TestContext;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(DOCUMENT, 'openapi.json');
  /** Every (operation, status, media type) that was checked, to prove the walk covered them. */
  const gecontroleerd = new Set<string>();
  /** Path parameters of the object resources, and a token for those that are not public. */
  const objecten: Record<string, { id: string; token?: string }> = {};

  beforeAll(async () => {
    ctx = await testContext();
    const regisseur = await ctx.tokenFor(Rol.BUURTREGISSEUR, { sub: 'regisseur-validatie' });
    const griffie = await ctx.tokenFor(Rol.GRIFFIE, { sub: 'griffie-validatie' });
    const { buurt } = await ctx.gqlOk<{ buurt: { id: string } }>('{ buurt(code: "BU09171000") { id } }');
    // Something in every feed, with the optional fields both filled and empty.
    await ctx.gqlOk(
      'mutation($input: ActiviteitInput!) { activiteitPubliceren(input: $input) { id } }',
      {
        input: {
          titel: 'Buurtmoestuin',
          begin: '2030-04-01T10:00:00+02:00',
          eind: '2030-04-01T12:00:00+02:00',
          buurtId: buurt.id,
        },
      },
      regisseur,
    );
    await ctx.gqlOk(
      'mutation($input: ActiviteitInput!) { activiteitPubliceren(input: $input) { id } }',
      { input: { titel: 'Koffieochtend', begin: '2030-04-02T09:00:00+02:00', buurtId: buurt.id, locatie: 'Buurthuis, zaal 2' } },
      regisseur,
    );
    await ctx.gqlOk(
      'mutation($input: NetwerkbijeenkomstInput!) { netwerkbijeenkomstPlannen(input: $input) { id } }',
      {
        input: {
          titel: 'Netwerkbijeenkomst voorjaar',
          thema: 'Samen',
          begin: '2030-03-15T19:00:00+01:00',
          eind: '2030-03-15T21:30:00+01:00',
          buurtId: buurt.id,
          locatie: 'Buurthuis',
          capaciteit: 10,
        },
      },
      regisseur,
    );
    const { ambtsdragerRegistreren } = await ctx.gqlOk<{ ambtsdragerRegistreren: { id: string } }>(
      'mutation($input: AmbtsdragerInput!) { ambtsdragerRegistreren(input: $input) { id } }',
      {
        input: { naam: 'Ria Raadslid', functie: 'RAADSLID', partij: 'Buurtpartij', vanaf: '2026-03-30', gebruikerId: 'oidc-ria' },
      },
      griffie,
    );
    await ctx.gqlOk(
      'mutation($input: NevenfunctieInput!) { nevenfunctieMelden(input: $input) { id } }',
      {
        input: {
          ambtsdragerId: ambtsdragerRegistreren.id,
          organisatieNaam: 'Harmonie Heerlen',
          functie: 'Penningmeester',
          bezoldigd: false,
          vanaf: '2026-04-01',
        },
      },
      griffie,
    );
    const opzet = await zetOp(ctx, 1_000_000);
    const bewoner = await ctx.tokenFor(Rol.BEWONER, { sub: 'bewoner-validatie' });
    const concept = await opslaan(ctx, bewoner, initiatiefInput(opzet, 10_000, 2_000));
    await ctx.gqlOk('mutation($id: ID!) { initiatiefIndienen(id: $id) { id } }', { id: concept.id }, bewoner);
    await ctx.gqlOk('mutation($id: ID!) { initiatiefInBehandelingNemen(id: $id) { id } }', { id: concept.id }, opzet.beleid);
    const { node } = await ctx.gqlOk<{ node: { aanvragen: Array<{ id: string; gereserveerdBedrag: number | null }> } }>(
      'query($id: ID!) { node(id: $id) { ... on Initiatief { aanvragen { id gereserveerdBedrag } } } }',
      { id: concept.id },
      opzet.beleid,
    );
    await ctx.gqlOk(
      'mutation($input: BesluitInput!) { besluitNemen(input: $input) { status } }',
      {
        input: {
          initiatiefId: concept.id,
          uitkomst: 'TOEGEKEND',
          motivering: 'Het plan past in de regeling en het budget is toereikend.',
          bedragen: node.aanvragen.map((a) => ({ aanvraagId: a.id, bedrag: a.gereserveerdBedrag ?? 0 })),
        },
      },
      opzet.beleid,
    );
    // A volunteer request of the granted initiative, for the volunteering feed.
    await ctx.gqlOk(
      'mutation($input: VrijwilligersverzoekInput!) { vrijwilligersverzoekPlaatsen(input: $input) { id } }',
      {
        input: {
          titel: 'Helpen bij de opening',
          beschrijving: 'Stoelen zetten en koffie schenken.',
          thema: 'JEUGD',
          aantal: 3,
          begin: '2030-06-01T14:00:00+02:00',
          locatie: 'Buurthuis',
          buurtId: buurt.id,
          initiatiefId: concept.id,
          vaardigheden: ['koffie zetten'],
          minimumLeeftijd: 16,
        },
      },
      bewoner,
    );
    // The objects of the event resources (/{soort}/{id}): one of each, read with a token that may see it.
    const uuid = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1];
    const beheerder = await ctx.tokenFor(Rol.BEHEERDER);
    const { organisatieRegistreren } = await ctx.gqlOk<{ organisatieRegistreren: { id: string } }>(
      'mutation($input: OrganisatieInput!) { organisatieRegistreren(input: $input) { id } }',
      { input: { naam: 'Buurtvereniging Validatie', soort: 'VERENIGING', buurtIds: [buurt.id], website: 'https://example.org' } },
      beheerder,
    );
    const { signaalMelden } = await ctx.gqlOk<{ signaalMelden: { id: string } }>(
      'mutation($input: SignaalInput!) { signaalMelden(input: $input) { id } }',
      { input: { buurtId: buurt.id, categorie: 'Openbare ruimte', omschrijving: 'Losse tegel' } },
      beheerder,
    );
    const ids = await ctx.gqlOk<{
      activiteiten: { edges: Array<{ node: { id: string } }> };
      netwerkbijeenkomsten: Array<{ id: string }>;
    }>('{ activiteiten(first: 1) { edges { node { id } } } netwerkbijeenkomsten { id } }');
    objecten['/activiteiten/{id}'] = { id: uuid(ids.activiteiten.edges[0].node.id) };
    objecten['/netwerkbijeenkomsten/{id}'] = { id: uuid(ids.netwerkbijeenkomsten[0].id) };
    objecten['/organisaties/{id}'] = { id: uuid(organisatieRegistreren.id) };
    objecten['/initiatieven/{id}'] = { id: uuid(concept.id) };
    objecten['/signalen/{id}'] = { id: uuid(signaalMelden.id), token: beheerder };
    // Buurtregie: a need on a buurt's agenda and a plan put before residents, with an answered reaction.
    await ctx.gqlOk(
      'mutation($input: BehoefteInput!) { behoefteToevoegen(input: $input) { id } }',
      {
        input: {
          buurtId: buurt.id,
          soort: 'KNELPUNT',
          thema: 'verkeer',
          titel: 'Te hard rijden bij de school',
          omschrijving: 'Auto’s rijden te hard langs het schoolplein.',
          bron: 'ENQUETE',
          onderbouwing: 'Buurtenquête: 64% van 210 bewoners noemt dit.',
        },
      },
      opzet.beleid,
    );
    const vandaag = amsterdamseDatum(new Date());
    const { planRegistreren } = await ctx.gqlOk<{ planRegistreren: { id: string } }>(
      'mutation($input: PlanInput!) { planRegistreren(input: $input) { id } }',
      {
        input: {
          titel: 'Herinrichting plein',
          afdeling: 'Ruimtelijke ontwikkeling',
          startdatum: plusDagen(vandaag, 60),
          buurtIds: [buurt.id],
        },
      },
      opzet.beleid,
    );
    const { planParticipatieVoorbereiden: p } = await ctx.gqlOk<{ planParticipatieVoorbereiden: { id: string } }>(
      'mutation($planId: ID!, $input: ParticipatieInput!) { planParticipatieVoorbereiden(planId: $planId, input: $input) { id } }',
      {
        planId: planRegistreren.id,
        input: { vraag: 'Wat vindt u belangrijk?', openVan: vandaag, openTot: plusDagen(vandaag, 14) },
      },
      opzet.beleid,
    );
    await ctx.gqlOk('mutation($id: ID!) { planParticipatiePubliceren(id: $id) { id } }', { id: p.id }, opzet.beleid);
    const { planReageren } = await ctx.gqlOk<{ planReageren: { id: string } }>(
      'mutation($id: ID!, $input: PlanReactieInput!) { planReageren(participatieId: $id, input: $input) { id } }',
      { id: p.id, input: { tekst: 'Graag meer bomen.', standpunt: 'VOOR' } },
      bewoner,
    );
    await ctx.gqlOk(
      'mutation($id: ID!, $a: String!) { planReactieBeantwoorden(id: $id, antwoord: $a) { id } }',
      { id: planReageren.id, a: 'We planten acht bomen.' },
      opzet.beleid,
    );
  }, 120_000);
  afterAll(() => ctx.close());

  const operaties = Object.entries(DOCUMENT.paths).flatMap(([pad, item]) =>
    Object.entries(item).map(([methode, operatie]) => ({ pad, methode, operatie })),
  );

  /**
   * The URL of an operation: path parameters and required query parameters (e.g. the year of the
   * year report) filled with their documented example.
   */
  const url = (pad: string, operatie: Operatie, vervang: Record<string, string> = {}) => {
    const verplicht = (operatie.parameters ?? [])
      .filter((x) => x.in === 'query' && x.required)
      .map((x) => `${encodeURIComponent(x.name)}=${encodeURIComponent(String(x.schema?.example ?? ''))}`);
    return (
      DOCUMENT.servers[0].url +
      pad.replace(/\{([^}]+)\}/g, (_m, naam: string) => {
        const p = operatie.parameters?.find((x) => x.name === naam && x.in === 'path');
        return encodeURIComponent(vervang[naam] ?? String(p?.schema?.example ?? 'x'));
      }) +
      (verplicht.length > 0 ? `?${verplicht.join('&')}` : '')
    );
  };

  /** Validates a body against the schema the document gives for this status and media type. */
  const valideer = (pad: string, methode: string, status: string, mediatype: string, tekst: string) => {
    const pointer = ['paths', pad, methode, 'responses', status, 'content', mediatype, 'schema'].map(segment).join('/');
    const valideren = ajv.getSchema(`openapi.json#/${pointer}`);
    if (!valideren) {
      throw new Error(`Geen schema in het document voor ${methode} ${pad} ${status} ${mediatype}`);
    }
    const geldig = valideren(JSON.parse(tekst));
    expect({
      endpoint: `${methode.toUpperCase()} ${pad} ${status} ${mediatype}`,
      fouten: geldig ? [] : valideren.errors,
    }).toEqual({
      endpoint: `${methode.toUpperCase()} ${pad} ${status} ${mediatype}`,
      fouten: [],
    });
    gecontroleerd.add(`${methode} ${pad} ${status} ${mediatype}`);
  };

  it.each(operaties)('$methode $pad: elk formaat van het 200-antwoord volgt het document', async ({ pad, methode, operatie }) => {
    const formaten = Object.keys(operatie.responses['200'].content ?? {});
    expect(formaten.length).toBeGreaterThan(0);
    for (const mediatype of formaten) {
      const object = objecten[pad];
      const verzoek = ctx
        .http()
        .get(url(pad, operatie, object ? { id: object.id } : {}))
        .set('accept', mediatype);
      const res = object?.token ? await verzoek.set('authorization', `Bearer ${object.token}`) : await verzoek;
      expect({ mediatype, status: res.status }).toEqual({ mediatype, status: 200 });
      const [type] = mediatype.split(';');
      expect(res.headers['content-type']).toMatch(new RegExp(`^${type.replace(/[+/.]/g, '\\$&')}\\b`));
      if (isJson(type)) {
        valideer(pad, methode, '200', mediatype, res.text);
        // Every feed has data: an empty list would validate without proving the item schema.
        expect(res.text).not.toMatch(/^\{"[a-z]+":\[\]/);
      } else if (type === 'text/csv') {
        const excel = mediatype.includes('excel=true');
        // The Excel variant: a byte order mark and semicolons; plain RFC 4180 neither.
        expect(res.text.startsWith('\uFEFF')).toBe(excel);
        const [kop, eerste] = res.text.replace(/^\uFEFF/, '').split('\r\n');
        expect(kop).toMatch(excel ? /^\w+(;\w+)+$/ : /^\w+(,\w+)+$/);
        expect(eerste.length).toBeGreaterThan(0);
        gecontroleerd.add(`${methode} ${pad} 200 ${mediatype}`);
      } else if (type === 'application/atom+xml') {
        // An Atom 1.0 feed (RFC 4287): well-formed XML with the Atom namespace on its root.
        expect(valideerXml(res.text)).toBe(true);
        expect(res.text).toMatch(/<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/);
        gecontroleerd.add(`${methode} ${pad} 200 ${mediatype}`);
      } else if (type === 'text/calendar') {
        expect(res.text).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*BEGIN:VEVENT\r\n[\s\S]*END:VCALENDAR\r\n$/);
        gecontroleerd.add(`${methode} ${pad} 200 ${mediatype}`);
      } else {
        throw new Error(`Onbekend formaat in het document: ${mediatype}`);
      }
    }
  });

  it.each(operaties)(
    '$methode $pad: de foutantwoorden zijn problem+json volgens het document',
    async ({ pad, methode, operatie }) => {
      const probleem = async (status: string, res: { status: number; headers: Record<string, string>; text: string }) => {
        expect(res.status).toBe(Number(status));
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(Object.keys(operatie.responses[status].content ?? {})).toContain('application/problem+json');
        valideer(pad, methode, status, 'application/problem+json', res.text);
      };
      // 406: a format the endpoint does not offer.
      await probleem('406', await ctx.http().get(url(pad, operatie)).set('accept', 'application/x-onbekend'));
      // 401: a token that is sent must be valid, also on an open feed.
      await probleem('401', await ctx.http().get(url(pad, operatie)).set('authorization', 'Bearer ongeldig'));
      // 404: an unknown path parameter.
      if (operatie.parameters?.some((p) => p.in === 'path')) {
        const onbekend = Object.fromEntries(
          operatie.parameters.filter((p) => p.in === 'path').map((p) => [p.name, 'BU00000000']),
        );
        await probleem('404', await ctx.http().get(url(pad, operatie, onbekend)));
      }
      // 400: an invalid value for every typed query parameter at once.
      const ongeldig = (operatie.parameters ?? []).filter(
        (p) =>
          p.in === 'query' && (p.schema?.type === 'integer' || p.schema?.format === 'date' || p.schema?.format === 'date-time'),
      );
      if (ongeldig.length > 0) {
        const res = await ctx
          .http()
          .get(url(pad, operatie))
          .query(Object.fromEntries(ongeldig.map((p) => [p.name, 'ongeldig'])));
        await probleem('400', res);
        expect(
          (JSON.parse(res.text) as { invalidParams: Array<{ name: string }> }).invalidParams.map((p) => p.name).sort(),
        ).toEqual(ongeldig.map((p) => p.name).sort());
      }
    },
  );

  it('heeft elk endpoint en elk formaat van het document gecontroleerd', () => {
    const verwacht = operaties.flatMap(({ pad, methode, operatie }) => [
      ...Object.keys(operatie.responses['200'].content ?? {}).map((m) => `${methode} ${pad} 200 ${m}`),
      `${methode} ${pad} 401 application/problem+json`,
      `${methode} ${pad} 406 application/problem+json`,
    ]);
    expect(verwacht.filter((v) => !gecontroleerd.has(v))).toEqual([]);
    expect(operaties.length).toBeGreaterThanOrEqual(6);
  });
});
