import { ConfigError } from '@buurtwerk/core';
import {
  cloudEvent,
  controleerCallbackUrl,
  isGeldigKenmerk,
  isPriveAdres,
  laadWebhookConfig,
  MAX_POGINGEN,
  naMislukking,
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
      source: 'urn:buurtwerk:heerlen',
      type: 'nl.heerlen.buurtwerk.activiteit.gepubliceerd',
      subject: 'QWN0aXZpdGVpdDox',
      time: '2030-05-01T08:00:00.123Z',
      datacontenttype: 'application/json',
      kanaal: 'activiteiten',
      buurtcode: 'BU09171000',
      data: { titel: 'Inloop' },
    });
  });

  describe('configuratie', () => {
    it('heeft standaardwaarden', () => {
      expect(laadWebhookConfig({})).toEqual({ intervalMs: 1000, uit: false, timeoutMs: 5000 });
      expect(laadWebhookConfig({}, 'production')).toEqual({ intervalMs: 1000, uit: false, timeoutMs: 5000 });
    });

    it('zet de timer onder NODE_ENV=test standaard uit, tenzij WEBHOOKS_UIT=false', () => {
      expect(laadWebhookConfig({}, 'test').uit).toBe(true);
      expect(laadWebhookConfig({ WEBHOOKS_UIT: 'false' }, 'test').uit).toBe(false);
    });

    it('leest WEBHOOKS_UIT, WEBHOOKS_INTERVAL_MS en WEBHOOKS_TIMEOUT_MS', () => {
      expect(laadWebhookConfig({ WEBHOOKS_UIT: 'true', WEBHOOKS_INTERVAL_MS: '250', WEBHOOKS_TIMEOUT_MS: '2000' })).toEqual({
        intervalMs: 250,
        uit: true,
        timeoutMs: 2000,
      });
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
