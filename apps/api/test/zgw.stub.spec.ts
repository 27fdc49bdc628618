/**
 * The ZGW stub of the case registration tests refuses what the real APIs would refuse: a test
 * that passes against it means the requests fit our description of the standard (docs/zgw).
 */
import { zgwToken } from '@buurtwerk/zaakregistratie';
import { startZgwStub, type ZgwStub } from './zgw.stub';

describe('ZGW-stub (docs/zgw/*.yaml)', () => {
  let stub: ZgwStub;
  let token: string;
  beforeAll(async () => {
    stub = await startZgwStub();
    token = zgwToken(stub.clientId, stub.secret, { id: 'test', weergave: 'Test' });
  });
  afterAll(() => stub.sluit());

  const zaak = () => ({
    identificatie: 'INI-2027-0001',
    bronorganisatie: stub.rsin,
    verantwoordelijkeOrganisatie: stub.rsin,
    zaaktype: stub.zaaktype,
    startdatum: '2027-01-04',
  });
  const post = (pad: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${stub.basis}${pad}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${token}`,
        'Accept-Crs': 'EPSG:4326',
        'Content-Crs': 'EPSG:4326',
        ...headers,
      },
      body: JSON.stringify(body),
    });

  it('maakt een zaak die aan de beschrijving voldoet', async () => {
    const r = await post('/zaken/api/v1/zaken', zaak());
    expect(r.status).toBe(201);
    expect(stub.afwijkingen).toEqual([]);
  });

  it.each<[string, () => Record<string, unknown>]>([
    ['een verplicht veld ontbreekt', () => ({ ...zaak(), startdatum: undefined })],
    ['een onbekend veld', () => ({ ...zaak(), identificatie: 'INI-2027-0002', zaaktypeUrl: stub.zaaktype })],
    ['een te lange omschrijving (max 80)', () => ({ ...zaak(), identificatie: 'INI-2027-0003', omschrijving: 'x'.repeat(81) })],
    ['een RSIN van 8 cijfers', () => ({ ...zaak(), identificatie: 'INI-2027-0004', bronorganisatie: '12345678' })],
  ])('weigert een zaak met %s (400)', async (_naam, body) => {
    const voor = stub.afwijkingen.length;
    const r = await post('/zaken/api/v1/zaken', body());
    expect(r.status).toBe(400);
    expect(stub.afwijkingen.length).toBe(voor + 1);
  });

  it('weigert /zaken zonder de verplichte Crs-headers', async () => {
    const r = await fetch(`${stub.basis}/zaken/api/v1/zaken?identificatie=X`, { headers: { Authorization: `Bearer ${token}` } });
    expect(r.status).toBe(400);
  });

  it('weigert een queryparameter die niet beschreven is', async () => {
    const r = await fetch(`${stub.basis}/besluiten/api/v1/besluiten?zaak=x`, { headers: { Authorization: `Bearer ${token}` } });
    expect(r.status).toBe(400);
  });

  it('weigert een verzoek zonder geldige ZGW-JWT (403)', async () => {
    const fout = zgwToken(stub.clientId, 'een-ander-geheim-van-16-tekens', { id: 'test', weergave: 'Test' });
    expect((await post('/zaken/api/v1/zaken', zaak(), { Authorization: `Bearer ${fout}` })).status).toBe(403);
    expect((await post('/zaken/api/v1/zaken', zaak(), { Authorization: '' })).status).toBe(403);
  });

  it('weigert een tweede zaak met dezelfde identificatie (uniek per bronorganisatie)', async () => {
    const r = await post('/zaken/api/v1/zaken', zaak());
    expect(r.status).toBe(400);
    expect(stub.zaken).toHaveLength(1);
  });
});
