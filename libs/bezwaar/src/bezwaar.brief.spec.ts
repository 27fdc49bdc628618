import { BESTUURSORGAAN, type BriefDocument, briefHtml, briefPdf } from '@buurtwerk/initiatives';
import { leesPdf } from '../../../test/pdf-tekst';
import { BezwaarBeslissing, BezwaarHoedanigheid, HoorzittingAfzienGrond } from './bezwaar.entity';
import { beslissingOpBezwaarBrief, bezwaarOntvangstBrief, bezwaarReferentie, type BriefGegevens } from './bezwaar.rules';

/** The letter as the objector reads it: the text of the HTML page and of the PDF (through PDF.js). */
async function lees(doc: BriefDocument): Promise<{ html: string; pdf: string }> {
  const html = briefHtml(doc)
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
  const { tekst } = await leesPdf(await briefPdf(doc, new Date('2027-06-01T09:00:00Z')));
  return { html, pdf: tekst };
}

const DELEN = {
  inleiding: [{ soort: 'alinea' as const, tekst: 'U maakte bezwaar tegen ons besluit over "Straatfeest Terschuren".' }],
  slot: [{ soort: 'alinea' as const, tekst: 'Vragen? Bel 14 045.' }],
};

const GEGEVENS: BriefGegevens = {
  datum: '2027-06-01',
  kenmerk: `${bezwaarReferentie(2027, 7)}/2`,
  referentie: bezwaarReferentie(2027, 7),
  initiatiefReferentie: 'INI-2027-0042',
  initiatiefTitel: 'Straatfeest Terschuren',
  naam: 'Bo Bewoner',
  adres: 'Akerstraat 1, 6411 GW Heerlen',
  email: 'bo@example.org',
  ingediendDatum: '2027-04-01',
  besluitDatum: '2027-03-01',
  hoedanigheid: BezwaarHoedanigheid.AANVRAGER,
  beslissing: BezwaarBeslissing.GEGROND,
  motivering: 'De eigen bijdrage was wel voldoende; wij hadden de bonnen verkeerd opgeteld.',
  tijdig: true,
  hoorzitting: { op: '2027-05-10', plaats: 'Stadhuis Heerlen, zaal 2' },
  afgezien: null,
  adviescommissie: false,
  herziening: [{ aanvraagId: 'a', naam: 'Buurtbudget', van: 20_000, naar: 45_000 }],
  beslistDoor: 'Mo Mandaat',
};

/** Awb 3:45, 6:5, 6:7, 6:8, 8:1: everything the notice of appeal must say. */
const BEROEPSCLAUSULE = [
  'Bent u het niet eens met deze beslissing? Dan kunt u in beroep gaan',
  'beroep instellen bij de rechtbank Limburg (artikel 8:1 Awb)',
  'binnen zes weken',
  'De termijn begint op de dag na de dag waarop wij deze brief aan u hebben verzonden (artikel 6:7 en 6:8 Awb)',
  'Algemene termijnenwet',
  'Zet in uw beroepschrift (artikel 6:5 Awb)',
  'uw naam en adres',
  'de datum',
  'noem ons kenmerk BZW-2027-0007/2',
  'waarom u het niet eens bent met deze beslissing',
  'Onderteken uw beroepschrift',
  'digitaal: via www.rechtspraak.nl',
  'Rechtbank Limburg, team bestuursrecht, Postbus 950, 6040 AZ Roermond',
  'griffierecht',
  'voorlopige voorziening (artikel 8:81 Awb)',
];

/** Awb 10:10, 7:5: who decided, under mandate on behalf of the college, not the author of the decision. */
const ONDERTEKENING = [
  `Namens ${BESTUURSORGAAN},`,
  'Mo Mandaat',
  'beslissing in mandaat',
  'Het college van burgemeester en wethouders van Heerlen. Namens het college heeft Mo Mandaat besloten (mandaat).',
  'niet meegewerkt aan het besluit waartegen u bezwaar maakte (artikel 7:5 Awb)',
];

describe('de brief met de beslissing op bezwaar (Awb 7:11, 7:12, 3:45, 8:1), gelezen als HTML en als PDF', () => {
  const gevallen: Array<[string, BriefGegevens, string[], string[]]> = [
    [
      'gegrond met herziening: het besluit herroepen, de nieuwe bedragen, de motivering, het horen',
      GEGEVENS,
      [
        'Beslissing op uw bezwaar BZW-2027-0007',
        'Uw bezwaar is gegrond.',
        'Wij herroepen het besluit en nemen een nieuw besluit (artikel 7:11 Awb)',
        'Het nieuwe besluit per activiteit',
        'Buurtbudget',
        '€ 200',
        '€ 450',
        'Waarom wij zo beslissen',
        GEGEVENS.motivering,
        'Wij hebben u gehoord op 10 mei 2027 (Stadhuis Heerlen, zaal 2) (artikel 7:2 Awb)',
        'U maakte bezwaar als aanvrager.',
      ],
      ['Wij herroepen het besluit niet'],
    ],
    [
      'ongegrond: het besluit blijft, geen herroeping, met adviescommissie',
      { ...GEGEVENS, beslissing: BezwaarBeslissing.ONGEGROND, herziening: [], adviescommissie: true },
      [
        'Uw bezwaar is ongegrond. Het besluit blijft zoals het was.',
        'Wij herroepen het besluit niet.',
        'adviescommissie heeft uw bezwaar gehoord en ons geadviseerd (artikel 7:13 Awb)',
        GEGEVENS.motivering,
      ],
      ['artikel 7:11 Awb', 'Het nieuwe besluit per activiteit'],
    ],
    [
      'niet-ontvankelijk en te laat, zonder hoorzitting: waarom te laat en waarom niet gehoord',
      {
        ...GEGEVENS,
        beslissing: BezwaarBeslissing.NIET_ONTVANKELIJK,
        tijdig: false,
        hoorzitting: null,
        afgezien: HoorzittingAfzienGrond.KENNELIJK_NIET_ONTVANKELIJK,
        herziening: [],
        hoedanigheid: BezwaarHoedanigheid.BELANGHEBBENDE,
      },
      [
        'Het is niet-ontvankelijk.',
        'Wij herroepen het besluit niet.',
        'Wij vinden niet dat u daar een goede reden voor had (artikel 6:11 Awb)',
        'Wij hebben u niet uitgenodigd voor een hoorzitting, omdat het bezwaar is kennelijk niet',
        '(artikel 7:3, onder a, Awb)',
        'U maakte bezwaar als belanghebbende.',
      ],
      ['Wij hebben u gehoord'],
    ],
  ];

  it.each(gevallen)('%s', async (_naam, gegevens, eigen, niet) => {
    const { html, pdf } = await lees(beslissingOpBezwaarBrief(gegevens, DELEN));
    for (const tekst of [html, pdf]) {
      for (const deel of [
        ...eigen,
        ...BEROEPSCLAUSULE,
        ...ONDERTEKENING,
        'Gemeente Heerlen',
        'Bo Bewoner',
        'Akerstraat 1, 6411 GW Heerlen',
        'Ons kenmerk',
        '1 juni 2027',
        'BZW-2027-0007, ingediend op 1 april 2027',
        'INI-2027-0042 "Straatfeest Terschuren"',
        'Beste Bo Bewoner,',
        'U maakte bezwaar tegen ons besluit over "Straatfeest Terschuren".',
        'Vragen? Bel 14 045.',
      ]) {
        expect(tekst).toContain(deel);
      }
      for (const deel of niet) {
        expect(tekst).not.toContain(deel);
      }
      // Awb 7:1: against a decision on objection lies appeal, not another objection.
      expect(tekst).not.toContain('bezwaar maken bij');
    }
  });

  it('houdt de volgorde: beslissing, motivering, horen, wie besloot, beroep', async () => {
    const { pdf } = await lees(beslissingOpBezwaarBrief(GEGEVENS, DELEN));
    const volgorde = [
      'Onze beslissing',
      'Waarom wij zo beslissen',
      'Hoe wij u gehoord hebben',
      'Wie heeft besloten',
      'in beroep gaan',
    ];
    const posities = volgorde.map((k) => pdf.indexOf(k));
    expect(posities.every((p) => p >= 0)).toBe(true);
    expect([...posities].sort((a, b) => a - b)).toEqual(posities);
  });
});

describe('de ontvangstbevestiging van een bezwaar (Awb 6:14)', () => {
  const basis = {
    ...GEGEVENS,
    kenmerk: `${bezwaarReferentie(2027, 7)}/1`,
    tijdig: true,
    bezwaartermijnEinde: '2027-04-13',
    besluitBekendgemaakt: '2027-03-02',
    beslissenUiterlijk: '2027-05-25',
  };

  it('op tijd: datum van ontvangst, kenmerk, het besluit, de hoorzitting en de beslistermijn; geen beslissing', async () => {
    const { html, pdf } = await lees(bezwaarOntvangstBrief(basis, DELEN));
    for (const tekst of [html, pdf]) {
      for (const deel of [
        'Wij hebben uw bezwaar ontvangen',
        'Op 1 april 2027 hebben wij uw bezwaar ontvangen tegen ons besluit van 1 maart 2027',
        '(artikel 6:14 Awb)',
        'kenmerk BZW-2027-0007',
        'Uw bezwaar kwam op tijd binnen. De bezwaartermijn liep tot en met 13 april 2027',
        'hoorzitting (artikel 7:2 Awb)',
        'Wij beslissen uiterlijk op 25 mei 2027 (artikel 7:10 Awb)',
        'Deze brief is nog geen beslissing op uw bezwaar',
        `Namens ${BESTUURSORGAAN},`,
      ]) {
        expect(tekst).toContain(deel);
      }
    }
  });

  it('te laat: zegt dat de reden van de termijnoverschrijding telt (Awb 6:11)', async () => {
    const { pdf } = await lees(bezwaarOntvangstBrief({ ...basis, tijdig: false, ingediendDatum: '2027-04-20' }, DELEN));
    expect(pdf).toContain('Uw bezwaar kwam binnen na de bezwaartermijn. Die liep tot en met 13 april 2027.');
    expect(pdf).toContain('(artikel 6:11 Awb)');
  });

  it('voor de bekendmaking: niet te laat, de termijn was nog niet begonnen (Awb 6:10)', async () => {
    const { pdf } = await lees(bezwaarOntvangstBrief({ ...basis, besluitBekendgemaakt: null }, DELEN));
    expect(pdf).toContain('de bezwaartermijn was nog niet begonnen (artikel 6:10 Awb)');
  });
});
