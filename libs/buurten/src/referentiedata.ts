import { readFileSync } from 'node:fs';
import { projectPad } from '@buurtwerk/core';
import type { GeoJsonGeometrie } from './buurt.entity';

/**
 * Heerlen's CBS wijk- en buurtindeling 2024 (see libs/buurten/data/SOURCES.md for the source,
 * licence CC BY 4.0 "Bron: CBS/PDOK", and what is certain and what is not).
 */
export interface ReferentieBuurt {
  code: string;
  naam: string;
  wijkcode: string;
  inwoners: number | null;
  lat: number;
  lon: number;
  geometrie: GeoJsonGeometrie | null;
}

export interface ReferentieWijk {
  code: string;
  naam: string;
  /** Default stadsdeel; an administrator can change it, and it is not overwritten later. */
  stadsdeel: string | null;
}

/**
 * The four historic stadsdelen. The wijk-to-stadsdeel default follows the CBS wijk numbers
 * (1x Hoensbroek, 2x Heerlerheide, 3x Heerlen-Stad, 4x Heerlerbaan): an inference that the
 * municipality must confirm (SOURCES.md section 4), hence editable data.
 */
export const STANDAARD_STADSDELEN = ['Hoensbroek', 'Heerlerheide', 'Heerlen-Stad', 'Heerlerbaan'] as const;

export function standaardStadsdeel(wijkcode: string): string | null {
  const tiental = wijkcode.slice(6, 7);
  switch (tiental) {
    case '1':
      return 'Hoensbroek';
    case '2':
      return 'Heerlerheide';
    case '3':
      return 'Heerlen-Stad';
    case '4':
      return 'Heerlerbaan';
    default:
      return null;
  }
}

function csv(pad: string): Record<string, string>[] {
  const [kop, ...regels] = readFileSync(pad, 'utf8').trim().split(/\r?\n/);
  const kolommen = kop.split(',');
  return regels.map((r) => {
    const waarden = r.split(',');
    return Object.fromEntries(kolommen.map((k, i) => [k, waarden[i] ?? '']));
  });
}

interface GeoJsonFeature {
  geometry: GeoJsonGeometrie;
  properties: { buurtcode: string };
}

export function laadReferentiedata(): { wijken: ReferentieWijk[]; buurten: ReferentieBuurt[] } {
  const dir = (bestand: string): string => projectPad('libs', 'buurten', 'data', bestand);
  const geo = JSON.parse(readFileSync(dir('buurten.geojson'), 'utf8')) as { features: GeoJsonFeature[] };
  const geometrieen = new Map(geo.features.map((f) => [f.properties.buurtcode, f.geometry]));
  const wijken = csv(dir('wijken.csv')).map((r) => ({
    code: r.wijkcode,
    naam: r.wijknaam,
    stadsdeel: standaardStadsdeel(r.wijkcode),
  }));
  const buurten = csv(dir('buurten.csv')).map((r) => ({
    code: r.buurtcode,
    naam: r.buurtnaam,
    wijkcode: r.wijkcode,
    inwoners: r.inwoners ? Number(r.inwoners) : null,
    lat: Number(r.lat),
    lon: Number(r.lon),
    geometrie: geometrieen.get(r.buurtcode) ?? null,
  }));
  return { wijken, buurten };
}
