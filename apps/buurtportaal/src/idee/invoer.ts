/**
 * The idea form's state and how it becomes the API's InitiatiefInput. Only format checks here
 * (required fields, amounts that are amounts); every rule about the request comes from the API
 * (toetsInitiatief), so this app never decides what is allowed.
 */
import { controleerDatum } from '@web-gedeeld/fouten';
import { centenAlsInvoer, centenUitInvoer } from '@web-gedeeld/geld';

export interface AanvraagInvoer {
  gevraagd: string;
  eigen: string;
  toelichting: string;
}

export interface IdeeInvoer {
  titel: string;
  beschrijving: string;
  buurtId: string;
  schaal: string;
  aanvragerSoort: string;
  /** Only when an organisation applies (a PARTNER acting for it). */
  organisatieId: string;
  aantalBewoners: string;
  startdatum: string;
  einddatum: string;
  /** Chosen instruments of the menukaart, in the order they were chosen. */
  gekozen: string[];
  aanvragen: Record<string, AanvraagInvoer>;
}

export const LEGE_INVOER: IdeeInvoer = {
  titel: '',
  beschrijving: '',
  buurtId: '',
  schaal: 'BUURT',
  aanvragerSoort: '',
  organisatieId: '',
  aantalBewoners: '',
  startdatum: '',
  einddatum: '',
  gekozen: [],
  aanvragen: {},
};

export const LEGE_AANVRAAG: AanvraagInvoer = { gevraagd: '', eigen: '', toelichting: '' };

export interface InitiatiefInvoer {
  titel: string;
  beschrijving: string;
  schaal: 'BUURT' | 'STADSDEEL' | 'STAD';
  buurtIds: string[];
  aanvragerSoort: 'BEWONER' | 'BEWONERSGROEP' | 'ORGANISATIE';
  organisatieId: string | null;
  aantalBetrokkenBewoners: number | null;
  startdatum: string | null;
  einddatum: string | null;
  aanvragen: Array<{
    instrumentId: string;
    gevraagdBedrag: number | null;
    eigenBijdrage: number | null;
    toelichting: string | null;
  }>;
}

export type Veldfouten = Record<string, string>;

export const STAP_VELDEN = {
  1: ['titel', 'beschrijving', 'buurt', 'aanvragersoort', 'organisatie', 'bewoners', 'startdatum', 'einddatum'],
  2: ['menukaart', 'gevraagd', 'eigen'],
} as const;

/** Format errors per field name (the field's `name` attribute; amounts as `gevraagd-<id>`). */
export function controleerVorm(i: IdeeInvoer, geldInstrumenten: ReadonlySet<string>): Veldfouten {
  const f: Veldfouten = {};
  if (i.titel.trim() === '') {
    f.titel = 'Geef je idee een korte titel.';
  }
  if (i.beschrijving.trim() === '') {
    f.beschrijving = 'Beschrijf je idee: wat ga je doen, voor wie en waarom?';
  }
  if (i.buurtId === '') {
    f.buurt = 'Kies de buurt waar je idee plaatsvindt.';
  }
  if (i.aanvragerSoort === '') {
    f.aanvragersoort = 'Kies wie de aanvraag doet.';
  } else if (i.aanvragerSoort === 'ORGANISATIE' && i.organisatieId === '') {
    f.organisatie = 'Kies de organisatie namens wie je aanvraagt.';
  }
  if (i.aantalBewoners.trim() !== '' && !/^\d{1,7}$/.test(i.aantalBewoners.trim())) {
    f.bewoners = 'Vul een heel aantal in, bijvoorbeeld 12.';
  }
  // A date the browser's date field lets through but that is none (a five-digit year, 31 June).
  const start = controleerDatum(i.startdatum, 'Startdatum');
  const eind = controleerDatum(i.einddatum, 'Einddatum');
  if (start) {
    f.startdatum = start;
  }
  if (eind) {
    f.einddatum = eind;
  } else if (!start && i.startdatum && i.einddatum && i.einddatum < i.startdatum) {
    f.einddatum = 'De einddatum ligt voor de startdatum.';
  }
  if (i.gekozen.length === 0) {
    f.menukaart = 'Kies ten minste één vorm van ondersteuning van de menukaart.';
  }
  for (const id of i.gekozen) {
    if (!geldInstrumenten.has(id)) {
      continue;
    }
    const a = i.aanvragen[id] ?? LEGE_AANVRAAG;
    const gevraagd = centenUitInvoer(a.gevraagd);
    if (gevraagd.soort === 'leeg') {
      f[`gevraagd-${id}`] = 'Vul in hoeveel geld je vraagt, bijvoorbeeld 250 of 12,50.';
    } else if (gevraagd.soort === 'fout') {
      f[`gevraagd-${id}`] = gevraagd.melding;
    }
    const eigen = centenUitInvoer(a.eigen);
    if (eigen.soort === 'fout') {
      f[`eigen-${id}`] = eigen.melding;
    }
  }
  return f;
}

/** The fields of one step that have an error (amount fields belong to step 2). */
export function foutenVanStap(f: Veldfouten, stap: 1 | 2): string[] {
  const velden: readonly string[] = STAP_VELDEN[stap];
  return Object.keys(f).filter((k) => velden.includes(k.replace(/-.*$/, '')));
}

const centen = (s: string): number | null => {
  const r = centenUitInvoer(s);
  return r.soort === 'bedrag' ? r.centen : null;
};

export function naarInput(i: IdeeInvoer, geldInstrumenten: ReadonlySet<string>): InitiatiefInvoer {
  return {
    titel: i.titel.trim(),
    beschrijving: i.beschrijving.trim(),
    schaal: i.schaal as InitiatiefInvoer['schaal'],
    buurtIds: i.buurtId ? [i.buurtId] : [],
    aanvragerSoort: (i.aanvragerSoort || 'BEWONER') as InitiatiefInvoer['aanvragerSoort'],
    organisatieId: i.aanvragerSoort === 'ORGANISATIE' && i.organisatieId ? i.organisatieId : null,
    aantalBetrokkenBewoners: /^\d{1,7}$/.test(i.aantalBewoners.trim()) ? Number(i.aantalBewoners.trim()) : null,
    startdatum: i.startdatum || null,
    einddatum: i.einddatum || null,
    aanvragen: i.gekozen.map((id) => {
      const a = i.aanvragen[id] ?? LEGE_AANVRAAG;
      const geld = geldInstrumenten.has(id);
      return {
        instrumentId: id,
        gevraagdBedrag: geld ? centen(a.gevraagd) : null,
        eigenBijdrage: geld ? centen(a.eigen) : null,
        toelichting: a.toelichting.trim() || null,
      };
    }),
  };
}

/** A saved draft back into the form. */
export function uitConcept(c: {
  titel: string;
  beschrijving: string;
  schaal: string;
  aanvragerSoort: string;
  organisatie?: { id: string } | null;
  aantalBetrokkenBewoners?: number | null;
  startdatum?: string | null;
  einddatum?: string | null;
  buurten: Array<{ id: string }>;
  aanvragen: Array<{
    instrument: { id: string };
    gevraagdBedrag?: number | null;
    eigenBijdrage?: number | null;
    toelichting?: string | null;
  }>;
}): IdeeInvoer {
  const aanvragen: Record<string, AanvraagInvoer> = {};
  for (const a of c.aanvragen) {
    aanvragen[a.instrument.id] = {
      gevraagd: a.gevraagdBedrag == null ? '' : centenAlsInvoer(a.gevraagdBedrag),
      eigen: a.eigenBijdrage == null ? '' : centenAlsInvoer(a.eigenBijdrage),
      toelichting: a.toelichting ?? '',
    };
  }
  return {
    titel: c.titel,
    beschrijving: c.beschrijving,
    buurtId: c.buurten[0]?.id ?? '',
    schaal: c.schaal,
    aanvragerSoort: c.aanvragerSoort,
    organisatieId: c.organisatie?.id ?? '',
    aantalBewoners: c.aantalBetrokkenBewoners == null ? '' : String(c.aantalBetrokkenBewoners),
    startdatum: c.startdatum ?? '',
    einddatum: c.einddatum ?? '',
    gekozen: c.aanvragen.map((a) => a.instrument.id),
    aanvragen,
  };
}
