import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DomainError, FoutCode, loadConfig } from '@buurtwerk/core';
import { parsePostcode, PdokLocatieserverClient } from './pdok-locatieserver.client';

describe('parsePostcode', () => {
  it.each([
    ['6411 AB', undefined, { postcode: '6411AB', huisnummer: null }],
    ['6411ab', undefined, { postcode: '6411AB', huisnummer: null }],
    [' 6411AB 12 ', undefined, { postcode: '6411AB', huisnummer: 12 }],
    ['6411 AB 12', 7, { postcode: '6411AB', huisnummer: 7 }],
  ])('leest %j (huisnummer %j)', (invoer, huisnummer, verwacht) => {
    expect(parsePostcode(invoer, huisnummer)).toEqual(verwacht);
  });

  it.each([
    ['een postcode die met 0 begint', '0411 AB', undefined, 'postcode'],
    ['de letters SA, SD en SS (die PostNL niet uitgeeft)', '6411 SS', undefined, 'postcode'],
    ['te weinig cijfers', '641 AB', undefined, 'postcode'],
    ['huisnummer 0', '6411 AB', 0, 'huisnummer'],
    ['een huisnummer boven 99999', '6411 AB', 100_000, 'huisnummer'],
    ['een gebroken huisnummer', '6411 AB', 1.5, 'huisnummer'],
  ])('weigert %s met BAD_USER_INPUT op het veld', (_naam, invoer, huisnummer, veld) => {
    let fout: unknown;
    try {
      parsePostcode(invoer, huisnummer);
    } catch (e) {
      fout = e;
    }
    expect(fout).toBeInstanceOf(DomainError);
    expect((fout as DomainError).code).toBe(FoutCode.BAD_USER_INPUT);
    expect((fout as DomainError).velden?.map((v) => v.veld)).toEqual([veld]);
  });
});

describe('PdokLocatieserverClient', () => {
  let server: Server;
  let verzoeken: URL[];
  /** What the fake Locatieserver answers next: a status and a body. */
  let antwoord: { status: number; body: unknown };

  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res) => {
      verzoeken.push(new URL(req.url ?? '/', 'http://pdok.test'));
      res.writeHead(antwoord.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(antwoord.body));
    });
    await new Promise<void>((klaar) => server.listen(0, '127.0.0.1', klaar));
  });
  afterAll(() => new Promise<void>((klaar) => server.close(() => klaar())));
  beforeEach(() => {
    verzoeken = [];
  });

  const client = (): PdokLocatieserverClient =>
    new PdokLocatieserverClient(
      loadConfig({
        NODE_ENV: 'test',
        PDOK_LOCATIESERVER_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/locatieserver/`,
        PDOK_TIMEOUT_MS: '1000',
      }),
    );
  const adresDoc = (doc: Record<string, unknown>) => ({ status: 200, body: { response: { numFound: 1, docs: [doc] } } });

  it('zoekt één adres op postcode en huisnummer en leest buurtcode en ligging', async () => {
    antwoord = adresDoc({ buurtcode: 'BU09173000', centroide_ll: 'POINT(5.98 50.88)' });
    await expect(client().zoekAdres('6411AB', 12)).resolves.toEqual({ buurtcode: 'BU09173000', punt: { lat: 50.88, lon: 5.98 } });
    expect(verzoeken).toHaveLength(1);
    const url = verzoeken[0];
    expect(url.pathname).toBe('/locatieserver/free');
    expect(url.searchParams.get('q')).toBe('postcode:6411AB AND huisnummer:12');
    expect(url.searchParams.get('fq')).toBe('type:adres');
    expect(url.searchParams.get('rows')).toBe('1');
  });

  it('vraagt zonder huisnummer alleen op postcode, en leest een ontbrekende buurtcode of ligging als null', async () => {
    antwoord = adresDoc({ centroide_ll: 'geen punt' });
    await expect(client().zoekAdres('6411AB', null)).resolves.toEqual({ buurtcode: null, punt: null });
    expect(verzoeken[0].searchParams.get('q')).toBe('postcode:6411AB');
  });

  it('onthoudt een antwoord, ook "niet gevonden", zodat de landelijke dienst niet twee keer wordt gevraagd', async () => {
    const c = client();
    antwoord = { status: 200, body: { response: { numFound: 0, docs: [] } } };
    await expect(c.zoekAdres('9999ZZ', 1)).resolves.toBeNull();
    antwoord = adresDoc({ buurtcode: 'BU09173000' });
    await expect(c.zoekAdres('9999ZZ', 1)).resolves.toBeNull();
    expect(verzoeken).toHaveLength(1);
  });

  it('meldt een storing als DIENST_NIET_BESCHIKBAAR in gewone taal en vraagt het daarna opnieuw', async () => {
    const c = client();
    antwoord = { status: 502, body: {} };
    const fout = await c.zoekAdres('6411AB', 3).catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(DomainError);
    expect((fout as DomainError).code).toBe(FoutCode.DIENST_NIET_BESCHIKBAAR);
    expect((fout as DomainError).message).toMatch(/adresservice is nu niet bereikbaar/);
    antwoord = adresDoc({ buurtcode: 'BU09173000' });
    await expect(c.zoekAdres('6411AB', 3)).resolves.toEqual({ buurtcode: 'BU09173000', punt: null });
    expect(verzoeken).toHaveLength(2);
  });
});
