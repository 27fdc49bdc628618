/**
 * Pure geometry for the buurten map: projects WGS84 outlines (GeoJSON, lon/lat) onto an SVG
 * plane. Heerlen spans ~15 km, so an equirectangular projection scaled by cos(latitude) is
 * accurate to well under a pixel at map size.
 */
export type Ring = ReadonlyArray<readonly [number, number] | readonly number[]>;

export interface BuurtVorm {
  code: string;
  naam: string;
  /** Polygon or MultiPolygon coordinates as in GeoJSON. */
  veelhoeken: ReadonlyArray<ReadonlyArray<Ring>>;
}

export interface GeoJsonBuurten {
  features: ReadonlyArray<{
    geometry: { type: string; coordinates: unknown };
    properties: { buurtcode: string; buurtnaam: string };
  }>;
}

export interface Kaartpad {
  code: string;
  naam: string;
  d: string;
  /** Centre of the outline's bounding box in map units, e.g. for a marker. */
  midden: { x: number; y: number };
}

export interface Kaart {
  breedte: number;
  hoogte: number;
  paden: Kaartpad[];
  /** Projects a WGS84 point to map units (for the resident's location or a buurt's ligging). */
  projecteer: (lon: number, lat: number) => { x: number; y: number };
}

export function leesBuurtvormen(geojson: GeoJsonBuurten): BuurtVorm[] {
  return geojson.features.map((f) => {
    const c = f.geometry.coordinates as number[][][] | number[][][][];
    const veelhoeken = f.geometry.type === 'MultiPolygon' ? (c as number[][][][]) : [c as number[][][]];
    return { code: f.properties.buurtcode, naam: f.properties.buurtnaam, veelhoeken };
  });
}

const rond = (n: number): string => (Math.round(n * 10) / 10).toString();

export function maakKaart(vormen: readonly BuurtVorm[], breedte = 600): Kaart {
  let minLon = Infinity;
  let maxLon = -Infinity;
  let minLat = Infinity;
  let maxLat = -Infinity;
  for (const v of vormen) {
    for (const veelhoek of v.veelhoeken) {
      for (const ring of veelhoek) {
        for (const [lon, lat] of ring) {
          minLon = Math.min(minLon, lon);
          maxLon = Math.max(maxLon, lon);
          minLat = Math.min(minLat, lat);
          maxLat = Math.max(maxLat, lat);
        }
      }
    }
  }
  if (!Number.isFinite(minLon)) {
    return { breedte, hoogte: 0, paden: [], projecteer: () => ({ x: 0, y: 0 }) };
  }
  const schaalX = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const k = breedte / ((maxLon - minLon) * schaalX);
  const hoogte = Math.round((maxLat - minLat) * k);
  const projecteer = (lon: number, lat: number): { x: number; y: number } => ({
    x: (lon - minLon) * schaalX * k,
    y: (maxLat - lat) * k,
  });
  const paden = vormen.map((v) => {
    let x0 = Infinity;
    let x1 = -Infinity;
    let y0 = Infinity;
    let y1 = -Infinity;
    const delen: string[] = [];
    for (const veelhoek of v.veelhoeken) {
      for (const ring of veelhoek) {
        const punten = ring.map(([lon, lat]) => {
          const p = projecteer(lon, lat);
          x0 = Math.min(x0, p.x);
          x1 = Math.max(x1, p.x);
          y0 = Math.min(y0, p.y);
          y1 = Math.max(y1, p.y);
          return `${rond(p.x)} ${rond(p.y)}`;
        });
        delen.push(`M${punten.join('L')}Z`);
      }
    }
    return { code: v.code, naam: v.naam, d: delen.join(''), midden: { x: (x0 + x1) / 2, y: (y0 + y1) / 2 } };
  });
  return { breedte, hoogte, paden, projecteer };
}
