/**
 * buurtBijPostcode through the PDOK Locatieserver adapter, against a local HTTP server that
 * answers in PDOK's `free` format (never the internet).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { foutcodes, type TestContext, testContext } from '../../../test/harness';

interface Verzoek {
  q: string | null;
  fq: string | null;
}

function pdokDoc(extra: Record<string, unknown>) {
  return {
    type: 'adres',
    weergavenaam: 'Voorbeeldstraat 12, 6411AB Heerlen',
    gemeentecode: '0917',
    gemeentenaam: 'Heerlen',
    ...extra,
  };
}

describe('buurtBijPostcode (PDOK Locatieserver)', () => {
  let ctx: TestContext;
  let server: Server;
  const verzoeken: Verzoek[] = [];
  let storing = false;

  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res: ServerResponse) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      verzoeken.push({ q: url.searchParams.get('q'), fq: url.searchParams.get('fq') });
      if (storing) {
        res.writeHead(503).end('onderhoud');
        return;
      }
      const q = url.searchParams.get('q') ?? '';
      let docs: unknown[] = [];
      if (q.includes('6411AB')) {
        docs = [pdokDoc({ postcode: '6411AB', huisnummer: 12, buurtcode: 'BU09173300', centroide_ll: 'POINT(5.98 50.888)' })];
      } else if (q.includes('6431AA')) {
        // No buurtcode in the answer: the adapter falls back on the point (Maria Gewanden centroid).
        docs = [pdokDoc({ postcode: '6431AA', huisnummer: 1, centroide_ll: 'POINT(5.914 50.9238)' })];
      } else if (q.includes('1012AB')) {
        docs = [
          pdokDoc({ postcode: '1012AB', gemeentecode: '0363', buurtcode: 'BU03630000', centroide_ll: 'POINT(4.89 52.37)' }),
        ];
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ response: { numFound: docs.length, start: 0, maxScore: 1, numFoundExact: true, docs } }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    ctx = await testContext({
      PDOK_LOCATIESERVER_URL: `http://127.0.0.1:${port}/bzk/locatieserver/search/v3_1`,
      PDOK_TIMEOUT_MS: '1000',
    });
  });
  afterAll(async () => {
    await ctx.close();
    await new Promise((r) => server.close(r));
  });

  const zoek = (postcode: string, huisnummer?: number) =>
    ctx.gql<{ buurtBijPostcode: { code: string } | null }>(
      'query($p: String!, $h: Int) { buurtBijPostcode(postcode: $p, huisnummer: $h) { code } }',
      { p: postcode, h: huisnummer },
    );

  it('vindt de buurt bij postcode en huisnummer, in elke gangbare schrijfwijze', async () => {
    expect((await zoek('6411 AB', 12)).data?.buurtBijPostcode?.code).toBe('BU09173300');
    expect((await zoek('6411ab 12')).data?.buurtBijPostcode?.code).toBe('BU09173300');
    const laatste = verzoeken.at(-1);
    expect(laatste?.fq).toBe('type:adres');
  });

  it('vraagt een eerder gevonden adres niet opnieuw op (cache)', async () => {
    const voor = verzoeken.length;
    await zoek('6411AB', 12);
    expect(verzoeken.length).toBe(voor);
  });

  it('gebruikt de ligging als PDOK geen buurtcode geeft', async () => {
    expect((await zoek('6431AA', 1)).data?.buurtBijPostcode?.code).toBe('BU09171000');
  });

  it('geeft null voor een adres buiten Heerlen en voor een onbekende postcode', async () => {
    expect((await zoek('1012AB', 1)).data?.buurtBijPostcode).toBeNull();
    expect((await zoek('9999ZZ')).data?.buurtBijPostcode).toBeNull();
  });

  it('weigert een onjuiste postcode of huisnummer met BAD_USER_INPUT', async () => {
    for (const p of ['641AB', 'ABCD12', '0411AB', '6411 SS', '', '6411AB 12 extra']) {
      const res = await zoek(p);
      expect(foutcodes(res)).toEqual(['BAD_USER_INPUT']);
    }
    expect(foutcodes(await zoek('6411AB', 0))).toEqual(['BAD_USER_INPUT']);
  });

  it('meldt duidelijk dat de adresservice onbereikbaar is', async () => {
    storing = true;
    try {
      const res = await zoek('6412CD', 3);
      expect(foutcodes(res)).toEqual(['DIENST_NIET_BESCHIKBAAR']);
      expect(res.errors?.[0].message).toMatch(/adresservice/);
    } finally {
      storing = false;
    }
  });
});
