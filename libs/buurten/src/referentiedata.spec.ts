import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { point } from '@turf/helpers';
import { laadReferentiedata, STANDAARD_STADSDELEN, standaardStadsdeel } from './referentiedata';

describe('referentiedata van Heerlen (CBS 2024)', () => {
  const { wijken, buurten } = laadReferentiedata();

  it('bevat de 57 buurten en 23 wijken, elk met een eigen code', () => {
    expect(buurten).toHaveLength(57);
    expect(wijken).toHaveLength(23);
    expect(new Set(buurten.map((b) => b.code)).size).toBe(57);
    expect(new Set(wijken.map((w) => w.code)).size).toBe(23);
    expect(buurten.every((b) => /^BU0917\d{4}$/.test(b.code))).toBe(true);
  });

  it('hangt elke buurt aan een bestaande wijk met dezelfde codecijfers', () => {
    const wijkcodes = new Set(wijken.map((w) => w.code));
    const wees = buurten.filter((b) => !wijkcodes.has(b.wijkcode) || b.code.slice(2, 8) !== b.wijkcode.slice(2, 8));
    expect(wees.map((b) => b.code)).toEqual([]);
  });

  it('legt het middelpunt van elke buurt binnen de eigen buurtgrens (anders vindt buurtBijLocatie hem niet)', () => {
    const buiten = buurten.filter((b) => !b.geometrie || !booleanPointInPolygon(point([b.lon, b.lat]), b.geometrie));
    expect(buiten.map((b) => b.code)).toEqual([]);
  });

  it('deelt elke wijk in bij een van de vier historische stadsdelen', () => {
    expect(new Set(wijken.map((w) => w.stadsdeel))).toEqual(new Set(STANDAARD_STADSDELEN));
  });

  it.each([
    ['WK091710', 'Hoensbroek'],
    ['WK091725', 'Heerlerheide'],
    ['WK091730', 'Heerlen-Stad'],
    ['WK091747', 'Heerlerbaan'],
    ['WK091750', null],
  ])('wijk %s valt standaard in stadsdeel %s', (wijkcode, stadsdeel) => {
    expect(standaardStadsdeel(wijkcode)).toBe(stadsdeel);
  });
});
