import { leesPdf } from '../../../../test/pdf-tekst';
import { BesluitSoort } from '../besluit.entity';
import { BESTUURSORGAAN, mandaatTekst } from '../besluit.rules';
import { VaststellingsGrond } from '../initiatief.entity';
import { type BriefDocument, briefAlsTekst } from './brief.document';
import { BriefBlok } from './brief.entity';
import { briefHtml } from './brief.html';
import {
  aanvullingsverzoek,
  type BesluitBriefGegevens,
  besluitbrief,
  onbekendePlaatshouders,
  ontvangstbevestiging,
  type Teksten,
  verdagingsbericht,
} from './brief.inhoud';
import { briefPdf } from './brief.pdf';

const BASIS = {
  datum: '2027-03-26',
  kenmerk: 'INI-2027-0042/3',
  referentie: 'INI-2027-0042',
  titel: 'Straatfeest Terschuren',
  aanvrager: { naam: 'Anna de Vries', email: 'anna@example.org', organisatie: null },
  startdatum: '2027-06-01',
  einddatum: '2027-06-01',
};

const TEKSTEN: Teksten = {
  [BriefBlok.INLEIDING]: 'U vroeg subsidie voor "{titel}".',
  [BriefBlok.VERPLICHTINGEN]: 'Noem de gemeente bij uw activiteit, {naam}.',
  [BriefBlok.VERANTWOORDING]: 'Bewaar de bonnetjes.',
  [BriefBlok.SLOT]: 'Vragen? Noem {referentie}.',
};

function besluit(soort: BesluitSoort, extra: Partial<BesluitBriefGegevens> = {}): BesluitBriefGegevens {
  return {
    ...BASIS,
    soort,
    motivering: 'Het plan brengt buren samen en past binnen de Buurtaktie.',
    bedrag: 45_000,
    regels: [
      { activiteit: 'Buurtbudget', regeling: 'Buurtaktie 2027', gevraagd: 60_000, bedrag: 45_000 },
      { activiteit: 'Partytent lenen', regeling: null, gevraagd: null, bedrag: null },
    ],
    genomenDoor: 'Bea Beleid',
    orgaan: BESTUURSORGAAN,
    mandaat: mandaatTekst('Bea Beleid'),
    vaststellingsgrond: null,
    verantwoordenUiterlijk: '2027-08-31',
    ...extra,
  };
}

/** The letter as the applicant reads it: the text of the HTML page and of the PDF (through PDF.js). */
async function lees(doc: BriefDocument): Promise<{ html: string; pdf: string }> {
  const html = briefHtml(doc)
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
  const { tekst } = await leesPdf(await briefPdf(doc, new Date('2027-03-26T09:00:00Z')));
  return { html, pdf: tekst };
}

/** Awb 3:45, 6:4-6:8: everything the objection notice must say. */
const BEZWAARCLAUSULE = [
  'Bent u het niet eens met dit besluit?',
  `bezwaar maken bij ${BESTUURSORGAAN}`,
  'zes weken (artikel 6:7',
  'beginnen op de dag na de dag waarop wij dit besluit aan u hebben verzonden (artikel 6:8 Awb)',
  'Algemene termijnenwet',
  'schriftelijk en onderteken het',
  'uw naam en adres',
  'de datum',
  'noem ons kenmerk INI-2027-0042/3',
  'waarom u het niet eens bent met het besluit',
  'digitaal: in het Buurtportaal',
  'College van burgemeester en wethouders van Heerlen, Postbus 1, 6400 AA Heerlen',
];

const ONDERTEKENING = ['Namens het college van burgemeester en wethouders van Heerlen,', 'Bea Beleid', 'besluit in mandaat'];

describe('Besluitbrieven: elk wettelijk vereist onderdeel staat in de brief (HTML en PDF)', () => {
  const gevallen: Array<[string, BesluitBriefGegevens, string[]]> = [
    [
      'toekenning: besluit, bedragen, activiteiten, motivering, verplichtingen, verantwoordingstermijn',
      besluit(BesluitSoort.TOEKENNING, {
        bedrag: 60_000,
        regels: [{ activiteit: 'Buurtbudget', regeling: 'Buurtaktie 2027', gevraagd: 60_000, bedrag: 60_000 }],
      }),
      [
        'Besluit: wij verlenen u subsidie',
        'Wij verlenen u een subsidie van € 600 voor uw initiatief "Straatfeest Terschuren"',
        'Waarvoor u subsidie krijgt (artikel 4:30 Awb)',
        'Buurtbudget',
        'Buurtaktie 2027',
        'Waarom wij zo besluiten',
        'Het plan brengt buren samen en past binnen de Buurtaktie.',
        'Wat wij van u verwachten',
        'U voert ze uit op 1 juni 2027 (artikel 4:37 Awb)',
        'Noem de gemeente bij uw activiteit, Anna de Vries.',
        'Meld uiterlijk 31 augustus 2027 in het Buurtportaal',
        'artikel 4:44 Awb',
        'Bewaar de bonnetjes.',
      ],
    ],
    [
      'gedeeltelijke toekenning: verleend, gevraagd en het afgewezen deel',
      besluit(BesluitSoort.GEDEELTELIJKE_TOEKENNING),
      [
        'Besluit: wij verlenen u een deel van de gevraagde subsidie',
        'Wij verlenen u een subsidie van € 450',
        'U vroeg € 600',
        'Voor het verschil van € 150 wijzen wij uw aanvraag af',
        'Partytent lenen',
        'in natura',
        'Meld uiterlijk 31 augustus 2027',
        'Het plan brengt buren samen',
      ],
    ],
    [
      'afwijzing: het besluit en de redenen, geen verplichtingen',
      besluit(BesluitSoort.AFWIJZING, { bedrag: null, motivering: 'Het subsidieplafond is bereikt (artikel 4:25 Awb).' }),
      [
        'Besluit: wij wijzen uw aanvraag af',
        'Wij wijzen uw aanvraag voor "Straatfeest Terschuren" af',
        'u vroeg € 600',
        'Het subsidieplafond is bereikt (artikel 4:25 Awb).',
      ],
    ],
    [
      'vaststelling lager dan verleend: bedragen, verschil en de grond (Awb 4:46)',
      besluit(BesluitSoort.VASTSTELLING, {
        bedrag: 40_000,
        regels: [{ activiteit: 'Buurtbudget', regeling: 'Buurtaktie 2027', gevraagd: 60_000, bedrag: 40_000, verleend: 45_000 }],
        motivering: 'De werkelijke kosten waren € 400.',
        vaststellingsgrond: VaststellingsGrond.WERKELIJKE_KOSTEN_LAGER,
      }),
      [
        'Besluit: wij stellen uw subsidie vast',
        'vast op € 400 (artikel 4:42 Awb)',
        'Dat is € 50 minder dan de € 450 die wij hebben verleend',
        'de werkelijke kosten zijn lager dan begroot',
        'Vastgestelde subsidie per activiteit',
        'De werkelijke kosten waren € 400.',
      ],
    ],
    [
      'buiten behandeling (Awb 4:5): niet behandeld omdat de aanvulling uitbleef, opnieuw aanvragen kan',
      besluit(BesluitSoort.BUITEN_BEHANDELING, {
        bedrag: null,
        motivering: 'Wij vroegen op 1 maart 2027 om een begroting; die kwam niet binnen de termijn.',
      }),
      [
        'Besluit: wij nemen uw aanvraag niet in behandeling',
        'Wij nemen uw aanvraag voor "Straatfeest Terschuren" niet in behandeling (artikel 4:5 Awb)',
        'die hebben wij niet op tijd ontvangen',
        'u kunt een nieuwe aanvraag indienen',
        'Wij vroegen op 1 maart 2027 om een begroting; die kwam niet binnen de termijn.',
      ],
    ],
    [
      'dwangsom verschuldigd (Awb 4:17, 4:18): het bedrag en de redenen',
      besluit(BesluitSoort.DWANGSOM, {
        bedrag: 32_200,
        regels: [],
        motivering: 'Wij beslisten 14 dagen na de termijn uit uw ingebrekestelling: 14 dagen van € 23.',
      }),
      [
        'Besluit over de dwangsom omdat wij niet op tijd beslisten',
        'Daarom betalen wij u een dwangsom van € 322 (artikel 4:17 en 4:18 Awb)',
        'ook niet nadat u ons in gebreke stelde',
        '14 dagen van € 23',
      ],
    ],
    [
      'dwangsom niet verschuldigd (Awb 4:17 lid 3): waarom niet',
      besluit(BesluitSoort.DWANGSOM, {
        bedrag: 0,
        regels: [],
        motivering: 'Uw ingebrekestelling kwam binnen terwijl de termijn stilstond voor een aanvulling.',
      }),
      ['Wij zijn u toch geen dwangsom verschuldigd (artikel 4:17 lid 3 Awb)', 'terwijl de termijn stilstond voor een aanvulling'],
    ],
  ];

  it.each(gevallen)('%s', async (_naam, gegevens, eigen) => {
    const doc = besluitbrief(gegevens, TEKSTEN);
    const { html, pdf } = await lees(doc);
    for (const tekst of [html, pdf]) {
      for (const deel of [
        ...eigen,
        ...BEZWAARCLAUSULE,
        ...ONDERTEKENING,
        'Ons kenmerk',
        'INI-2027-0042/3',
        '26 maart 2027',
        'Beste Anna de Vries,',
        'Vragen? Noem INI-2027-0042.',
      ]) {
        expect(tekst).toContain(deel);
      }
    }
    // Awb 4:30-4:31, 4:37: only a grant carries activities, obligations and the reporting deadline.
    const toekenning = gegevens.soort === BesluitSoort.TOEKENNING || gegevens.soort === BesluitSoort.GEDEELTELIJKE_TOEKENNING;
    for (const deel of ['Wat wij van u verwachten', 'Verantwoording', 'Waarvoor u subsidie krijgt (artikel 4:30 Awb)']) {
      expect(html.includes(deel)).toBe(toekenning);
    }
  });

  it('laat de wettelijke onderdelen staan, ook zonder eigen tekstblokken van de gemeente', async () => {
    const { pdf } = await lees(besluitbrief(besluit(BesluitSoort.TOEKENNING), {}));
    for (const deel of [...BEZWAARCLAUSULE, 'Waarom wij zo besluiten', 'Meld uiterlijk 31 augustus 2027', ...ONDERTEKENING]) {
      expect(pdf).toContain(deel);
    }
  });

  it('is een PDF/A-2a met structuur (tagged), Nederlands als taal en ingebedde letters', async () => {
    const inhoud = await briefPdf(besluitbrief(besluit(BesluitSoort.TOEKENNING), TEKSTEN), new Date('2027-03-26T09:00:00Z'));
    const gelezen = await leesPdf(inhoud);
    expect(gelezen.getagd).toBe(true);
    expect(gelezen.info).toMatchObject({ Language: 'nl-NL', Title: 'Besluit: wij verlenen u subsidie', PDFFormatVersion: '1.7' });
    expect(gelezen.xmp).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(gelezen.xmp).toContain('<pdfaid:conformance>A</pdfaid:conformance>');
    const bytes = inhoud.toString('latin1');
    expect(bytes).toContain('/FontFile2'); // an embedded TrueType font
    expect(bytes).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/); // no standard font that is not embedded
    expect(bytes).toContain('/StructTreeRoot');
  });

  it('schrijft de tekstversie (voor de mail) in dezelfde volgorde met alle onderdelen', () => {
    const tekst = briefAlsTekst(besluitbrief(besluit(BesluitSoort.AFWIJZING, { bedrag: null }), TEKSTEN));
    expect(tekst.indexOf('Ons besluit')).toBeLessThan(tekst.indexOf('Waarom wij zo besluiten'));
    expect(tekst.indexOf('Waarom wij zo besluiten')).toBeLessThan(tekst.indexOf('Bent u het niet eens met dit besluit?'));
  });
});

describe('Brieven die geen besluit zijn', () => {
  it('ontvangstbevestiging (Awb 4:3a): datum van ontvangst, nummer, beslistermijn, geen bezwaar', async () => {
    const doc = ontvangstbevestiging({ ...BASIS, ingediendDatum: '2027-03-26', beslissenUiterlijk: '2027-05-21' }, TEKSTEN);
    const { html, pdf } = await lees(doc);
    for (const tekst of [html, pdf]) {
      expect(tekst).toContain(
        'Op 26 maart 2027 hebben wij uw aanvraag voor "Straatfeest Terschuren" ontvangen (artikel 4:3a Awb)',
      );
      expect(tekst).toContain('Uw aanvraag heeft het nummer INI-2027-0042');
      expect(tekst).toContain('Wij beslissen uiterlijk op 21 mei 2027 (artikel 4:13 Awb)');
      expect(tekst).toContain('artikel 4:15 Awb');
      expect(tekst).toContain('Deze brief is nog geen besluit. U kunt er daarom geen bezwaar tegen maken.');
      expect(tekst).not.toContain('zes weken');
    }
  });

  it('verdaging (Awb 4:14): oude en nieuwe termijn, de reden, ingebrekestelling als het weer te laat is, geen bezwaar', async () => {
    const doc = verdagingsbericht(
      {
        ...BASIS,
        oudeTermijn: '2027-05-21',
        nieuweTermijn: '2027-06-11',
        oorspronkelijkeTermijn: '2027-05-14',
        motivering: 'Wij wachten op het advies van de wijkagent over de veiligheid.',
        ondertekenaar: 'Rik Regisseur, gemeente Heerlen',
      },
      TEKSTEN,
    );
    const { html, pdf } = await lees(doc);
    for (const tekst of [html, pdf]) {
      for (const deel of [
        'Wij hebben meer tijd nodig voor uw aanvraag',
        'Wij zouden uiterlijk op 21 mei 2027 beslissen',
        'Dat wordt nu uiterlijk 11 juni 2027 (artikel 4:14 Awb)',
        'Uw eerste beslistermijn was 14 mei 2027',
        'Wij wachten op het advies van de wijkagent over de veiligheid.',
        'in gebreke stellen',
        'dwangsom',
        '(artikel 4:17 Awb)',
        'Deze brief is nog geen besluit. U kunt er daarom geen bezwaar tegen maken.',
        'Namens het college van burgemeester en wethouders van Heerlen,',
        'Rik Regisseur, gemeente Heerlen',
        'INI-2027-0042/3',
        'Vragen? Noem INI-2027-0042.',
      ]) {
        expect(tekst).toContain(deel);
      }
      expect(tekst).not.toContain('zes weken');
    }
  });

  it('aanvullingsverzoek (Awb 4:5, 4:15): wat ontbreekt, tot wanneer, opschorting en gevolg', async () => {
    const doc = aanvullingsverzoek(
      {
        ...BASIS,
        verzoek: 'Stuur een begroting met minstens 10% eigen bijdrage.',
        aanvullenUiterlijk: '2027-04-09',
        ondertekenaar: 'Rik Regisseur, gemeente Heerlen',
      },
      TEKSTEN,
    );
    const { html, pdf } = await lees(doc);
    for (const tekst of [html, pdf]) {
      expect(tekst).toContain('Stuur een begroting met minstens 10% eigen bijdrage.');
      expect(tekst).toContain('Stuur de informatie uiterlijk op 9 april 2027');
      expect(tekst).toContain('staat de termijn waarbinnen wij moeten beslissen stil (artikel 4:15 Awb)');
      expect(tekst).toContain('besluiten uw aanvraag niet te behandelen (artikel 4:5 Awb)');
      expect(tekst).toContain('Rik Regisseur, gemeente Heerlen');
    }
  });
});

describe('Tekstblokken van de gemeente', () => {
  it.each([
    ['Beste {naam}, over {titel}.', []],
    ['U krijgt {bedrag}.', ['bedrag']],
    ['{naam} {onbekend} {periode}', ['onbekend']],
  ] as Array<[string, string[]]>)('%s', (tekst, onbekend) => {
    expect(onbekendePlaatshouders(tekst)).toEqual(onbekend);
  });

  it('ontsnapt HTML in tekst van gebruikers', () => {
    const html = briefHtml(
      besluitbrief(besluit(BesluitSoort.AFWIJZING, { motivering: '<script>alert(1)</script> past niet.' }), {}),
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; past niet.');
  });
});
