import { ConfigError } from '@buurtwerk/core';
import { isGeldigRsin, laadZaakregistratieConfig } from './zaakregistratie.config';

const OZ = 'https://openzaak.heerlen.nl';
const VOLLEDIG = {
  ZGW_ZAKEN_API: `${OZ}/zaken/api/v1/`,
  ZGW_BESLUITEN_API: `${OZ}/besluiten/api/v1`,
  ZGW_DOCUMENTEN_API: `${OZ}/documenten/api/v1`,
  ZGW_CLIENT_ID: 'buurtwerk',
  ZGW_SECRET: 'een-lang-gedeeld-geheim',
  ZGW_RSIN: '002220647',
  ZGW_ZAAKTYPE: `${OZ}/catalogi/api/v1/zaaktypen/1`,
  ZGW_BESLUITTYPE: `${OZ}/catalogi/api/v1/besluittypen/2`,
  ZGW_INFORMATIEOBJECTTYPE: `${OZ}/catalogi/api/v1/informatieobjecttypen/3`,
  ZGW_STATUSTYPEN: `INGEDIEND=${OZ}/catalogi/api/v1/statustypen/4, TOEGEKEND=${OZ}/catalogi/api/v1/statustypen/5`,
};

describe('laadZaakregistratieConfig', () => {
  it('staat uit zolang ZGW_ZAKEN_API niet gezet is', () => {
    expect(laadZaakregistratieConfig({})).toBeNull();
    expect(laadZaakregistratieConfig({ ZGW_CLIENT_ID: 'x', ZGW_ZAKEN_API: '' })).toBeNull();
  });

  it('leest een volledige configuratie, met statustypen per status en standaardwaarden', () => {
    const c = laadZaakregistratieConfig(VOLLEDIG)!;
    expect(c.zakenApi).toBe(`${OZ}/zaken/api/v1`);
    expect(c.statustypen).toEqual({
      INGEDIEND: `${OZ}/catalogi/api/v1/statustypen/4`,
      TOEGEKEND: `${OZ}/catalogi/api/v1/statustypen/5`,
    });
    expect(c).toMatchObject({ intervalMs: 5000, timeoutMs: 10_000, rsin: '002220647' });
  });

  it('laat de Documenten API weg als beide instellingen ontbreken (besluiten zonder brief)', () => {
    const c = laadZaakregistratieConfig({ ...VOLLEDIG, ZGW_DOCUMENTEN_API: '', ZGW_INFORMATIEOBJECTTYPE: '' })!;
    expect(c.documentenApi).toBeNull();
    expect(c.informatieobjecttype).toBeNull();
  });

  it.each<[string, Record<string, string>, string]>([
    ['zonder client id', { ZGW_CLIENT_ID: '' }, 'ZGW_CLIENT_ID'],
    ['met een te kort geheim', { ZGW_SECRET: 'kort' }, 'ZGW_SECRET'],
    ['met een RSIN dat de elfproef niet haalt', { ZGW_RSIN: '002220648' }, 'ZGW_RSIN'],
    ['zonder zaaktype', { ZGW_ZAAKTYPE: '' }, 'ZGW_ZAAKTYPE'],
    ['zonder Besluiten API', { ZGW_BESLUITEN_API: '' }, 'ZGW_BESLUITEN_API'],
    ['met een zaaktype dat geen URL is', { ZGW_ZAAKTYPE: 'zaaktype-1' }, 'ZGW_ZAAKTYPE'],
    ['met een onbekende status', { ZGW_STATUSTYPEN: `INGEDIEND=${OZ}/s/1,GOEDGEKEURD=${OZ}/s/2` }, 'ZGW_STATUSTYPEN'],
    [
      'met CONCEPT als status (een concept is geen zaak)',
      { ZGW_STATUSTYPEN: `INGEDIEND=${OZ}/s/1,CONCEPT=${OZ}/s/2` },
      'ZGW_STATUSTYPEN',
    ],
    ['zonder statustype voor INGEDIEND', { ZGW_STATUSTYPEN: `TOEGEKEND=${OZ}/s/2` }, 'ZGW_STATUSTYPEN'],
    ['met de Documenten API maar zonder informatieobjecttype', { ZGW_INFORMATIEOBJECTTYPE: '' }, 'ZGW_INFORMATIEOBJECTTYPE'],
    ['met een informatieobjecttype maar zonder Documenten API', { ZGW_DOCUMENTEN_API: '' }, 'ZGW_DOCUMENTEN_API'],
    ['met een interval dat geen getal is', { ZGW_INTERVAL_MS: '5s' }, 'ZGW_INTERVAL_MS'],
  ])('weigert te starten %s', (_naam, wijziging, variabele) => {
    let fout: unknown;
    try {
      laadZaakregistratieConfig({ ...VOLLEDIG, ...wijziging });
    } catch (e) {
      fout = e;
    }
    expect(fout).toBeInstanceOf(ConfigError);
    expect((fout as ConfigError).variable).toBe(variabele);
  });
});

describe('isGeldigRsin (elfproef)', () => {
  it.each([
    ['002220647', true],
    ['001005650', true],
    ['002220648', false],
    ['00222064', false],
    ['00222064a', false],
  ])('%s → %s', (rsin, geldig) => {
    expect(isGeldigRsin(rsin)).toBe(geldig);
  });
});
