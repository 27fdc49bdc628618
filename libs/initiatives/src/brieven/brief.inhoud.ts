import { euro } from '@buurtwerk/subsidieregels';
import { BesluitSoort } from '../besluit.entity';
import { BESTUURSORGAAN } from '../besluit.rules';
import { type VaststellingsGrond } from '../initiatief.entity';
import { VASTSTELLINGSGROND_TEKST } from '../motivering.rules';
import { type Blok, type BriefDocument, datumVoluit } from './brief.document';
import { BriefBlok, BriefSoort } from './brief.entity';

/** Where letters come from and where objections go (Awb 3:45: the notice says where to send it). */
export const GEMEENTE_AFZENDER = ['Gemeente Heerlen', 'Postbus 1', '6400 AA Heerlen', 'www.heerlen.nl'];
export const BEZWAAR_POSTADRES = 'College van burgemeester en wethouders van Heerlen, Postbus 1, 6400 AA Heerlen';

/** The placeholders a municipality may use in its wording blocks. */
export const PLAATSHOUDERS = ['naam', 'referentie', 'titel', 'periode', 'verantwoordenUiterlijk'] as const;
export type Plaatshouder = (typeof PLAATSHOUDERS)[number];

/** Unknown placeholders in a wording block, e.g. "{bedrag}" (the amounts are not wording). */
export function onbekendePlaatshouders(tekst: string): string[] {
  return [...tekst.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]).filter((p) => !(PLAATSHOUDERS as readonly string[]).includes(p));
}

export function vulIn(tekst: string, waarden: Record<Plaatshouder, string>): string {
  return tekst.replace(/\{([a-zA-Z]+)\}/g, (heel, p: string) =>
    (PLAATSHOUDERS as readonly string[]).includes(p) ? waarden[p as Plaatshouder] : heel,
  );
}

/** The wording blocks of one letter, already chosen for its regeling (empty: the block is left out). */
export type Teksten = Partial<Record<BriefBlok, string>>;

export interface Aanvrager {
  naam: string;
  email: string | null;
  organisatie: string | null;
}

/** What every letter about an initiative knows. */
export interface BriefBasis {
  datum: string;
  kenmerk: string;
  referentie: string;
  titel: string;
  aanvrager: Aanvrager;
  startdatum: string | null;
  einddatum: string | null;
}

/** One line of a decision: an activity (form of support) with its amounts in cents. */
export interface BriefRegel {
  activiteit: string;
  regeling: string | null;
  gevraagd: number | null;
  /** Granted (grant) or settled (settlement). */
  bedrag: number | null;
  /** For a settlement: what was granted. */
  verleend?: number | null;
}

export interface BesluitBriefGegevens extends BriefBasis {
  soort: BesluitSoort;
  motivering: string;
  bedrag: number | null;
  regels: BriefRegel[];
  genomenDoor: string;
  orgaan: string;
  mandaat: string | null;
  /** Awb 4:46: the ground of a lower settlement. */
  vaststellingsgrond: VaststellingsGrond | null;
  /** For a grant: the last day to report (Awb 4:37 lid 1 onder c, 4:44). */
  verantwoordenUiterlijk: string | null;
}

function periode(b: BriefBasis): string {
  if (b.startdatum && b.einddatum && b.startdatum !== b.einddatum) {
    return `van ${datumVoluit(b.startdatum)} tot en met ${datumVoluit(b.einddatum)}`;
  }
  const dag = b.startdatum ?? b.einddatum;
  return dag ? `op ${datumVoluit(dag)}` : 'in de periode die u in uw aanvraag noemde';
}

export function waarden(b: BriefBasis, verantwoordenUiterlijk: string | null): Record<Plaatshouder, string> {
  return {
    naam: b.aanvrager.naam,
    referentie: b.referentie,
    titel: b.titel,
    periode: periode(b),
    verantwoordenUiterlijk: verantwoordenUiterlijk ? datumVoluit(verantwoordenUiterlijk) : '',
  };
}

export function blokUit(teksten: Teksten, blok: BriefBlok, w: Record<Plaatshouder, string>): Blok[] {
  const t = teksten[blok]?.trim();
  return t ? t.split(/\n\s*\n/).map((alinea) => ({ soort: 'alinea' as const, tekst: vulIn(alinea.trim(), w) })) : [];
}

function geadresseerde(a: Aanvrager): string[] {
  return [
    a.organisatie ? `${a.organisatie}, t.a.v. ${a.naam}` : a.naam,
    ...(a.email ? [`Per e-mail: ${a.email}`] : ['Via het Buurtportaal']),
  ];
}

function kenmerken(b: BriefBasis, onderwerp: string): Array<[string, string]> {
  return [
    ['Datum', datumVoluit(b.datum)],
    ['Ons kenmerk', b.kenmerk],
    ['Uw aanvraag', `${b.referentie}, "${b.titel}"`],
    ['Onderwerp', onderwerp],
  ];
}

/**
 * Awb 3:45: the objection notice. It names the body that decided, the term (six weeks, Awb 6:7),
 * from when it counts (the day after sending, Awb 6:8; Atw), the form and content of an objection
 * (Awb 6:4-6:5), where to send it and that it can be done digitally.
 */
export function bezwaarBlokken(kenmerk: string, datum: string, orgaan: string): Blok[] {
  return [
    { soort: 'kop', tekst: 'Bent u het niet eens met dit besluit?' },
    {
      soort: 'alinea',
      tekst:
        `Dan kunt u bezwaar maken bij ${orgaan}. Dat is het bestuursorgaan dat dit besluit heeft genomen. ` +
        'U hebt daarvoor zes weken (artikel 6:7 Algemene wet bestuursrecht, Awb). Die zes weken beginnen op de dag na de dag ' +
        'waarop wij dit besluit aan u hebben verzonden (artikel 6:8 Awb). Is de laatste dag een zaterdag, zondag of feestdag, ' +
        'dan mag het nog op de eerstvolgende werkdag (Algemene termijnenwet). In het Buurtportaal ziet u bij deze brief de precieze datum.',
    },
    { soort: 'alinea', tekst: 'Maak uw bezwaar schriftelijk en onderteken het. Zet in uw bezwaar (artikel 6:5 Awb):' },
    {
      soort: 'lijst',
      items: [
        'uw naam en adres;',
        'de datum;',
        `welk besluit u bedoelt: noem ons kenmerk ${kenmerk} en de datum van deze brief (${datumVoluit(datum)});`,
        'waarom u het niet eens bent met het besluit (de redenen van uw bezwaar).',
      ],
    },
    { soort: 'alinea', tekst: 'U kunt uw bezwaar op twee manieren sturen:' },
    {
      soort: 'lijst',
      items: [
        'digitaal: in het Buurtportaal, bij uw initiatief, met de knop "Bezwaar maken". U logt in met DigiD; dat geldt als uw handtekening;',
        `per post: ${BEZWAAR_POSTADRES}.`,
      ],
    },
    {
      soort: 'alinea',
      tekst:
        'Het besluit blijft gelden zolang er over uw bezwaar nog niet is beslist. Is er een spoedeisend belang, dan kunt u ' +
        'de voorzieningenrechter van de rechtbank Limburg vragen om een voorlopige voorziening (artikel 8:81 Awb).',
    },
  ];
}

/** Awb 10:10: the signature says the college decided and who signed on its behalf. */
function ondertekening(g: BesluitBriefGegevens): string[] {
  return g.mandaat
    ? ['Met vriendelijke groet,', '', `Namens ${g.orgaan},`, g.genomenDoor, `(besluit in mandaat: ${g.mandaat})`]
    : ['Met vriendelijke groet,', '', g.orgaan.charAt(0).toUpperCase() + g.orgaan.slice(1)];
}

function bedragTabel(g: BesluitBriefGegevens, vaststelling: boolean): Blok {
  return vaststelling
    ? {
        soort: 'tabel',
        bijschrift: 'Vastgestelde subsidie per activiteit',
        kop: ['Activiteit', 'Verleend', 'Vastgesteld'],
        rijen: g.regels.map((r) => [
          r.activiteit,
          r.verleend !== null && r.verleend !== undefined ? euro(r.verleend) : '-',
          r.bedrag !== null ? euro(r.bedrag) : '-',
        ]),
      }
    : {
        soort: 'tabel',
        bijschrift: 'Waarvoor u subsidie krijgt (artikel 4:30 Awb)',
        kop: ['Activiteit', 'Regeling', 'Gevraagd', 'Verleend'],
        rijen: g.regels.map((r) => [
          r.activiteit,
          r.regeling ?? '-',
          r.gevraagd !== null ? euro(r.gevraagd) : 'geen bedrag',
          r.bedrag !== null ? euro(r.bedrag) : r.gevraagd !== null ? euro(0) : 'in natura',
        ]),
      };
}

const ONDERWERP: Record<BesluitSoort, string> = {
  [BesluitSoort.TOEKENNING]: 'Besluit: wij verlenen u subsidie',
  [BesluitSoort.GEDEELTELIJKE_TOEKENNING]: 'Besluit: wij verlenen u een deel van de gevraagde subsidie',
  [BesluitSoort.AFWIJZING]: 'Besluit: wij wijzen uw aanvraag af',
  [BesluitSoort.VASTSTELLING]: 'Besluit: wij stellen uw subsidie vast',
  [BesluitSoort.BUITEN_BEHANDELING]: 'Besluit: wij nemen uw aanvraag niet in behandeling',
  [BesluitSoort.DWANGSOM]: 'Besluit over de dwangsom omdat wij niet op tijd beslisten',
};

/** The decision itself, in one or two sentences, with the amounts (Awb 4:30, 4:46). */
function besluitZelf(g: BesluitBriefGegevens): Blok[] {
  const gevraagd = g.regels.reduce((s, r) => s + (r.gevraagd ?? 0), 0);
  const totaal = g.bedrag ?? 0;
  switch (g.soort) {
    case BesluitSoort.TOEKENNING:
      return [
        {
          soort: 'alinea',
          tekst: `Wij verlenen u een subsidie van ${euro(totaal)} voor uw initiatief "${g.titel}". Dat is het bedrag dat u hebt gevraagd.`,
        },
        bedragTabel(g, false),
      ];
    case BesluitSoort.GEDEELTELIJKE_TOEKENNING:
      return [
        {
          soort: 'alinea',
          tekst:
            `Wij verlenen u een subsidie van ${euro(totaal)} voor uw initiatief "${g.titel}". U vroeg ${euro(gevraagd)}. ` +
            `Voor het verschil van ${euro(gevraagd - totaal)} wijzen wij uw aanvraag af. Waarom, leest u hieronder.`,
        },
        bedragTabel(g, false),
      ];
    case BesluitSoort.AFWIJZING:
      return [
        {
          soort: 'alinea',
          tekst: `Wij wijzen uw aanvraag voor "${g.titel}" af.${gevraagd > 0 ? ` U krijgt dus geen subsidie; u vroeg ${euro(gevraagd)}.` : ''}`,
        },
      ];
    case BesluitSoort.BUITEN_BEHANDELING:
      return [
        {
          soort: 'alinea',
          tekst:
            `Wij nemen uw aanvraag voor "${g.titel}" niet in behandeling (artikel 4:5 Awb). ` +
            'Wij vroegen u om aanvullende gegevens, en die hebben wij niet op tijd ontvangen. ' +
            'Over uw plan zelf hebben wij dus niet beslist: u kunt een nieuwe aanvraag indienen.',
        },
      ];
    case BesluitSoort.DWANGSOM:
      return [
        {
          soort: 'alinea',
          tekst:
            totaal > 0
              ? `Wij hebben niet op tijd beslist op uw aanvraag voor "${g.titel}", ook niet nadat u ons in gebreke stelde. ` +
                `Daarom betalen wij u een dwangsom van ${euro(totaal)} (artikel 4:17 en 4:18 Awb).`
              : `U stelde ons in gebreke omdat wij niet op tijd beslisten op uw aanvraag voor "${g.titel}". ` +
                'Wij zijn u toch geen dwangsom verschuldigd (artikel 4:17 lid 3 Awb). Waarom, leest u hieronder.',
        },
      ];
    case BesluitSoort.VASTSTELLING: {
      const verleend = g.regels.reduce((s, r) => s + (r.verleend ?? 0), 0);
      const lager = totaal < verleend;
      return [
        {
          soort: 'alinea',
          tekst:
            `Wij stellen de subsidie voor "${g.titel}" vast op ${euro(totaal)} (artikel 4:42 Awb).` +
            (lager
              ? ` Dat is ${euro(verleend - totaal)} minder dan de ${euro(verleend)} die wij hebben verleend.` +
                (g.vaststellingsgrond ? ` De reden daarvoor: ${VASTSTELLINGSGROND_TEKST[g.vaststellingsgrond]}.` : '')
              : ' Dat is het bedrag dat wij hebben verleend.'),
        },
        bedragTabel(g, true),
      ];
    }
  }
}

/** A decision letter: the decision, the amounts, the reasons, for a grant the obligations and the reporting deadline, the objection notice, the signature. */
export function besluitbrief(g: BesluitBriefGegevens, teksten: Teksten): BriefDocument {
  const w = waarden(g, g.verantwoordenUiterlijk);
  const onderwerp = ONDERWERP[g.soort];
  const toekenning = g.soort === BesluitSoort.TOEKENNING || g.soort === BesluitSoort.GEDEELTELIJKE_TOEKENNING;
  const blokken: Blok[] = [
    ...blokUit(teksten, BriefBlok.INLEIDING, w),
    { soort: 'kop', tekst: 'Ons besluit' },
    ...besluitZelf(g),
    // Awb 3:46-3:47: the reasons are in the letter itself.
    { soort: 'kop', tekst: 'Waarom wij zo besluiten' },
    { soort: 'alinea', tekst: g.motivering },
  ];
  if (toekenning) {
    blokken.push(
      { soort: 'kop', tekst: 'Wat wij van u verwachten' },
      {
        soort: 'alinea',
        tekst: `U gebruikt de subsidie alleen voor de activiteiten in deze brief. U voert ze uit ${periode(g)} (artikel 4:37 Awb).`,
      },
      ...blokUit(teksten, BriefBlok.VERPLICHTINGEN, w),
      { soort: 'kop', tekst: 'Verantwoording' },
      {
        soort: 'alinea',
        tekst:
          `Meld uiterlijk ${datumVoluit(g.verantwoordenUiterlijk ?? g.datum)} in het Buurtportaal hoe het initiatief is gegaan ` +
          'en wat het heeft gekost. Daarna stellen wij de subsidie vast (artikel 4:44 Awb). Dat kan een lager bedrag zijn ' +
          'als de activiteit niet (helemaal) doorgaat, of als u zich niet aan de verplichtingen houdt (artikel 4:46 Awb).',
      },
      ...blokUit(teksten, BriefBlok.VERANTWOORDING, w),
    );
  }
  blokken.push(...bezwaarBlokken(g.kenmerk, g.datum, g.orgaan), ...blokUit(teksten, BriefBlok.SLOT, w));
  return {
    onderwerp,
    afzender: GEMEENTE_AFZENDER,
    geadresseerde: geadresseerde(g.aanvrager),
    kenmerken: kenmerken(g, onderwerp),
    aanhef: `Beste ${g.aanvrager.naam},`,
    blokken,
    ondertekening: ondertekening(g),
  };
}

export interface OntvangstGegevens extends BriefBasis {
  ingediendDatum: string;
  beslissenUiterlijk: string;
}

/** Awb 4:3a: the receipt confirmation, with the date of receipt and the decision deadline. */
export function ontvangstbevestiging(g: OntvangstGegevens, teksten: Teksten): BriefDocument {
  const onderwerp = 'Wij hebben uw aanvraag ontvangen';
  const w = waarden(g, null);
  return {
    onderwerp,
    afzender: GEMEENTE_AFZENDER,
    geadresseerde: geadresseerde(g.aanvrager),
    kenmerken: kenmerken(g, onderwerp),
    aanhef: `Beste ${g.aanvrager.naam},`,
    blokken: [
      ...blokUit(teksten, BriefBlok.INLEIDING, w),
      {
        soort: 'alinea',
        tekst: `Op ${datumVoluit(g.ingediendDatum)} hebben wij uw aanvraag voor "${g.titel}" ontvangen (artikel 4:3a Awb). Uw aanvraag heeft het nummer ${g.referentie}.`,
      },
      { soort: 'kop', tekst: 'Wanneer hoort u van ons?' },
      {
        soort: 'alinea',
        tekst:
          `Wij beslissen uiterlijk op ${datumVoluit(g.beslissenUiterlijk)} (artikel 4:13 Awb). Hebben wij meer informatie van u nodig, ` +
          'dan vragen wij u daarom. De tijd tot u die informatie stuurt, telt dan niet mee (artikel 4:15 Awb).',
      },
      { soort: 'alinea', tekst: 'Deze brief is nog geen besluit. U kunt er daarom geen bezwaar tegen maken.' },
      ...blokUit(teksten, BriefBlok.SLOT, w),
    ],
    ondertekening: ['Met vriendelijke groet,', '', `Namens ${BESTUURSORGAAN},`, 'Gemeente Heerlen, team Subsidies'],
  };
}

export interface AanvullingGegevens extends BriefBasis {
  verzoek: string;
  aanvullenUiterlijk: string;
  ondertekenaar: string;
}

/** Awb 4:5 and 4:15: the request to complete the application, with the term and what happens without an answer. */
export function aanvullingsverzoek(g: AanvullingGegevens, teksten: Teksten): BriefDocument {
  const onderwerp = 'Wij hebben meer informatie nodig';
  const w = waarden(g, null);
  return {
    onderwerp,
    afzender: GEMEENTE_AFZENDER,
    geadresseerde: geadresseerde(g.aanvrager),
    kenmerken: kenmerken(g, onderwerp),
    aanhef: `Beste ${g.aanvrager.naam},`,
    blokken: [
      ...blokUit(teksten, BriefBlok.INLEIDING, w),
      { soort: 'kop', tekst: 'Wat wij nog nodig hebben' },
      { soort: 'alinea', tekst: g.verzoek },
      { soort: 'kop', tekst: 'Wanneer en hoe' },
      {
        soort: 'alinea',
        tekst: `Stuur de informatie uiterlijk op ${datumVoluit(g.aanvullenUiterlijk)}. Dat doet u in het Buurtportaal, bij uw initiatief, met "Aanvullen".`,
      },
      {
        soort: 'alinea',
        tekst:
          'Zolang wij op uw informatie wachten, staat de termijn waarbinnen wij moeten beslissen stil (artikel 4:15 Awb). ' +
          'Krijgen wij de informatie niet op tijd, dan kunnen wij besluiten uw aanvraag niet te behandelen (artikel 4:5 Awb).',
      },
      { soort: 'alinea', tekst: 'Deze brief is nog geen besluit. U kunt er daarom geen bezwaar tegen maken.' },
      ...blokUit(teksten, BriefBlok.SLOT, w),
    ],
    ondertekening: ['Met vriendelijke groet,', '', `Namens ${BESTUURSORGAAN},`, g.ondertekenaar],
  };
}

export interface VerdagingGegevens extends BriefBasis {
  oudeTermijn: string;
  nieuweTermijn: string;
  oorspronkelijkeTermijn: string;
  motivering: string;
  ondertekenaar: string;
}

/**
 * Awb 4:14 lid 3: the delay notice, before the term ends: the new term (as short as possible), the
 * reasons, and what the applicant can do when that term passes too (notice of default, Awb 4:17).
 * Not a decision (Awb 1:3): no objection lies against it, and the letter says so.
 */
export function verdagingsbericht(g: VerdagingGegevens, teksten: Teksten): BriefDocument {
  const onderwerp = 'Wij hebben meer tijd nodig voor uw aanvraag';
  const w = waarden(g, null);
  return {
    onderwerp,
    afzender: GEMEENTE_AFZENDER,
    geadresseerde: geadresseerde(g.aanvrager),
    kenmerken: kenmerken(g, onderwerp),
    aanhef: `Beste ${g.aanvrager.naam},`,
    blokken: [
      ...blokUit(teksten, BriefBlok.INLEIDING, w),
      { soort: 'kop', tekst: 'Wanneer wij beslissen' },
      {
        soort: 'alinea',
        tekst:
          `Wij kunnen niet op tijd beslissen over uw aanvraag voor "${g.titel}". Wij zouden uiterlijk op ${datumVoluit(g.oudeTermijn)} beslissen. ` +
          `Dat wordt nu uiterlijk ${datumVoluit(g.nieuweTermijn)} (artikel 4:14 Awb).` +
          (g.oorspronkelijkeTermijn !== g.oudeTermijn
            ? ` Uw eerste beslistermijn was ${datumVoluit(g.oorspronkelijkeTermijn)}.`
            : ''),
      },
      { soort: 'kop', tekst: 'Waarom wij meer tijd nodig hebben' },
      { soort: 'alinea', tekst: g.motivering },
      { soort: 'kop', tekst: 'Wat u kunt doen' },
      {
        soort: 'alinea',
        tekst:
          `Hebben wij ook op ${datumVoluit(g.nieuweTermijn)} nog niet beslist? Dan kunt u ons daarna in het Buurtportaal in gebreke stellen. ` +
          'Beslissen wij dan niet binnen twee weken, dan betalen wij u een dwangsom voor elke dag dat wij te laat zijn (artikel 4:17 Awb).',
      },
      { soort: 'alinea', tekst: 'Deze brief is nog geen besluit. U kunt er daarom geen bezwaar tegen maken.' },
      ...blokUit(teksten, BriefBlok.SLOT, w),
    ],
    ondertekening: ['Met vriendelijke groet,', '', `Namens ${BESTUURSORGAAN},`, g.ondertekenaar],
  };
}

/** The key of the wording blocks of a letter: the kind of letter, or for a decision the kind of decision. */
export function briefsoortSleutel(soort: BriefSoort, besluitsoort: BesluitSoort | null): string {
  return soort === BriefSoort.BESLUIT && besluitsoort ? besluitsoort : soort;
}
