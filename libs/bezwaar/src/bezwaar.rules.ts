/**
 * Pure rules of an objection (Awb chapters 6 and 7; docs/domein.md, "Objections (bezwaar)"): its
 * reference, the terms with the Algemene termijnenwet, the transitions, when a decision may be
 * taken, and the letter on the objection. Dates are `YYYY-MM-DD` in Europe/Amsterdam.
 */
import { DomainError, FoutCode, plusDagen } from '@buurtwerk/core';
import { BESTUURSORGAAN, type Blok, type BriefDocument, datumVoluit, GEMEENTE_AFZENDER } from '@buurtwerk/initiatives';
import { bezwaarMogelijkTot, euro, type GelijkgesteldeDagen, termijnEinde } from '@buurtwerk/subsidieregels';
import { BezwaarBeslissing, BezwaarHoedanigheid, BezwaarStatus, type Herziening, HoorzittingAfzienGrond } from './bezwaar.entity';

/** "BZW-2027-0007": the year of receipt and a number without gaps within that year. */
export function bezwaarReferentie(jaar: number, volgnummer: number): string {
  return `BZW-${jaar}-${String(volgnummer).padStart(4, '0')}`;
}

/**
 * Awb 6:7-6:8: the objection term is six weeks and starts the day after the decision was made
 * known; its last day moves past weekends, general holidays and equated days (Atw art. 1, 3).
 */
export function bezwaartermijnEinde(bekendgemaaktOp: string, vrij: GelijkgesteldeDagen): string {
  return bezwaarMogelijkTot(bekendgemaaktOp, vrij);
}

/**
 * Awb 6:9: on time when received on or before the last day of the term. Awb 6:10 lid 1: an
 * objection received before the term began (the decision was taken but not yet made known) is
 * not late either.
 */
export function isTijdig(ontvangen: string, termijnEinde: string): boolean {
  return ontvangen <= termijnEinde;
}

/** Awb 7:10 lid 1: six weeks; twelve when an advisory committee (Awb 7:13) is used. */
export function beslistermijnWeken(adviescommissie: boolean): number {
  return adviescommissie ? 12 : 6;
}

/** Awb 7:10 lid 3: the decision may be deferred once by at most six weeks. */
export const MAX_VERDAGING_WEKEN = 6;

/**
 * Awb 7:10: the decision term starts the day after the objection term ended; for an objection
 * received after that day (a late one), the day after receipt. Plus a deferral (lid 3), and the
 * last day moves per the Atw.
 */
export function beslissenOpBezwaarUiterlijk(
  b: {
    bezwaartermijnEinde: string;
    ingediendDatum: string;
    adviescommissie: boolean;
    verdagingWeken: number;
    /** Awb 7:10 lid 4: further deferral with the objector's consent. */
    verderUitstelWeken?: number;
  },
  vrij: GelijkgesteldeDagen,
): string {
  const start = b.ingediendDatum > b.bezwaartermijnEinde ? b.ingediendDatum : b.bezwaartermijnEinde;
  const weken = beslistermijnWeken(b.adviescommissie) + b.verdagingWeken + (b.verderUitstelWeken ?? 0);
  return termijnEinde(plusDagen(start, weken * 7), vrij);
}

/** Awb 6:7, 6:8, 8:1: appeal to the court within six weeks from the day after the letter was sent. */
export function beroepMogelijkTot(verzonden: string, vrij: GelijkgesteldeDagen): string {
  return bezwaarMogelijkTot(verzonden, vrij);
}

export type BezwaarActor = 'INDIENER' | 'MEDEWERKER';

const S = BezwaarStatus;

/** Every transition of an objection and who makes it; anything else is refused. */
export const BEZWAAR_OVERGANGEN: ReadonlyArray<{ van: BezwaarStatus; naar: BezwaarStatus; door: BezwaarActor }> = [
  { van: S.ONTVANGEN, naar: S.IN_BEHANDELING, door: 'MEDEWERKER' },
  { van: S.ONTVANGEN, naar: S.HOORZITTING_GEPLAND, door: 'MEDEWERKER' },
  { van: S.IN_BEHANDELING, naar: S.HOORZITTING_GEPLAND, door: 'MEDEWERKER' },
  // Moving the hearing to another day or place.
  { van: S.HOORZITTING_GEPLAND, naar: S.HOORZITTING_GEPLAND, door: 'MEDEWERKER' },
  // Waiving a planned hearing (e.g. the objector says they need not be heard, Awb 7:3 sub c).
  { van: S.HOORZITTING_GEPLAND, naar: S.IN_BEHANDELING, door: 'MEDEWERKER' },
  ...[S.ONTVANGEN, S.IN_BEHANDELING, S.HOORZITTING_GEPLAND].flatMap((van) => [
    { van, naar: S.BESLOTEN, door: 'MEDEWERKER' as const },
    // Awb 6:21: the objector may withdraw until the decision on the objection.
    { van, naar: S.INGETROKKEN, door: 'INDIENER' as const },
  ]),
];

const STATUS_TEKST: Record<BezwaarStatus, string> = {
  ONTVANGEN: 'ontvangen',
  IN_BEHANDELING: 'in behandeling',
  HOORZITTING_GEPLAND: 'met een geplande hoorzitting',
  BESLOTEN: 'besloten',
  INGETROKKEN: 'ingetrokken',
};

export function magBezwaarOvergaan(van: BezwaarStatus, naar: BezwaarStatus, door: BezwaarActor): boolean {
  return BEZWAAR_OVERGANGEN.some((o) => o.van === van && o.naar === naar && o.door === door);
}

export function controleerBezwaarOvergang(van: BezwaarStatus, naar: BezwaarStatus, door: BezwaarActor): void {
  if (!magBezwaarOvergaan(van, naar, door)) {
    throw new DomainError(
      FoutCode.ONGELDIGE_STATUSOVERGANG,
      van === naar
        ? `Dit bezwaar is al ${STATUS_TEKST[van]}.`
        : `Dit bezwaar is ${STATUS_TEKST[van]}; het kan daardoor niet ${STATUS_TEKST[naar]} worden.`,
    );
  }
}

/** What an objection must have before staff can decide on it. */
export interface BeslisStand {
  status: BezwaarStatus;
  tijdig: boolean;
  termijnoverschrijdingVerschoonbaar: boolean | null;
  hoorzittingOp: Date | null;
  hoorzittingAfgezienGrond: HoorzittingAfzienGrond | null;
}

/**
 * Why a decision on the objection cannot be taken yet, in Dutch for the staff member; null when it
 * can. Awb 7:2: the objector is heard first, unless the hearing was waived on a ground of Awb 7:3.
 * Awb 6:11: a late objection is judged first; when the lateness is not excusable, the only
 * decision is NIET_ONTVANKELIJK.
 */
export function beslisBeletsel(b: BeslisStand, uitkomst: BezwaarBeslissing, nu: Date): string | null {
  if (!b.tijdig && b.termijnoverschrijdingVerschoonbaar === null) {
    return 'Dit bezwaar kwam na de bezwaartermijn binnen. Beoordeel eerst of dat verschoonbaar is (artikel 6:11 Awb).';
  }
  if (!b.tijdig && b.termijnoverschrijdingVerschoonbaar === false && uitkomst !== BezwaarBeslissing.NIET_ONTVANKELIJK) {
    return 'Dit bezwaar kwam te laat binnen en dat is niet verschoonbaar; het kan alleen niet-ontvankelijk worden verklaard (artikel 6:11 Awb).';
  }
  if (b.hoorzittingAfgezienGrond === null) {
    if (b.hoorzittingOp === null) {
      return 'Hoor eerst de indiener (artikel 7:2 Awb), of leg vast op welke grond u daarvan afziet (artikel 7:3 Awb).';
    }
    if (b.hoorzittingOp.getTime() > nu.getTime()) {
      return 'De hoorzitting is nog niet geweest; beslis daarna (artikel 7:2 Awb).';
    }
  }
  return null;
}

/** Awb 7:3 sub a: only when the objection is manifestly inadmissible may sub a be the ground; sub e only when met in full. */
export function afzienGrondPastBij(grond: HoorzittingAfzienGrond, uitkomst: BezwaarBeslissing): boolean {
  switch (grond) {
    case HoorzittingAfzienGrond.KENNELIJK_NIET_ONTVANKELIJK:
      return uitkomst === BezwaarBeslissing.NIET_ONTVANKELIJK;
    case HoorzittingAfzienGrond.KENNELIJK_ONGEGROND:
      return uitkomst === BezwaarBeslissing.ONGEGROND;
    case HoorzittingAfzienGrond.VOLLEDIG_TEGEMOETGEKOMEN:
      return uitkomst === BezwaarBeslissing.GEGROND;
    case HoorzittingAfzienGrond.AFSTAND_VAN_HOREN:
    case HoorzittingAfzienGrond.NIET_TIJDIG_VERZOCHT:
      return true;
  }
}

export const AFZIEN_GROND_TEKST: Record<HoorzittingAfzienGrond, string> = {
  KENNELIJK_NIET_ONTVANKELIJK: 'het bezwaar is kennelijk niet-ontvankelijk (artikel 7:3, onder a, Awb)',
  KENNELIJK_ONGEGROND: 'het bezwaar is kennelijk ongegrond (artikel 7:3, onder b, Awb)',
  AFSTAND_VAN_HOREN: 'u heeft laten weten dat u niet gehoord wilt worden (artikel 7:3, onder c, Awb)',
  NIET_TIJDIG_VERZOCHT: 'u heeft niet binnen de termijn laten weten dat u gehoord wilt worden (artikel 7:3, onder d, Awb)',
  VOLLEDIG_TEGEMOETGEKOMEN: 'wij komen volledig aan uw bezwaar tegemoet (artikel 7:3, onder e, Awb)',
};

/** Awb 7:10 lid 4: the further deferral with consent, in weeks per step (a sane bound; the law sets none). */
export const MAX_VERDER_UITSTEL_WEKEN = 26;

/**
 * Awb 7:10 lid 3: once, by whole weeks, at most six; before the decision. Lid 4: after that, only
 * insofar as the objector agreed (`instemming`), by whole weeks.
 */
export function verdagingFout(weken: number, alVerdaagd: number, instemming = false): string | null {
  const max = alVerdaagd > 0 && instemming ? MAX_VERDER_UITSTEL_WEKEN : MAX_VERDAGING_WEKEN;
  if (!Number.isInteger(weken) || weken < 1 || weken > max) {
    return alVerdaagd > 0 && instemming
      ? `moet een geheel aantal weken van 1 tot en met ${max} zijn (artikel 7:10, vierde lid, Awb).`
      : `moet een geheel aantal weken van 1 tot en met ${max} zijn (artikel 7:10, derde lid, Awb).`;
  }
  if (alVerdaagd > 0 && !instemming) {
    return 'de beslissing is al eens verdaagd; nog eens verdagen kan alleen met instemming van de indiener (artikel 7:10, vierde lid, Awb).';
  }
  return null;
}

const BESLISSING_TEKST: Record<BezwaarBeslissing, string> = {
  GEGROND: 'Uw bezwaar is gegrond.',
  ONGEGROND: 'Uw bezwaar is ongegrond. Het besluit blijft zoals het was.',
  NIET_ONTVANKELIJK: 'Wij behandelen uw bezwaar niet inhoudelijk. Het is niet-ontvankelijk.',
};

/** The court for Heerlen's decisions (Awb 8:1, 8:7: the court of the district where the body sits). */
export const RECHTBANK_ADRES = 'Rechtbank Limburg, team bestuursrecht, Postbus 950, 6040 AZ Roermond';

/** What every letter about an objection knows. */
export interface BezwaarBriefBasis {
  /** Dagtekening of the letter. */
  datum: string;
  /** The letter's kenmerk (BZW-2027-0007/2). */
  kenmerk: string;
  referentie: string;
  initiatiefReferentie: string;
  initiatiefTitel: string;
  naam: string;
  adres: string;
  email: string | null;
  ingediendDatum: string;
  besluitDatum: string;
}

/** The municipality's own wording around the required parts (brieftekst; may be empty). */
export interface BriefDelen {
  inleiding: Blok[];
  slot: Blok[];
}

function geadresseerde(g: BezwaarBriefBasis): string[] {
  return [g.naam, g.adres, ...(g.email ? [`Per e-mail: ${g.email}`] : ['Via het Buurtportaal'])];
}

function kenmerken(g: BezwaarBriefBasis, onderwerp: string): Array<[string, string]> {
  return [
    ['Datum', datumVoluit(g.datum)],
    ['Ons kenmerk', g.kenmerk],
    ['Uw bezwaar', `${g.referentie}, ingediend op ${datumVoluit(g.ingediendDatum)}`],
    ['Het besluit', `${datumVoluit(g.besluitDatum)}, over ${g.initiatiefReferentie} "${g.initiatiefTitel}"`],
    ['Onderwerp', onderwerp],
  ];
}

/** Everything the receipt of an objection says (Awb 6:14). */
export interface OntvangstBriefGegevens extends BezwaarBriefBasis {
  tijdig: boolean;
  bezwaartermijnEinde: string;
  /** Null: the decision was not made known yet (Awb 6:10 lid 1). */
  besluitBekendgemaakt: string | null;
  beslissenUiterlijk: string;
}

/**
 * Awb 6:14: the written receipt of an objection, with its reference, whether it came in time (and
 * if not, that the reason for lateness matters, Awb 6:11), the hearing to come (7:2) and the day
 * by which we decide (7:10). Not a decision: no objection or appeal lies against it.
 */
export function bezwaarOntvangstBrief(g: OntvangstBriefGegevens, delen: BriefDelen): BriefDocument {
  const onderwerp = 'Wij hebben uw bezwaar ontvangen';
  return {
    onderwerp,
    afzender: GEMEENTE_AFZENDER,
    geadresseerde: geadresseerde(g),
    kenmerken: kenmerken(g, onderwerp),
    aanhef: `Beste ${g.naam},`,
    blokken: [
      ...delen.inleiding,
      {
        soort: 'alinea',
        tekst:
          `Op ${datumVoluit(g.ingediendDatum)} hebben wij uw bezwaar ontvangen tegen ons besluit van ${datumVoluit(g.besluitDatum)} ` +
          `over het initiatief ${g.initiatiefReferentie} "${g.initiatiefTitel}" (artikel 6:14 Awb). Uw bezwaar heeft het kenmerk ${g.referentie}.`,
      },
      { soort: 'kop', tekst: 'Op tijd?' },
      {
        soort: 'alinea',
        tekst: g.tijdig
          ? g.besluitBekendgemaakt === null
            ? 'Uw bezwaar kwam op tijd binnen: de bezwaartermijn was nog niet begonnen (artikel 6:10 Awb).'
            : `Uw bezwaar kwam op tijd binnen. De bezwaartermijn liep tot en met ${datumVoluit(g.bezwaartermijnEinde)} (artikel 6:7 en 6:8 Awb).`
          : `Uw bezwaar kwam binnen na de bezwaartermijn. Die liep tot en met ${datumVoluit(g.bezwaartermijnEinde)}. ` +
            'Wij kijken of u een goede reden had om later te zijn (artikel 6:11 Awb). Vertel ons die reden als u dat nog niet deed.',
      },
      { soort: 'kop', tekst: 'Wat er nu gebeurt' },
      {
        soort: 'alinea',
        tekst:
          'Wij nodigen u uit om uw bezwaar mondeling toe te lichten op een hoorzitting (artikel 7:2 Awb). ' +
          `Wij beslissen uiterlijk op ${datumVoluit(g.beslissenUiterlijk)} (artikel 7:10 Awb). De stand van uw bezwaar ziet u in het Buurtportaal.`,
      },
      {
        soort: 'alinea',
        tekst: 'Deze brief is nog geen beslissing op uw bezwaar. U kunt er geen bezwaar of beroep tegen instellen.',
      },
      ...delen.slot,
    ],
    ondertekening: ['Met vriendelijke groet,', '', `Namens ${BESTUURSORGAAN},`, 'Gemeente Heerlen, team Juridische Zaken'],
  };
}

/** Everything the letter on the objection says. */
export interface BriefGegevens extends BezwaarBriefBasis {
  hoedanigheid: BezwaarHoedanigheid;
  beslissing: BezwaarBeslissing;
  motivering: string;
  tijdig: boolean;
  hoorzitting: { op: string; plaats: string } | null;
  afgezien: HoorzittingAfzienGrond | null;
  adviescommissie: boolean;
  /** GEGROND with new amounts; with the request's name. */
  herziening: ReadonlyArray<Herziening & { naam: string }>;
  beslistDoor: string;
}

/**
 * The letter on the objection, in plain Dutch (B1): the decision, whether the decision objected to
 * is revoked and what replaces it (Awb 7:11, with the amounts), its reasons (Awb 7:12), how the
 * objector was heard or why not (7:2, 7:3), the body and the official acting under mandate, and the
 * notice of appeal (Awb 3:45, 6:7, 6:8, 8:1): to the rechtbank Limburg, within six weeks from the
 * day after sending, with the form an appeal needs (Awb 6:5) and where and how to send it. The day
 * itself depends on the sending (Awb 3:41) and is shown with the objection once the letter is sent.
 */
export function beslissingOpBezwaarBrief(g: BriefGegevens, delen: BriefDelen): BriefDocument {
  const onderwerp = `Beslissing op uw bezwaar ${g.referentie}`;
  const blokken: Blok[] = [
    ...delen.inleiding,
    {
      soort: 'alinea',
      tekst:
        `Op ${datumVoluit(g.ingediendDatum)} kregen wij uw bezwaar tegen ons besluit van ${datumVoluit(g.besluitDatum)} over het initiatief ` +
        `${g.initiatiefReferentie} "${g.initiatiefTitel}". ` +
        (g.hoedanigheid === BezwaarHoedanigheid.AANVRAGER
          ? 'U maakte bezwaar als aanvrager.'
          : 'U maakte bezwaar als belanghebbende.'),
    },
    { soort: 'kop', tekst: 'Onze beslissing' },
    { soort: 'alinea', tekst: BESLISSING_TEKST[g.beslissing] },
  ];
  if (g.beslissing === BezwaarBeslissing.GEGROND) {
    if (g.herziening.length > 0) {
      blokken.push(
        {
          soort: 'alinea',
          tekst: 'Wij herroepen het besluit en nemen een nieuw besluit (artikel 7:11 Awb). De bedragen zijn nu:',
        },
        {
          soort: 'tabel',
          bijschrift: 'Het nieuwe besluit per activiteit',
          kop: ['Activiteit', 'Was', 'Wordt'],
          rijen: g.herziening.map((h) => [h.naam, euro(h.van), euro(h.naar)]),
        },
      );
    } else {
      blokken.push({
        soort: 'alinea',
        tekst: 'Wij herroepen het besluit voor zover u daartegen bezwaar maakte (artikel 7:11 Awb). Het bedrag verandert niet.',
      });
    }
  } else {
    blokken.push({ soort: 'alinea', tekst: 'Wij herroepen het besluit niet. Het besluit blijft gelden zoals wij het namen.' });
  }
  if (g.beslissing === BezwaarBeslissing.NIET_ONTVANKELIJK && !g.tijdig) {
    blokken.push({
      soort: 'alinea',
      tekst:
        'Uw bezwaar kwam na de bezwaartermijn van zes weken binnen. Wij vinden niet dat u daar een goede reden voor had (artikel 6:11 Awb).',
    });
  }
  // Awb 7:12: the decision on the objection carries its reasons.
  blokken.push({ soort: 'kop', tekst: 'Waarom wij zo beslissen' }, { soort: 'alinea', tekst: g.motivering });
  blokken.push({ soort: 'kop', tekst: 'Hoe wij u gehoord hebben' });
  if (g.afgezien) {
    blokken.push({
      soort: 'alinea',
      tekst: `Wij hebben u niet uitgenodigd voor een hoorzitting, omdat ${AFZIEN_GROND_TEKST[g.afgezien]}.`,
    });
  } else if (g.hoorzitting) {
    blokken.push({
      soort: 'alinea',
      tekst: `Wij hebben u gehoord op ${datumVoluit(g.hoorzitting.op)} (${g.hoorzitting.plaats}) (artikel 7:2 Awb).`,
    });
  }
  if (g.adviescommissie) {
    blokken.push({
      soort: 'alinea',
      tekst: 'Een onafhankelijke adviescommissie heeft uw bezwaar gehoord en ons geadviseerd (artikel 7:13 Awb).',
    });
  }
  blokken.push(
    { soort: 'kop', tekst: 'Wie heeft besloten' },
    {
      soort: 'alinea',
      tekst:
        `Het college van burgemeester en wethouders van Heerlen. Namens het college heeft ${g.beslistDoor} besloten (mandaat). ` +
        'Deze persoon heeft niet meegewerkt aan het besluit waartegen u bezwaar maakte (artikel 7:5 Awb).',
    },
    { soort: 'kop', tekst: 'Bent u het niet eens met deze beslissing? Dan kunt u in beroep gaan' },
    {
      soort: 'alinea',
      tekst:
        'U kunt beroep instellen bij de rechtbank Limburg (artikel 8:1 Awb). Dat moet binnen zes weken. ' +
        'De termijn begint op de dag na de dag waarop wij deze brief aan u hebben verzonden (artikel 6:7 en 6:8 Awb). ' +
        'Is de laatste dag een zaterdag, zondag of feestdag, dan mag het nog op de eerstvolgende werkdag (Algemene termijnenwet). ' +
        'In het Buurtportaal ziet u bij uw bezwaar de precieze datum.',
    },
    { soort: 'alinea', tekst: 'Zet in uw beroepschrift (artikel 6:5 Awb):' },
    {
      soort: 'lijst',
      items: [
        'uw naam en adres;',
        'de datum;',
        `welke beslissing u bedoelt: noem ons kenmerk ${g.kenmerk} en stuur een kopie van deze brief mee;`,
        'waarom u het niet eens bent met deze beslissing.',
      ],
    },
    { soort: 'alinea', tekst: 'Onderteken uw beroepschrift. U kunt het op twee manieren sturen:' },
    {
      soort: 'lijst',
      items: ['digitaal: via www.rechtspraak.nl (Digitaal procederen), met DigiD;', `per post: ${RECHTBANK_ADRES}.`],
    },
    {
      soort: 'alinea',
      tekst:
        'De rechtbank vraagt griffierecht. Is uw zaak spoedeisend? Dan kunt u de voorzieningenrechter van de rechtbank Limburg ' +
        'vragen om een voorlopige voorziening (artikel 8:81 Awb).',
    },
    ...delen.slot,
  );
  return {
    onderwerp,
    afzender: GEMEENTE_AFZENDER,
    geadresseerde: geadresseerde(g),
    kenmerken: kenmerken(g, onderwerp),
    aanhef: `Beste ${g.naam},`,
    blokken,
    // Awb 10:10: the college decided; the official signed on its behalf.
    ondertekening: ['Met vriendelijke groet,', '', `Namens ${BESTUURSORGAAN},`, g.beslistDoor, '(beslissing in mandaat)'],
  };
}
