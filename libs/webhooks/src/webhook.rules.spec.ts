import { ConfigError } from '@buurtwerk/core';
import { OBJECT_RESOURCES } from './objecten.controller';
import {
  actieVan,
  BRON,
  bronVoorOin,
  cloudEvent,
  controleerCallbackUrl,
  isGeldigKenmerk,
  isPriveAdres,
  laadWebhookConfig,
  MAX_POGINGEN,
  naMislukking,
  notificatie,
  RESOURCES,
  resourceVan,
  wachttijdNaPoging,
} from './webhook.rules';

describe('Webhookregels', () => {
  describe('exponentiële backoff', () => {
    it.each([
      [1, 10_000],
      [2, 20_000],
      [3, 40_000],
      [6, 320_000],
      [9, 2_560_000],
      [10, 3_600_000],
      [20, 3_600_000],
    ])('wacht na poging %i %i ms', (n, ms) => {
      expect(wachttijdNaPoging(n)).toBe(ms);
    });

    it('plant na een mislukte poging de volgende', () => {
      const nu = new Date('2030-01-01T12:00:00Z');
      expect(naMislukking(2, nu)).toEqual({ status: 'WACHTEND', volgendePogingOp: new Date('2030-01-01T12:00:20Z') });
    });

    it('geeft het op na het maximum aantal pogingen', () => {
      expect(naMislukking(MAX_POGINGEN, new Date())).toEqual({ status: 'MISLUKT' });
    });
  });

  describe('callback-URL', () => {
    it.each([
      ['https://partner.example.nl/hooks', 'production'],
      ['https://partner.example.nl/hooks?bron=buurtwerk', 'production'],
      ['https://partner.example.nl:443/hooks', 'production'],
      ['http://127.0.0.1:4000/hook', 'test'],
      ['http://localhost:4000/hook', 'development'],
      ['http://[::1]:4000/hook', 'test'],
      ['https://partner.example.nl/hooks', 'test'],
    ] as const)('aanvaardt %s in %s', (url, omgeving) => {
      expect(controleerCallbackUrl(url, omgeving)).toBeNull();
    });

    it.each([
      ['http://partner.example.nl/hooks', 'production', 'https://'],
      ['http://127.0.0.1:4000/hook', 'production', 'https://'],
      ['https://127.0.0.1/hook', 'production', 'privé'],
      ['https://localhost/hook', 'production', 'privé'],
      ['https://10.1.2.3/hook', 'production', 'privé'],
      ['https://192.168.1.10/hook', 'production', 'privé'],
      ['https://172.20.0.5/hook', 'production', 'privé'],
      ['https://169.254.169.254/latest/meta-data', 'production', 'privé'],
      ['https://[fd00::1]/hook', 'production', 'privé'],
      ['https://[::ffff:10.0.0.1]/hook', 'production', 'privé'],
      ['https://db.internal/hook', 'production', 'privé'],
      // Issue 15: bypasses that production accepted.
      ['https://localhost./', 'production', 'punt aan het eind'],
      ['https://foo.localhost./', 'production', 'punt aan het eind'],
      ['https://partner.example.nl./hooks', 'production', 'punt aan het eind'],
      ['http://localhost./hook', 'test', 'punt aan het eind'],
      ['https://foo.localhost/hook', 'production', 'privé'],
      ['https://router.home.arpa/hook', 'production', 'privé'],
      ['https://[::ffff:127.0.0.1]/hook', 'production', 'privé'],
      ['https://[::127.0.0.1]/hook', 'production', 'privé'],
      ['https://2130706433/hook', 'production', 'privé'],
      ['https://0x7f.1/hook', 'production', 'privé'],
      ['https://partner.example.nl:8443/hooks', 'production', 'poort'],
      ['https://partner.example.nl:22/', 'production', 'poort'],
      ['https://partner.example.nl:80/', 'production', 'poort'],
      ['https://intranet/hook', 'production', 'privé'],
      ['http://partner.example.nl/hooks', 'test', 'https://'],
      ['http://10.0.0.1/hooks', 'development', 'https://'],
      ['ftp://partner.example.nl/hooks', 'test', 'https://'],
      ['https://gebruiker:wachtwoord@partner.example.nl/hooks', 'production', 'wachtwoord'],
      ['geen url', 'test', 'geldige URL'],
    ] as const)('weigert %s in %s', (url, omgeving, melding) => {
      expect(controleerCallbackUrl(url, omgeving)).toContain(melding);
    });
  });

  describe('privé-netwerkadressen', () => {
    it.each([
      '127.0.0.1',
      '10.0.0.1',
      '172.31.255.255',
      '192.168.0.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      'fe80::1',
      'fc00::1',
      '::ffff:127.0.0.1',
      '::ffff:7f00:1',
      '[::ffff:a9fe:a9fe]',
      '::127.0.0.1',
      '::7f00:1',
      'fe80::1%eth0',
      'fec0::1',
      '64:ff9b::7f00:1',
      '2002:7f00:1::1',
      '2001:0:4136:e378::1',
      '224.0.0.1',
      'ff02::1',
    ])('herkent %s als privé', (adres) => {
      expect(isPriveAdres(adres)).toBe(true);
    });

    it.each(['145.97.39.155', '8.8.8.8', '172.32.0.1', '2a00:1450:400e:80e::200e', '::ffff:808:808', '[2a02:58::1]'])(
      'laat %s toe',
      (adres) => {
        expect(isPriveAdres(adres)).toBe(false);
      },
    );
  });

  it('staat alleen kenmerken toe die een CloudEvents-extensie kunnen zijn', () => {
    expect(isGeldigKenmerk('buurtcode')).toBe(true);
    expect(isGeldigKenmerk('Buurtcode')).toBe(false);
    expect(isGeldigKenmerk('buurt_code')).toBe(false);
    expect(isGeldigKenmerk('id')).toBe(false);
    expect(isGeldigKenmerk('a'.repeat(21))).toBe(false);
  });

  it('maakt een CloudEvent 1.0 in gestructureerde vorm met de kenmerken als extensies', () => {
    const aangemaaktOp = new Date('2030-05-01T08:00:00.123Z');
    expect(
      cloudEvent({
        id: '8c5c3f2e-8f0e-4b43-9d3f-1a2b3c4d5e6f',
        kanaal: 'activiteiten',
        type: 'nl.heerlen.buurtwerk.activiteit.gepubliceerd',
        onderwerp: 'QWN0aXZpdGVpdDox',
        kenmerken: { buurtcode: 'BU09171000' },
        data: { titel: 'Inloop' },
        aangemaaktOp,
      }),
    ).toEqual({
      specversion: '1.0',
      id: '8c5c3f2e-8f0e-4b43-9d3f-1a2b3c4d5e6f',
      source: 'urn:nld:gemeente-heerlen:systeem:buurtwerk',
      type: 'nl.heerlen.buurtwerk.activiteit.gepubliceerd',
      subject: 'QWN0aXZpdGVpdDox',
      time: '2030-05-01T08:00:00.123Z',
      datacontenttype: 'application/json',
      kanaal: 'activiteiten',
      buurtcode: 'BU09171000',
      data: { titel: 'Inloop' },
    });
  });

  describe('NL GOV-profiel voor CloudEvents en de berichtvorm van de Notificaties API', () => {
    const activiteitId = '8c5c3f2e-8f0e-4b43-9d3f-1a2b3c4d5e6f';
    const rij = {
      id: '0b7f1c1e-5d2a-4c55-9a0e-3e1f2d3c4b5a',
      kanaal: 'initiatieven',
      type: 'nl.heerlen.buurtwerk.initiatief.toegekend',
      onderwerp: Buffer.from(`Initiatief:${activiteitId}`).toString('base64url'),
      kenmerken: { buurtcode: ['BU09171000', 'BU09171001'], status: 'TOEGEKEND' },
      data: { titel: 'Speeltuin' },
      aangemaaktOp: new Date('2030-05-01T08:00:00.123Z'),
    };
    const opties = { bron: bronVoorOin('00000001001234567000'), basisUrl: 'https://api.buurtwerk.heerlen.nl' };

    it('noemt de bron als URN in de nld-naamruimte met het OIN en het systeem', () => {
      expect(bronVoorOin('00000001001234567000')).toBe('urn:nld:oin:00000001001234567000:systeem:buurtwerk');
      expect(bronVoorOin(null)).toBe(BRON);
      expect(BRON).toMatch(/^urn:nld:/);
    });

    it('geeft een CloudEvent een dataref naar de REST-resource van het object', () => {
      expect(cloudEvent(rij, opties)).toMatchObject({
        source: 'urn:nld:oin:00000001001234567000:systeem:buurtwerk',
        type: 'nl.heerlen.buurtwerk.initiatief.toegekend',
        dataref: `https://api.buurtwerk.heerlen.nl/api/v1/initiatieven/${activiteitId}`,
        buurtcode: 'BU09171000,BU09171001',
      });
    });

    it('maakt een Notificaties-bericht met hoofdObject, resourceUrl, actie en kenmerken als tekst', () => {
      expect(notificatie(rij, opties)).toEqual({
        kanaal: 'initiatieven',
        hoofdObject: `https://api.buurtwerk.heerlen.nl/api/v1/initiatieven/${activiteitId}`,
        resource: 'initiatief',
        resourceUrl: `https://api.buurtwerk.heerlen.nl/api/v1/initiatieven/${activiteitId}`,
        actie: 'update',
        aanmaakdatum: '2030-05-01T08:00:00.123Z',
        kenmerken: { buurtcode: 'BU09171000,BU09171001', status: 'TOEGEKEND' },
      });
    });

    it.each([
      ['gemeld', 'create'],
      ['geregistreerd', 'create'],
      ['gepubliceerd', 'create'],
      ['verwijderd', 'destroy'],
      ['geannuleerd', 'update'],
      ['afgehandeld', 'update'],
      ['toegekend', 'update'],
    ] as const)('vertaalt "%s" naar de actie %s', (gebeurtenis, actie) => {
      expect(actieVan(gebeurtenis)).toBe(actie);
    });

    it('geeft geen resource voor een onderwerp van een ander type of een onbekend object', () => {
      expect(resourceVan(rij.type, Buffer.from(`Activiteit:${activiteitId}`).toString('base64url'), 'https://x')).toBeNull();
      expect(resourceVan('nl.heerlen.buurtwerk.onbekend.gemeld', rij.onderwerp, 'https://x')).toBeNull();
      expect(resourceVan('nl.heerlen.buurtwerk.initiatief.toegekend', 'geen-id', 'https://x')).toBeNull();
    });

    it('heeft voor elk object met een resource een REST-endpoint met dezelfde naam en hetzelfde type', () => {
      for (const [, r] of Object.entries(RESOURCES)) {
        expect(OBJECT_RESOURCES[r.pad]?.type).toBe(r.type);
      }
      expect(Object.keys(OBJECT_RESOURCES).sort()).toEqual(
        Object.values(RESOURCES)
          .map((r) => r.pad)
          .sort(),
      );
    });

    it('leest WEBHOOK_BRON_OIN en PUBLIEKE_API_URL en weigert ongeldige waarden', () => {
      expect(
        laadWebhookConfig({ WEBHOOK_BRON_OIN: '00000001001234567000', PUBLIEKE_API_URL: 'https://api.example.nl/' }),
      ).toMatchObject({
        bron: 'urn:nld:oin:00000001001234567000:systeem:buurtwerk',
        basisUrl: 'https://api.example.nl',
      });
      expect(() => laadWebhookConfig({ WEBHOOK_BRON_OIN: '1234' })).toThrow(/WEBHOOK_BRON_OIN/);
      expect(() => laadWebhookConfig({ PUBLIEKE_API_URL: 'ftp://x' })).toThrow(/PUBLIEKE_API_URL/);
      expect(() => laadWebhookConfig({ PUBLIEKE_API_URL: 'https://x/?a=1' })).toThrow(/PUBLIEKE_API_URL/);
    });
  });

  describe('configuratie', () => {
    it('heeft standaardwaarden', () => {
      const standaard = {
        intervalMs: 1000,
        uit: false,
        timeoutMs: 5000,
        bron: 'urn:nld:gemeente-heerlen:systeem:buurtwerk',
        basisUrl: 'http://localhost:3000',
      };
      expect(laadWebhookConfig({})).toEqual(standaard);
      expect(laadWebhookConfig({}, 'production')).toEqual(standaard);
    });

    it('zet de timer onder NODE_ENV=test standaard uit, tenzij WEBHOOKS_UIT=false', () => {
      expect(laadWebhookConfig({}, 'test').uit).toBe(true);
      expect(laadWebhookConfig({ WEBHOOKS_UIT: 'false' }, 'test').uit).toBe(false);
    });

    it('leest WEBHOOKS_UIT, WEBHOOKS_INTERVAL_MS en WEBHOOKS_TIMEOUT_MS', () => {
      expect(laadWebhookConfig({ WEBHOOKS_UIT: 'true', WEBHOOKS_INTERVAL_MS: '250', WEBHOOKS_TIMEOUT_MS: '2000' })).toMatchObject(
        {
          intervalMs: 250,
          uit: true,
          timeoutMs: 2000,
        },
      );
    });

    it.each([
      ['WEBHOOKS_INTERVAL_MS', 'snel'],
      ['WEBHOOKS_INTERVAL_MS', '0'],
      ['WEBHOOKS_TIMEOUT_MS', '999999'],
      ['WEBHOOKS_UIT', 'misschien'],
    ])('weigert %s=%s met een melding die de variabele noemt', (naam, waarde) => {
      expect(() => laadWebhookConfig({ [naam]: waarde })).toThrow(ConfigError);
      expect(() => laadWebhookConfig({ [naam]: waarde })).toThrow(naam);
    });
  });
});
