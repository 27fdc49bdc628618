import { leesBuurtvormen, maakKaart } from './projectie';

const vierkant = (lon: number, lat: number, d: number): number[][] => [
  [lon, lat],
  [lon + d, lat],
  [lon + d, lat + d],
  [lon, lat + d],
  [lon, lat],
];

describe('kaart van de buurten (projectie)', () => {
  const geojson = {
    features: [
      {
        geometry: { type: 'Polygon', coordinates: [vierkant(5.9, 50.9, 0.01)] },
        properties: { buurtcode: 'BU1', buurtnaam: 'Noord' },
      },
      {
        geometry: { type: 'MultiPolygon', coordinates: [[vierkant(5.92, 50.88, 0.01)], [vierkant(5.94, 50.88, 0.01)]] },
        properties: { buurtcode: 'BU2', buurtnaam: 'Zuid' },
      },
    ],
  };

  it('zet elke buurt om in één SVG-pad, ook een buurt die uit meer delen bestaat', () => {
    const kaart = maakKaart(leesBuurtvormen(geojson), 500);
    expect(kaart.paden.map((p) => p.code)).toEqual(['BU1', 'BU2']);
    expect(kaart.paden[0].d.match(/M/g)).toHaveLength(1);
    expect(kaart.paden[1].d.match(/M/g)).toHaveLength(2);
  });

  it('vult de breedte precies en legt het noorden boven', () => {
    const kaart = maakKaart(leesBuurtvormen(geojson), 500);
    expect(kaart.projecteer(5.9, 50.91).x).toBeCloseTo(0);
    expect(kaart.projecteer(5.95, 50.88).x).toBeCloseTo(500);
    expect(kaart.projecteer(5.9, 50.91).y).toBeCloseTo(0);
    expect(kaart.projecteer(5.9, 50.88).y).toBeCloseTo(kaart.hoogte, 0);
    // One degree of longitude is shorter than one of latitude at 50.9° N (factor cos φ ≈ 0.63).
    expect(kaart.hoogte / 500).toBeCloseTo(0.03 / (0.05 * Math.cos((50.895 * Math.PI) / 180)), 2);
  });

  it('geeft een lege kaart zonder buurten in plaats van te falen', () => {
    expect(maakKaart([], 300)).toMatchObject({ breedte: 300, hoogte: 0, paden: [] });
  });
});
