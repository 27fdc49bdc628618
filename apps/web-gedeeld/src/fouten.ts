/**
 * What a person sees when something they typed or did is refused: plain Dutch at the field it
 * concerns, never a GraphQL message, a field path, a variable name or an error code (issue 19).
 *
 * The API answers a refusal with `extensions.code` (libs/core/src/errors/domain-error.ts) and, for
 * invalid input, `extensions.velden`: one `{ veld, melding }` per field, where `veld` is the path
 * as the client sent it (`input.startdatum`, `input.aanvragen[0].gevraagdBedrag`) and `melding` a
 * Dutch fragment without a subject ("is geen geldige datum."). This module maps those paths to a
 * form's fields, puts the field's label in front of the fragment, shows amounts in euros, and
 * replaces anything that still looks technical by a general Dutch message.
 */
import { ApiFout } from './apifout';
import { euro } from './geld';

/** A form field an API path maps to: its `name` attribute (and id) and its visible label. */
export interface FormVeld {
  naam: string;
  label: string;
}

/**
 * How a form maps the API's field paths to its fields: by the path's last name (`startdatum` for
 * `input.startdatum`), or a function of the whole path split into parts
 * (`['input', 'aanvragen', '0', 'gevraagdBedrag']`) for fields in lists.
 */
export type Veldkaart = Readonly<Record<string, FormVeld>> | ((delen: readonly string[]) => FormVeld | null);

export interface LeesbareFout {
  /** A message for the top of the form (or the page), or null when the fields say it all. */
  algemeen: string | null;
  /** Messages per form field name, each a whole Dutch sentence with the field's label. */
  perVeld: Record<string, string>;
}

/**
 * Traces of a technical message: graphql-js texts, field paths, variable names, error codes,
 * amounts in cents, ids. Anything that matches is never shown to a person.
 */
const LEKKEN: readonly RegExp[] = [
  /Variable "\$/,
  /Expected type/i,
  /\b(?:input|variables?)\.[A-Za-z]/,
  /\b[a-z]+[A-Z][A-Za-z]*(?:\[\d+\])?(?:\.[A-Za-z]+)*:/, // camelCase field path followed by a colon
  /\b[a-z]+Id\b/, // field names such as panelId, aanmeldingId
  /^[a-z][\w.[\]]*:\s/, // "veld: melding", the API's own path form
  // Any other API name in camelCase (Dutch words have none); quoted, it repeats what the person
  // typed (a fact name in a rule editor) and may stay.
  /(?<!")\b[a-z]+[A-Z][a-z]+[A-Za-z]*\b(?!")/,
  /\b[A-Z][A-Z_]{3,}[A-Z]\b/, // error codes such as BAD_USER_INPUT
  /\d\s*cent\)/,
  /\bcannot\b|\bmust\b|\bfield\b|\bnull\b|\bundefined\b|\bString\b|\bInt\b|\bBoolean\b/,
  /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/i, // uuids
  /\b[A-Za-z0-9_-]{24,}\b/, // long random ids and tokens
  /[{}<>]|\bat "/,
];

/** True when a text still shows something technical (see LEKKEN). */
export function bevatLek(tekst: string): boolean {
  return LEKKEN.some((r) => r.test(tekst));
}

/** What a person can do about each kind of refusal when the API's own text cannot be shown. */
const PER_CODE: Record<string, string> = {
  UNAUTHENTICATED: 'Je bent niet (meer) ingelogd. Log opnieuw in en probeer het nog eens.',
  FORBIDDEN: 'Je mag dit niet bekijken of doen.',
  NOT_FOUND: 'Dit bestaat niet (meer). Misschien is het verwijderd of is de link niet goed.',
  BAD_USER_INPUT: 'Niet alles is goed ingevuld. Kijk bij de gemarkeerde velden.',
  ONGELDIGE_STATUSOVERGANG: 'Dit kan nu niet meer: de stand van zaken is intussen veranderd. Laad de pagina opnieuw.',
  CONFLICT: 'Iemand anders heeft dit intussen gewijzigd. Laad de pagina opnieuw en probeer het nog eens.',
  PLAFOND_BEREIKT: 'Het geld van deze regeling is op: het subsidieplafond is bereikt.',
  STEMMING_GESLOTEN: 'De stemming is gesloten.',
  BELANGENCONFLICT: 'Dit kan niet vanwege een belangenconflict.',
  DIENST_NIET_BESCHIKBAAR: 'Buurtwerk is even niet beschikbaar. Probeer het over enkele ogenblikken opnieuw.',
  TE_VEEL_VERZOEKEN: 'Je hebt dit te vaak achter elkaar geprobeerd. Wacht even en probeer het dan opnieuw.',
  NETWERK: 'Buurtwerk is nu niet bereikbaar. Controleer je internetverbinding en probeer het opnieuw.',
  INTERNAL_SERVER_ERROR: 'Er ging bij ons iets mis. Probeer het later opnieuw.',
};

/**
 * Dutch names for the API's input fields, for a field error the form did not map itself: the
 * message then still has a subject ("Sluitdatum is geen geldige datum.") instead of a path.
 */
export const VELDLABELS: Readonly<Record<string, string>> = {
  titel: 'Titel',
  beschrijving: 'Beschrijving',
  omschrijving: 'Omschrijving',
  naam: 'Naam',
  email: 'E-mailadres',
  telefoon: 'Telefoonnummer',
  postcode: 'Postcode',
  huisnummer: 'Huisnummer',
  startdatum: 'Startdatum',
  einddatum: 'Einddatum',
  datum: 'Datum',
  vanaf: 'Begindatum',
  tot: 'Einddatum',
  begin: 'Begintijd',
  eind: 'Eindtijd',
  geldigVan: 'Geldig vanaf',
  geldigTot: 'Geldig tot',
  sluitOp: 'Sluitdatum',
  bedrag: 'Bedrag',
  gevraagdBedrag: 'Gevraagd bedrag',
  eigenBijdrage: 'Eigen bijdrage',
  toegekendBedrag: 'Toegekend bedrag',
  vastgesteldBedrag: 'Vastgesteld bedrag',
  werkelijkeKosten: 'Werkelijke kosten',
  maximumBedrag: 'Maximumbedrag',
  motivering: 'Motivering',
  toelichting: 'Toelichting',
  verzoek: 'Verzoek',
  uiterlijk: 'Uiterlijke datum',
  categorie: 'Categorie',
  afdeling: 'Afdeling',
  terugkoppeling: 'Terugkoppeling',
  locatie: 'Locatie',
  capaciteit: 'Aantal plaatsen',
  quorum: 'Quorum',
  leden: 'Leden',
  functie: 'Functie',
  organisatie: 'Organisatie',
  organisatieNaam: 'Organisatie',
  aantalBetrokkenBewoners: 'Aantal betrokken bewoners',
  buurtIds: 'Buurt',
  buurtId: 'Buurt',
  stadsdeelId: 'Stadsdeel',
  regelingId: 'Regeling',
  instrumentId: 'Onderdeel van de menukaart',
  panelId: 'Buurtpanel',
  initiatiefId: 'Initiatief',
  ambtsdragerId: 'Ambtsdrager',
  organisatieId: 'Organisatie',
  aanmeldingId: 'Aanmelding',
  code: 'Code',
  gastbuurtSuggesties: 'De voorgestelde gastbuurten',
  regel: 'Regel',
  periode: 'Periode',
};

export const ALGEMENE_FOUT = 'Er ging iets mis. Probeer het opnieuw.';

/**
 * The API speaks "u" in some older texts (rule findings, a few refusals); the apps say "je"
 * everywhere (issue 19). In Dutch the verb after "u" is the "je" form except "heeft" (hebt).
 */
export function jeVorm(tekst: string): string {
  return tekst
    .replace(/\bU heeft\b/g, 'Je hebt')
    .replace(/\bu heeft\b/g, 'je hebt')
    .replace(/\bUw\b/g, 'Je')
    .replace(/\buw\b/g, 'je')
    .replace(/\bU\b(?=\s+[a-z])/g, 'Je')
    .replace(/(?<=[a-z,;:]\s)u\b(?=[\s.,;:])/g, 'je');
}

/** A fragment that starts with its verb: the field is its subject. */
const ONDERWERPLOOS =
  /^(?:is|zijn|moet|moeten|mag|mogen|ligt|liggen|bevat|heeft|kan|staat|was|valt|hoort|past|komt|wordt|bestaat|overlapt|telt|verwijst|gaat|ontbreekt)\b/;

/** "(290000 cent)" and "290000 cent" become "€ 2.900,00". */
function inEuros(tekst: string): string {
  return tekst.replace(/\(?(\d+) cent\)?/g, (_, c: string) => euro(Number(c)));
}

function zin(t: string): string {
  const s = t.trim();
  return /[.!?]$/.test(s) ? s : `${s}.`;
}

function delenVan(pad: string): string[] {
  return pad.split(/[.[\]]+/).filter((d) => d !== '');
}

function zoekVeld(kaart: Veldkaart, pad: string): FormVeld | null {
  const delen = delenVan(pad);
  if (typeof kaart === 'function') {
    return kaart(delen);
  }
  for (let i = delen.length - 1; i >= 0; i--) {
    const v = kaart[delen[i]];
    if (v) {
      return v;
    }
    if (!/^\d+$/.test(delen[i])) {
      break;
    }
  }
  return null;
}

/** The labels a message may name other fields by (e.g. "ligt voor geldigVan"), from the map. */
function noemVelden(tekst: string, kaart: Veldkaart): string {
  return tekst.replace(/\b[a-z]+[A-Z][A-Za-z]*\b/g, (w) => {
    const label = (typeof kaart === 'function' ? undefined : kaart[w]?.label) ?? VELDLABELS[w];
    return label ? label.toLowerCase() : w;
  });
}

/** A field's message: the label, then the API's fragment, in euros and je-form; general when technical. */
function veldzin(label: string, melding: string, kaart: Veldkaart): string {
  const tekst = jeVorm(inEuros(noemVelden(melding.trim(), kaart)));
  if (tekst === '' || bevatLek(tekst)) {
    return `${label} is niet goed ingevuld.`;
  }
  // A fragment without subject ("is geen geldige datum.") gets the label in front; a clause of its
  // own ("deze buurt was al gastbuurt", "kies minstens één buurt") only a capital.
  if (ONDERWERPLOOS.test(tekst)) {
    return zin(`${label} ${tekst}`);
  }
  return zin(tekst.charAt(0).toUpperCase() + tekst.slice(1));
}

/**
 * Splits any error into per-field messages for the fields this form has and one general message,
 * both plain Dutch. A field error the form has no field for becomes part of the general message
 * when it is readable, or a general sentence when it is not; nothing is shown twice.
 */
export function leesbareFout(e: unknown, kaart: Veldkaart = {}, anders: string = ALGEMENE_FOUT): LeesbareFout {
  const perVeld: Record<string, string> = {};
  if (!(e instanceof ApiFout)) {
    return { algemeen: e instanceof Error && e.message && !bevatLek(e.message) ? e.message : anders, perVeld };
  }
  const overig: string[] = [];
  for (const v of e.velden) {
    const veld = zoekVeld(kaart, v.veld);
    if (veld) {
      perVeld[veld.naam] ??= veldzin(veld.label, v.melding, kaart);
    } else {
      const naam =
        delenVan(v.veld)
          .filter((d) => !/^\d+$/.test(d))
          .pop() ?? '';
      const tekst = veldzin(VELDLABELS[naam] ?? 'Een van de gegevens', v.melding, kaart);
      if (!overig.includes(tekst)) {
        overig.push(tekst);
      }
    }
  }
  if (Object.keys(perVeld).length > 0 && overig.length === 0) {
    // The API's own sentence only when it says more than the fields (e.g. which buurt already
    // hosted), is readable, and is not the usual "De invoer is niet geldig: …" list of paths.
    const eigen = jeVorm(inEuros(noemVelden(e.message.trim(), kaart)));
    const herhaalt = e.velden.every((v) => e.message.includes(v.melding.trim()));
    return { algemeen: eigen !== '' && !herhaalt && !bevatLek(eigen) ? eigen : null, perVeld };
  }
  if (overig.length > 0) {
    const inleiding = anders === ALGEMENE_FOUT ? 'Controleer wat je hebt ingevuld.' : anders;
    return { algemeen: [inleiding, ...overig].join(' '), perVeld };
  }
  const eigen = jeVorm(inEuros(noemVelden(e.message.trim(), kaart)));
  if (eigen !== '' && !bevatLek(eigen) && e.code !== 'INTERNAL_SERVER_ERROR') {
    return { algemeen: eigen, perVeld };
  }
  return { algemeen: (e.code && PER_CODE[e.code]) ?? anders, perVeld };
}

/** One Dutch message for any error (for actions without a form): see leesbareFout. */
export function foutmelding(e: unknown, anders: string = ALGEMENE_FOUT): string {
  const { algemeen, perVeld } = leesbareFout(e, {}, anders);
  return algemeen ?? Object.values(perVeld).join(' ');
}

/** Moves focus to the first field with an error (WCAG 3.3.1: the user finds it at once). */
export function focusEersteFout(fouten: Record<string, string>, volgorde: readonly string[], binnen = 'main'): void {
  const eerste = volgorde.find((v) => fouten[v]) ?? Object.keys(fouten)[0];
  if (eerste) {
    window.setTimeout(() => document.querySelector<HTMLElement>(`${binnen} [name="${eerste}"]`)?.focus(), 0);
  }
}

// Client-side checks before sending: the API would refuse these too, but with a message about
// the request; here the person gets a sentence about the field at once.

/**
 * A date as the date field gives it (JJJJ-MM-DD): a year of four digits (a five-digit year such
 * as 22026 is a typo the browser's date field lets through), a day that exists.
 */
export function controleerDatum(tekst: string, label: string, verplicht = false): string | null {
  const t = tekst.trim();
  if (t === '') {
    return verplicht ? `Vul de ${label.toLowerCase()} in.` : null;
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (!m) {
    return /^\d{5,}-/.test(t)
      ? `${label}: het jaartal heeft vier cijfers, bijvoorbeeld ${new Date().getFullYear()}.`
      : `${label} is geen datum. Gebruik de vorm dag-maand-jaar, bijvoorbeeld 15-03-${new Date().getFullYear()}.`;
  }
  const [j, mnd, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dag = new Date(Date.UTC(j, mnd - 1, d));
  if (dag.getUTCFullYear() !== j || dag.getUTCMonth() !== mnd - 1 || dag.getUTCDate() !== d) {
    return `${label} bestaat niet in de kalender. Kies een bestaande dag.`;
  }
  if (j < 1900 || j > 2199) {
    return `${label}: kies een jaar tussen 1900 en 2199.`;
  }
  return null;
}

/** A Dutch postcode: four digits (not starting with 0) and two letters, with or without space. */
export function controleerPostcode(tekst: string): string | null {
  const t = tekst.trim();
  if (t === '') {
    return 'Vul je postcode in, bijvoorbeeld 6411 AB.';
  }
  return /^[1-9]\d{3}\s?[A-Za-z]{2}$/.test(t) ? null : 'Een postcode heeft vier cijfers en twee letters, bijvoorbeeld 6411 AB.';
}
