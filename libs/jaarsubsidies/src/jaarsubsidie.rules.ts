/**
 * Pure rules of the yearly subsidy for buurtorganisaties (docs/domein.md, "Yearly subsidies for
 * buurtorganisaties"): the facts and the check of an application, the terms of the book year per
 * the Atw, the advance schedule (Awb 4:95) and the settlement (Awb 4:46, 4:57, 4:87).
 */
import { dagenTussen, plusDagen } from '@buurtwerk/core';
import { type Bevinding, euro, evalueer, type GelijkgesteldeDagen, termijnEinde } from '@buurtwerk/subsidieregels';
import {
  type Activiteitregel,
  BegrotingSoort,
  type Begrotingsregel,
  Voorschotschema,
  type VorigJaar,
} from './jaarsubsidie.entity';

/** The facts of a yearly application a rule's conditions (JSON Logic) may use. */
export interface Jaarfeiten {
  gevraagdBedrag: number;
  totaleKosten: number;
  eigenInkomsten: number;
  andereSubsidies: number;
  /** 100 × own income / total costs (0 without costs). */
  eigenInkomstenProcent: number;
  /** Costs minus own income and other subsidies: what a subsidy may cover at most. */
  tekort: number;
  aantalActiviteiten: number;
  aantalBuurten: number;
  aantalDoelgroepen: number;
  organisatieSoort: string;
  /** Days from receipt to 1 January of the book year. */
  dagenVoorBoekjaar: number;
  vorigJaarSubsidie: number | null;
}

export const JAARFEITNAMEN: readonly (keyof Jaarfeiten)[] = [
  'gevraagdBedrag',
  'totaleKosten',
  'eigenInkomsten',
  'andereSubsidies',
  'eigenInkomstenProcent',
  'tekort',
  'aantalActiviteiten',
  'aantalBuurten',
  'aantalDoelgroepen',
  'organisatieSoort',
  'dagenVoorBoekjaar',
  'vorigJaarSubsidie',
];

export interface Jaaraanvraag {
  boekjaar: number;
  gevraagdBedrag: number;
  activiteiten: readonly Activiteitregel[];
  begroting: readonly Begrotingsregel[];
  vorigJaar: VorigJaar | null;
  organisatieSoort: string;
}

export interface TeToetsenJaarregeling {
  code: string;
  naam: string;
  aanvraagUiterlijk: string;
  maximumBedrag: number | null;
  voorwaarden: ReadonlyArray<{ code: string; omschrijving: string; regel: unknown }>;
}

const som = (regels: readonly Begrotingsregel[], soort: BegrotingSoort, veld: 'bedrag' | 'gerealiseerd' = 'bedrag') =>
  regels.filter((r) => r.soort === soort).reduce((t, r) => t + (r[veld] ?? 0), 0);

export function jaarfeitenVan(a: Jaaraanvraag, ontvangen: string): Jaarfeiten {
  const totaleKosten = som(a.begroting, BegrotingSoort.KOSTEN);
  const eigenInkomsten = som(a.begroting, BegrotingSoort.EIGEN_INKOMSTEN);
  const andereSubsidies = som(a.begroting, BegrotingSoort.ANDERE_SUBSIDIE);
  return {
    gevraagdBedrag: a.gevraagdBedrag,
    totaleKosten,
    eigenInkomsten,
    andereSubsidies,
    eigenInkomstenProcent: totaleKosten === 0 ? 0 : Math.round((10_000 * eigenInkomsten) / totaleKosten) / 100,
    tekort: totaleKosten - eigenInkomsten - andereSubsidies,
    aantalActiviteiten: a.activiteiten.length,
    aantalBuurten: new Set(a.activiteiten.flatMap((x) => x.buurtcodes)).size,
    aantalDoelgroepen: new Set(a.activiteiten.flatMap((x) => x.doelgroepen.map((d) => d.toLowerCase()))).size,
    organisatieSoort: a.organisatieSoort,
    dagenVoorBoekjaar: dagenTussen(ontvangen, `${a.boekjaar}-01-01`),
    vorigJaarSubsidie: a.vorigJaar?.subsidie ?? null,
  };
}

const MAANDEN = [
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

export function datumTekst(datum: string): string {
  const [j, m, d] = datum.split('-').map(Number);
  return `${d} ${MAANDEN[m - 1]} ${j}`;
}

/**
 * The last day to apply for a book year: the rule's MM-DD in the year before, moved past
 * weekends, holidays and equated days (Atw art. 1 and 3).
 */
export function aanvraagUiterlijk(mmdd: string, boekjaar: number, gelijkgesteld: GelijkgesteldeDagen): string {
  return termijnEinde(`${boekjaar - 1}-${mmdd}`, gelijkgesteld);
}

/** Awb 4:44 lid 2: the last day to render account, in the year after the book year (Atw applied). */
export function verantwoordingUiterlijk(mmdd: string, boekjaar: number, gelijkgesteld: GelijkgesteldeDagen): string {
  return termijnEinde(`${boekjaar + 1}-${mmdd}`, gelijkgesteld);
}

/** Awb 4:44: the new term after the account did not come in time (days from the day after the deadline, Atw). */
export function nieuweTermijn(vandaag: string, dagen: number, gelijkgesteld: GelijkgesteldeDagen): string {
  return termijnEinde(plusDagen(vandaag, dagen), gelijkgesteld);
}

/**
 * The one check of a yearly application, live and at receipt: the application deadline, the
 * rule's maximum, the budget (a subsidy covers at most the deficit), then each condition.
 */
export function toetsJaaraanvraag(
  regeling: TeToetsenJaarregeling,
  a: Jaaraanvraag,
  ontvangen: string,
  gelijkgesteld: GelijkgesteldeDagen,
): Bevinding[] {
  const feiten = jaarfeitenVan(a, ontvangen);
  const uiterlijk = aanvraagUiterlijk(regeling.aanvraagUiterlijk, a.boekjaar, gelijkgesteld);
  const opTijd = ontvangen <= uiterlijk;
  const uit: Bevinding[] = [
    {
      voorwaarde: `${regeling.code}.AANVRAAGTERMIJN`,
      voldaan: opTijd,
      toelichting: opTijd
        ? `Je vraagt op tijd aan: voor ${a.boekjaar} kan dat tot en met ${datumTekst(uiterlijk)}.`
        : `Voor ${a.boekjaar} kon je aanvragen tot en met ${datumTekst(uiterlijk)}. Je aanvraag van ${datumTekst(ontvangen)} is te laat.`,
    },
  ];
  if (regeling.maximumBedrag !== null) {
    const ok = a.gevraagdBedrag <= regeling.maximumBedrag;
    uit.push({
      voorwaarde: `${regeling.code}.MAXIMUMBEDRAG`,
      voldaan: ok,
      toelichting: ok
        ? `Je vraagt ${euro(a.gevraagdBedrag)}; dat is niet meer dan het maximum van ${euro(regeling.maximumBedrag)}.`
        : `Je vraagt ${euro(a.gevraagdBedrag)}; deze regeling geeft hoogstens ${euro(regeling.maximumBedrag)}.`,
    });
  }
  const tekortOk = a.gevraagdBedrag <= feiten.tekort;
  uit.push({
    voorwaarde: `${regeling.code}.BEGROTING`,
    voldaan: tekortOk,
    toelichting: tekortOk
      ? `De subsidie dekt een deel van het tekort op je begroting (${euro(feiten.tekort)}).`
      : `Je vraagt ${euro(a.gevraagdBedrag)}, maar het tekort op je begroting (kosten min eigen inkomsten en andere subsidies) is ${euro(Math.max(0, feiten.tekort))}. Meer dan het tekort kan de gemeente niet geven.`,
  });
  for (const v of regeling.voorwaarden) {
    const ok = evalueer(v.regel, feiten as unknown as Record<string, unknown>);
    uit.push({
      voorwaarde: `${regeling.code}.${v.code}`,
      voldaan: ok,
      toelichting: ok ? `Voldaan: ${v.omschrijving}` : `Niet voldaan: ${v.omschrijving}.`,
    });
  }
  return uit;
}

export interface GeplandeBetaling {
  volgnummer: number;
  bedrag: number;
  vervaldatum: string;
}

/** The due dates of the advances of a book year: the first day of each quarter or month. */
export function vervaldata(schema: Voorschotschema, boekjaar: number): string[] {
  const maanden = schema === Voorschotschema.KWARTAAL ? [1, 4, 7, 10] : [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  return maanden.map((m) => `${boekjaar}-${String(m).padStart(2, '0')}-01`);
}

/** Splits `totaal` cents over `n` parts: equal parts, the cents left over one each on the first parts. */
export function verdeel(totaal: number, n: number): number[] {
  if (n <= 0) {
    return [];
  }
  const deel = Math.floor(totaal / n);
  const rest = totaal - deel * n;
  return Array.from({ length: n }, (_, i) => deel + (i < rest ? 1 : 0));
}

/**
 * Awb 4:95: the advances of a grant: `procent` of it, spread over the schedule of the book year;
 * a due date before the decision becomes the decision day (no advance is due before it is granted).
 */
export function voorschotten(
  schema: Voorschotschema,
  boekjaar: number,
  verleend: number,
  procent: number,
  besluitdatum: string,
): GeplandeBetaling[] {
  const totaal = Math.floor((verleend * procent) / 100);
  const data = vervaldata(schema, boekjaar);
  return verdeel(totaal, data.length).map((bedrag, i) => ({
    volgnummer: i + 1,
    bedrag,
    vervaldatum: data[i] < besluitdatum ? besluitdatum : data[i],
  }));
}

/**
 * After the grant changed (Awb 4:48–4:50 or a reported change): the advances still planned are set so
 * that, with what is already paid, they come to `procent` of the new grant; never below zero (what
 * was paid too much comes back at settlement, Awb 4:57).
 */
export function herplan(verleend: number, procent: number, betaald: number, nogGepland: number): number[] {
  const rest = Math.max(0, Math.floor((verleend * procent) / 100) - betaald);
  return verdeel(rest, nogGepland);
}

/** Awb 4:87 and 4:57: after settlement, the municipality pays the rest or reclaims what was paid too much. */
export function afrekening(vastgesteld: number, betaald: number): { nabetaling: number; terugvordering: number } {
  return { nabetaling: Math.max(0, vastgesteld - betaald), terugvordering: Math.max(0, betaald - vastgesteld) };
}

/** Awb 4:87 lid 1: the rest is paid within four weeks after the settlement. */
export const NABETALING_DAGEN = 28;
/** The term the recovery decision gives to pay back (Awb 4:57, 4:87 lid 2 by analogy: six weeks). */
export const TERUGBETALING_DAGEN = 42;

export interface Korting {
  code: string;
  bedrag: number;
  grond: string | null;
  motivering: string | null;
}

/**
 * Awb 4:46: settled at the grant unless one of the grounds of lid 2 applies; each line settled lower
 * names its ground and reasons. Returns the field errors (empty: valid) and the amount settled.
 */
export function controleerVaststelling(
  verleend: number,
  kortingen: readonly Korting[],
  begroting: readonly Begrotingsregel[],
): { fouten: Array<{ veld: string; melding: string }>; vastgesteld: number } {
  const fouten: Array<{ veld: string; melding: string }> = [];
  const codes = new Set(begroting.map((r) => r.code));
  const gezien = new Set<string>();
  kortingen.forEach((k, i) => {
    const pad = `input.kortingen[${i}]`;
    if (!codes.has(k.code)) {
      fouten.push({ veld: `${pad}.code`, melding: `is geen regel van de begroting (${[...codes].join(', ')}).` });
    }
    if (gezien.has(k.code)) {
      fouten.push({ veld: `${pad}.code`, melding: 'staat twee keer in de vaststelling.' });
    }
    gezien.add(k.code);
    if (k.bedrag > 0 && (!k.grond || !k.motivering || k.motivering.trim().length < 20)) {
      fouten.push({
        veld: `${pad}.motivering`,
        melding: 'Een lagere vaststelling noemt per regel de grond (Awb 4:46 lid 2) en legt in minstens een zin uit waarom.',
      });
    }
  });
  const totaal = kortingen.reduce((t, k) => t + k.bedrag, 0);
  if (totaal > verleend) {
    fouten.push({
      veld: 'input.kortingen',
      melding: `De kortingen (${euro(totaal)}) zijn hoger dan de verleende subsidie (${euro(verleend)}).`,
    });
  }
  return { fouten, vastgesteld: Math.max(0, verleend - totaal) };
}

/** Awb 4:38: a reported budget shift must be reported when it is above the rule's threshold. */
export function isMeldingsplichtig(regel: Begrotingsregel, verschuiving: number, drempelProcent: number): boolean {
  return regel.bedrag === 0 ? verschuiving > 0 : (100 * Math.abs(verschuiving)) / regel.bedrag > drempelProcent;
}

/** Reminders due today: the days-before-deadline values not yet sent whose day has come. */
export function herinneringenNu(
  uiterlijk: string,
  dagen: readonly number[],
  verstuurd: readonly number[],
  vandaag: string,
): number[] {
  return dagen.filter((d) => !verstuurd.includes(d) && vandaag >= plusDagen(uiterlijk, -d) && vandaag <= uiterlijk);
}
