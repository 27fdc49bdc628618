// Relative, not @web-gedeeld: the unit test (bijeenkomstformulier.spec.ts) runs without Vite's alias.
import { controleerDatum } from '../../web-gedeeld/src/fouten';
import { amsterdamNaarIso } from './amsterdam';

/** What the planning and the change form of a network meeting hold, as typed. */
export interface BijeenkomstVelden {
  titel: string;
  thema: string;
  buurtId: string;
  datum: string;
  begintijd: string;
  eindtijd: string;
  locatie: string;
  capaciteit: string;
}

/** The meeting as the API takes it (NetwerkbijeenkomstInput). */
export interface BijeenkomstInvoer {
  titel: string;
  thema: string | null;
  buurtId: string;
  begin: string;
  eind: string;
  locatie: string;
  capaciteit: number;
}

/**
 * The form's own format checks (required fields, times that are times, a whole number of places);
 * every rule about meetings (host buurt, capacity, dates) comes from the API. Returns the errors
 * per field, or the input to send when there are none.
 */
export function controleerBijeenkomst(
  w: BijeenkomstVelden,
): { fouten: Record<string, string>; invoer: null } | { fouten: Record<string, never>; invoer: BijeenkomstInvoer } {
  const f: Record<string, string> = {};
  if (w.titel.trim() === '') {
    f.titel = 'Vul een titel in.';
  }
  if (!w.buurtId) {
    f.buurtId = 'Kies de gastbuurt.';
  }
  const begin = amsterdamNaarIso(w.datum, w.begintijd);
  const eind = amsterdamNaarIso(w.datum, w.eindtijd);
  const datumFout = controleerDatum(w.datum, 'Datum', true);
  if (datumFout) {
    // Empty, a five-digit year or a day that does not exist (issue 19).
    f.datum = datumFout;
  }
  if (!begin) {
    f.begintijd = w.begintijd ? 'Vul een geldige begintijd in, bijvoorbeeld 19:30.' : 'Vul de begintijd in.';
  }
  if (!eind) {
    f.eindtijd = w.eindtijd ? 'Vul een geldige eindtijd in, bijvoorbeeld 21:30.' : 'Vul de eindtijd in.';
  }
  if (w.locatie.trim() === '') {
    f.locatie = 'Vul de locatie in, bijvoorbeeld het adres van het buurthuis.';
  }
  if (!/^\d+$/.test(w.capaciteit.trim())) {
    f.capaciteit = 'Vul het aantal plaatsen in als een heel getal.';
  }
  if (Object.keys(f).length > 0 || !begin || !eind) {
    return { fouten: f, invoer: null };
  }
  return {
    fouten: {},
    invoer: {
      titel: w.titel.trim(),
      thema: w.thema.trim() || null,
      buurtId: w.buurtId,
      begin,
      eind,
      locatie: w.locatie.trim(),
      capaciteit: Number(w.capaciteit.trim()),
    },
  };
}
