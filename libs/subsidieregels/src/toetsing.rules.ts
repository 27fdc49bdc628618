/**
 * Pure rules for checking a request against a subsidy rule (docs/domein.md, invariant 4). The same
 * function runs for the live check (toetsInitiatief) and at submission (initiatiefIndienen).
 */
import jsonLogic from 'json-logic-js';
import { dagenTussen } from '@buurtwerk/core';

export enum Schaal {
  BUURT = 'BUURT',
  STADSDEEL = 'STADSDEEL',
  STAD = 'STAD',
}

export enum AanvragerSoort {
  BEWONER = 'BEWONER',
  BEWONERSGROEP = 'BEWONERSGROEP',
  ORGANISATIE = 'ORGANISATIE',
}

/** The facts of a request that a Voorwaarde.regel may use (docs/domein.md, invariant 4). */
export interface Feiten {
  gevraagdBedrag: number;
  eigenBijdrage: number;
  eigenBijdrageProcent: number;
  aanvragerSoort: AanvragerSoort;
  organisatieSoort: string | null;
  schaal: Schaal;
  aantalBuurten: number;
  aantalBetrokkenBewoners: number | null;
  dagenTotStart: number | null;
  looptijdDagen: number | null;
  /** The initiative is linked to a need on its buurt's agenda (policy: "dat waar de buurt behoefte aan heeft"). */
  beantwoordtBehoefte: boolean;
}

export const FEITNAMEN: readonly (keyof Feiten)[] = [
  'gevraagdBedrag',
  'eigenBijdrage',
  'eigenBijdrageProcent',
  'aanvragerSoort',
  'organisatieSoort',
  'schaal',
  'aantalBuurten',
  'aantalBetrokkenBewoners',
  'dagenTotStart',
  'looptijdDagen',
  'beantwoordtBehoefte',
];

export interface Bevinding {
  voorwaarde: string;
  voldaan: boolean;
  toelichting: string;
}

export interface RegelVoorwaarde {
  code: string;
  omschrijving: string;
  regel: unknown;
}

/** What the check needs of a subsidy rule (one version). */
export interface TeToetsenRegeling {
  code: string;
  naam: string;
  versie: number;
  geldigVan: string;
  geldigTot: string | null;
  schalen: Schaal[];
  aanvragers: AanvragerSoort[];
  maximumBedrag: number | null;
  voorwaarden: RegelVoorwaarde[];
  /** A tender (Awb 4:26) has an application window; requests outside it cannot be granted. */
  verdeelmethode?: string;
  aanvraagperiodeVan?: string | null;
  aanvraagperiodeTot?: string | null;
}

/** The request as the check sees it: the initiative plus its requests under one rule. */
export interface TeToetsenAanvraag {
  aanvragerSoort: AanvragerSoort;
  organisatieSoort: string | null;
  schaal: Schaal;
  aantalBuurten: number;
  aantalBetrokkenBewoners: number | null;
  startdatum: string | null;
  einddatum: string | null;
  /** Linked to a recorded need of the buurtagenda; absent counts as not. */
  beantwoordtBehoefte?: boolean;
  /** Amounts of the requests under this rule (cents). */
  bedragen: Array<{ gevraagdBedrag: number | null; eigenBijdrage: number | null }>;
}

export function feitenVan(aanvraag: TeToetsenAanvraag, vandaag: string): Feiten {
  const gevraagdBedrag = aanvraag.bedragen.reduce((s, b) => s + (b.gevraagdBedrag ?? 0), 0);
  const eigenBijdrage = aanvraag.bedragen.reduce((s, b) => s + (b.eigenBijdrage ?? 0), 0);
  const totaal = gevraagdBedrag + eigenBijdrage;
  return {
    gevraagdBedrag,
    eigenBijdrage,
    // Share of the whole budget carried by the applicants; two decimals, no float drift in messages.
    eigenBijdrageProcent: totaal === 0 ? 0 : Math.round((10_000 * eigenBijdrage) / totaal) / 100,
    aanvragerSoort: aanvraag.aanvragerSoort,
    organisatieSoort: aanvraag.organisatieSoort,
    schaal: aanvraag.schaal,
    aantalBuurten: aanvraag.aantalBuurten,
    aantalBetrokkenBewoners: aanvraag.aantalBetrokkenBewoners,
    dagenTotStart: aanvraag.startdatum ? dagenTussen(vandaag, aanvraag.startdatum) : null,
    // Both days count: an activity on one day lasts one day.
    looptijdDagen: aanvraag.startdatum && aanvraag.einddatum ? dagenTussen(aanvraag.startdatum, aanvraag.einddatum) + 1 : null,
    beantwoordtBehoefte: aanvraag.beantwoordtBehoefte === true,
  };
}

// ---------------------------------------------------------------- wording for residents

const SCHAAL_TEKST: Record<Schaal, string> = {
  [Schaal.BUURT]: 'één buurt',
  [Schaal.STADSDEEL]: 'een stadsdeel',
  [Schaal.STAD]: 'de hele stad',
};

const AANVRAGER_TEKST: Record<AanvragerSoort, string> = {
  [AanvragerSoort.BEWONER]: 'een bewoner',
  [AanvragerSoort.BEWONERSGROEP]: 'een groep bewoners',
  [AanvragerSoort.ORGANISATIE]: 'een organisatie',
};

const FEIT_TEKST: Record<keyof Feiten, string> = {
  gevraagdBedrag: 'het gevraagde bedrag',
  eigenBijdrage: 'uw eigen bijdrage',
  eigenBijdrageProcent: 'uw eigen bijdrage',
  aanvragerSoort: 'wie de aanvraag doet',
  organisatieSoort: 'het soort organisatie',
  schaal: 'de schaal van het initiatief',
  aantalBuurten: 'het aantal buurten',
  aantalBetrokkenBewoners: 'het aantal betrokken bewoners',
  dagenTotStart: 'de tijd tot de start',
  looptijdDagen: 'de looptijd',
  beantwoordtBehoefte: 'of uw initiatief inspeelt op een behoefte op de buurtagenda',
};

export function euro(centen: number): string {
  const euros = Math.floor(centen / 100);
  const rest = centen % 100;
  const heel = euros.toLocaleString('nl-NL');
  return rest === 0 ? `€ ${heel}` : `€ ${heel},${String(rest).padStart(2, '0')}`;
}

function getal(n: number): string {
  return n.toLocaleString('nl-NL', { maximumFractionDigits: 2 });
}

function datumTekst(datum: string): string {
  const [j, m, d] = datum.split('-').map(Number);
  const maanden = [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ];
  return `${d} ${maanden[m - 1]} ${j}`;
}

function feitWaarde(naam: keyof Feiten, feiten: Feiten): string {
  const v = feiten[naam];
  if (v === null) {
    return 'niet ingevuld';
  }
  switch (naam) {
    case 'gevraagdBedrag':
    case 'eigenBijdrage':
      return euro(v as number);
    case 'eigenBijdrageProcent':
      return `${getal(v as number)}%`;
    case 'aanvragerSoort':
      return AANVRAGER_TEKST[v as AanvragerSoort];
    case 'schaal':
      return SCHAAL_TEKST[v as Schaal];
    case 'dagenTotStart':
    case 'looptijdDagen':
      return `${getal(v as number)} dagen`;
    case 'beantwoordtBehoefte':
      return v ? 'ja' : 'nee';
    case 'organisatieSoort':
    case 'aantalBuurten':
    case 'aantalBetrokkenBewoners':
      return typeof v === 'number' ? getal(v) : String(v).toLowerCase().replace(/_/g, ' ');
  }
}

function grensWaarde(naam: keyof Feiten, grens: unknown): string {
  if (typeof grens !== 'number') {
    return String(grens);
  }
  switch (naam) {
    case 'gevraagdBedrag':
    case 'eigenBijdrage':
      return euro(grens);
    case 'eigenBijdrageProcent':
      return `${getal(grens)}%`;
    case 'dagenTotStart':
    case 'looptijdDagen':
      return `${getal(grens)} dagen`;
    case 'aantalBetrokkenBewoners':
    case 'aantalBuurten':
    case 'beantwoordtBehoefte':
    case 'aanvragerSoort':
    case 'organisatieSoort':
    case 'schaal':
      return getal(grens);
  }
}

const VERGELIJKING: Record<string, string> = {
  '>=': 'minstens',
  '>': 'meer dan',
  '<=': 'hoogstens',
  '<': 'minder dan',
  '==': 'precies',
  '===': 'precies',
  '!=': 'niet',
  '!==': 'niet',
};

function varNaam(x: unknown): keyof Feiten | null {
  if (x && typeof x === 'object' && !Array.isArray(x) && 'var' in x) {
    const v = (x as { var: unknown }).var;
    const naam = Array.isArray(v) ? v[0] : v;
    return typeof naam === 'string' && (FEITNAMEN as readonly string[]).includes(naam) ? (naam as keyof Feiten) : null;
  }
  return null;
}

/**
 * Why a rule failed, for a resident: "Uw eigen bijdrage is 5%; deze regeling vraagt minstens 10%."
 * Simple comparisons of one fact with a value are explained precisely; other expressions fall
 * back to the rule's own description with the facts it uses.
 */
export function uitlegAfwijzing(voorwaarde: RegelVoorwaarde, feiten: Feiten): string {
  const regel = voorwaarde.regel;
  if (regel && typeof regel === 'object' && !Array.isArray(regel)) {
    const [op] = Object.keys(regel);
    const args = (regel as Record<string, unknown>)[op];
    if (op in VERGELIJKING && Array.isArray(args) && args.length === 2) {
      const [a, b] = args;
      let naam = varNaam(a);
      let grens = b;
      let woord = VERGELIJKING[op];
      if (!naam && varNaam(b)) {
        naam = varNaam(b);
        grens = a;
        const omgekeerd: Record<string, string> = { '>=': '<=', '>': '<', '<=': '>=', '<': '>' };
        woord = VERGELIJKING[omgekeerd[op] ?? op];
      }
      if (naam && (typeof grens === 'number' || typeof grens === 'string')) {
        const onderwerp = FEIT_TEKST[naam];
        return `${hoofdletter(onderwerp)} is ${feitWaarde(naam, feiten)}; deze regeling vraagt ${woord} ${grensWaarde(naam, grens)}. (${voorwaarde.omschrijving})`;
      }
    }
    if (op === 'in' && Array.isArray(args) && args.length === 2 && Array.isArray(args[1])) {
      const naam = varNaam(args[0]);
      if (naam) {
        return `${hoofdletter(FEIT_TEKST[naam])} is ${feitWaarde(naam, feiten)}; deze regeling staat alleen toe: ${args[1].map((x) => String(x).toLowerCase().replace(/_/g, ' ')).join(', ')}. (${voorwaarde.omschrijving})`;
      }
    }
  }
  const gebruikt = gebruikteFeiten(regel);
  const waarden = gebruikt.map((n) => `${FEIT_TEKST[n]}: ${feitWaarde(n, feiten)}`).join(', ');
  return `Niet voldaan aan: ${voorwaarde.omschrijving}${waarden ? ` (uw gegevens: ${waarden})` : ''}.`;
}

function hoofdletter(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function gebruikteFeiten(regel: unknown): (keyof Feiten)[] {
  const gevonden = new Set<keyof Feiten>();
  const loop = (x: unknown): void => {
    const naam = varNaam(x);
    if (naam) {
      gevonden.add(naam);
    } else if (Array.isArray(x)) {
      x.forEach(loop);
    } else if (x && typeof x === 'object') {
      Object.values(x).forEach(loop);
    }
  };
  loop(regel);
  return [...gevonden];
}

// ---------------------------------------------------------------- the checks

/** Built-in checks of every rule, then each Voorwaarde, in that order. */
export function toetsRegeling(regeling: TeToetsenRegeling, aanvraag: TeToetsenAanvraag, vandaag: string): Bevinding[] {
  const feiten = feitenVan(aanvraag, vandaag);
  const naam = regeling.naam;
  const bevindingen: Bevinding[] = [];
  const geldig = regeling.geldigVan <= vandaag && (regeling.geldigTot === null || vandaag <= regeling.geldigTot);
  bevindingen.push({
    voorwaarde: `${regeling.code}.GELDIGHEID`,
    voldaan: geldig,
    toelichting: geldig
      ? `De regeling "${naam}" geldt op ${datumTekst(vandaag)}.`
      : regeling.geldigVan > vandaag
        ? `De regeling "${naam}" geldt pas vanaf ${datumTekst(regeling.geldigVan)}; u kunt daarvoor nog geen aanvraag doen.`
        : `De regeling "${naam}" gold tot en met ${datumTekst(regeling.geldigTot!)}; u kunt er geen aanvraag meer voor doen.`,
  });
  if (regeling.verdeelmethode === 'VERGELIJKENDE_BEOORDELING') {
    const van = regeling.aanvraagperiodeVan ?? null;
    const tot = regeling.aanvraagperiodeTot ?? null;
    const binnen = (van === null || van <= vandaag) && (tot === null || vandaag <= tot);
    const periode = `van ${van ? datumTekst(van) : 'het begin'} tot en met ${tot ? datumTekst(tot) : 'het einde'}`;
    bevindingen.push({
      voorwaarde: `${regeling.code}.AANVRAAGPERIODE`,
      voldaan: binnen,
      toelichting: binnen
        ? `"${naam}" is een tender: aanvragen kunnen ${periode}. Na afloop worden alle aanvragen vergeleken op de bekendgemaakte criteria en krijgen de best beoordeelde geld, tot het plafond op is (Awb 4:26).`
        : `"${naam}" is een tender met een aanvraagperiode ${periode}; vandaag (${datumTekst(vandaag)}) valt daarbuiten, dus deze aanvraag kan niet worden toegekend (Awb 4:26).`,
    });
  }
  const schaalOk = regeling.schalen.includes(feiten.schaal);
  bevindingen.push({
    voorwaarde: `${regeling.code}.SCHAAL`,
    voldaan: schaalOk,
    toelichting: schaalOk
      ? `Uw initiatief is voor ${SCHAAL_TEKST[feiten.schaal]}; dat past bij deze regeling.`
      : `Uw initiatief is voor ${SCHAAL_TEKST[feiten.schaal]}; deze regeling is alleen voor initiatieven voor ${regeling.schalen.map((s) => SCHAAL_TEKST[s]).join(' of ')}.`,
  });
  const aanvragerOk = regeling.aanvragers.includes(feiten.aanvragerSoort);
  bevindingen.push({
    voorwaarde: `${regeling.code}.AANVRAGER`,
    voldaan: aanvragerOk,
    toelichting: aanvragerOk
      ? `De aanvraag komt van ${AANVRAGER_TEKST[feiten.aanvragerSoort]}; die mag deze regeling gebruiken.`
      : `De aanvraag komt van ${AANVRAGER_TEKST[feiten.aanvragerSoort]}; deze regeling is alleen voor ${regeling.aanvragers.map((a) => AANVRAGER_TEKST[a]).join(' of ')}.`,
  });
  if (regeling.maximumBedrag !== null) {
    const ok = feiten.gevraagdBedrag <= regeling.maximumBedrag;
    bevindingen.push({
      voorwaarde: `${regeling.code}.MAXIMUMBEDRAG`,
      voldaan: ok,
      toelichting: ok
        ? `U vraagt ${euro(feiten.gevraagdBedrag)}; dat is niet meer dan het maximum van ${euro(regeling.maximumBedrag)}.`
        : `U vraagt ${euro(feiten.gevraagdBedrag)}; deze regeling geeft hoogstens ${euro(regeling.maximumBedrag)}.`,
    });
  }
  for (const v of regeling.voorwaarden) {
    const ok = evalueer(v.regel, feiten);
    bevindingen.push({
      voorwaarde: `${regeling.code}.${v.code}`,
      voldaan: ok,
      toelichting: ok ? `Voldaan: ${v.omschrijving}` : uitlegAfwijzing(v, feiten),
    });
  }
  return bevindingen;
}

/**
 * JSON Logic, truthy result = satisfied. A rule that cannot be evaluated is not satisfied. Other
 * kinds of request (the yearly subsidies of libs/jaarsubsidies) pass their own facts.
 */
export function evalueer(regel: unknown, feiten: Feiten | Readonly<Record<string, unknown>>): boolean {
  try {
    return Boolean(jsonLogic.apply(regel as jsonLogic.RulesLogic, feiten));
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------- validating a rule at publication

/** Operators a rule may use: comparisons, logic and arithmetic. No array iteration, no log. */
export const TOEGESTANE_OPERATOREN: readonly string[] = [
  'var',
  'missing',
  'missing_some',
  'if',
  '?:',
  '==',
  '===',
  '!=',
  '!==',
  '!',
  '!!',
  'or',
  'and',
  '>',
  '>=',
  '<',
  '<=',
  'max',
  'min',
  '+',
  '-',
  '*',
  '/',
  '%',
  'in',
];

/**
 * Problems of a JSON Logic expression: unknown operators and unknown facts. Empty means valid.
 * Checked when a rule is published, so a typo never silently rejects (or accepts) requests.
 */
export function controleerRegel(regel: unknown, feitnamen: readonly string[] = FEITNAMEN): string[] {
  const fouten: string[] = [];
  const loop = (x: unknown, diepte: number): void => {
    if (diepte > 30) {
      fouten.push('de regel is te diep genest');
      return;
    }
    if (Array.isArray(x)) {
      x.forEach((y) => loop(y, diepte + 1));
      return;
    }
    if (x === null || typeof x !== 'object') {
      return;
    }
    const sleutels = Object.keys(x);
    if (sleutels.length !== 1) {
      fouten.push(`een bewerking moet precies één operator hebben (gevonden: ${sleutels.join(', ') || 'geen'})`);
      return;
    }
    const op = sleutels[0];
    const args = (x as Record<string, unknown>)[op];
    if (!TOEGESTANE_OPERATOREN.includes(op)) {
      fouten.push(`onbekende operator "${op.slice(0, 50)}"`);
      return;
    }
    if (op === 'var') {
      const naam = Array.isArray(args) ? args[0] : args;
      if (typeof naam !== 'string' || !feitnamen.includes(naam)) {
        fouten.push(`onbekend gegeven "${String(naam).slice(0, 50)}"; bekend zijn: ${feitnamen.join(', ')}`);
      }
      return;
    }
    if (op === 'missing' || op === 'missing_some') {
      const namen = (op === 'missing_some' && Array.isArray(args) ? args[1] : args) as unknown;
      for (const n of Array.isArray(namen) ? namen : [namen]) {
        if (typeof n !== 'string' || !feitnamen.includes(n)) {
          fouten.push(`onbekend gegeven "${String(n).slice(0, 50)}"`);
        }
      }
      return;
    }
    loop(args, diepte + 1);
  };
  if (regel === null || typeof regel !== 'object' || Array.isArray(regel)) {
    fouten.push('een regel is een JSON Logic-bewerking, bijvoorbeeld {">=": [{"var": "eigenBijdrageProcent"}, 10]}');
    return fouten;
  }
  loop(regel, 0);
  return fouten;
}
