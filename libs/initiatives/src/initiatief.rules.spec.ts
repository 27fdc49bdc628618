import { FoutCode } from '@buurtwerk/core';
import { InitiatiefStatus as S } from './initiatief.entity';
import { AanvragerSoort, Schaal } from '@buurtwerk/subsidieregels';
import { type Actor, controleerOvergang, magOvergaan, referentie, type ToetsGegevens, toetsInitiatief } from './initiatief.rules';

describe('levenscyclus van een initiatief', () => {
  it.each<[S, S, Actor]>([
    [S.CONCEPT, S.INGEDIEND, 'INITIATIEFNEMER'],
    [S.INGEDIEND, S.IN_BEHANDELING, 'MEDEWERKER'],
    [S.IN_BEHANDELING, S.AANVULLING_GEVRAAGD, 'MEDEWERKER'],
    [S.AANVULLING_GEVRAAGD, S.IN_BEHANDELING, 'INITIATIEFNEMER'],
    [S.IN_BEHANDELING, S.TOEGEKEND, 'MEDEWERKER'],
    [S.IN_BEHANDELING, S.AFGEWEZEN, 'MEDEWERKER'],
    [S.IN_BEHANDELING, S.BIJ_BUURTPANEL, 'MEDEWERKER'],
    [S.BIJ_BUURTPANEL, S.IN_BEHANDELING, 'BUURTPANEL'],
    [S.BIJ_BUURTPANEL, S.TOEGEKEND, 'OP_PANELADVIES'],
    [S.BIJ_BUURTPANEL, S.AFGEWEZEN, 'OP_PANELADVIES'],
    [S.TOEGEKEND, S.UITGEVOERD, 'INITIATIEFNEMER'],
    [S.UITGEVOERD, S.VASTGESTELD, 'MEDEWERKER'],
    [S.CONCEPT, S.INGETROKKEN, 'INITIATIEFNEMER'],
    [S.AANVULLING_GEVRAAGD, S.INGETROKKEN, 'INITIATIEFNEMER'],
    [S.BIJ_BUURTPANEL, S.INGETROKKEN, 'INITIATIEFNEMER'],
    // Awb 4:5: staff go on without the aanvulling, or do not handle the request.
    [S.AANVULLING_GEVRAAGD, S.IN_BEHANDELING, 'MEDEWERKER'],
    [S.AANVULLING_GEVRAAGD, S.BUITEN_BEHANDELING, 'MEDEWERKER'],
  ])('staat %s → %s toe door %s', (van, naar, door) => {
    expect(magOvergaan(van, naar, door)).toBe(true);
  });

  it.each<[string, S, S, Actor]>([
    ['een concept direct toekennen', S.CONCEPT, S.TOEGEKEND, 'MEDEWERKER'],
    ['een ingediend initiatief toekennen zonder behandeling', S.INGEDIEND, S.TOEGEKEND, 'MEDEWERKER'],
    ['intrekken na toekenning', S.TOEGEKEND, S.INGETROKKEN, 'INITIATIEFNEMER'],
    ['intrekken na afwijzing', S.AFGEWEZEN, S.INGETROKKEN, 'INITIATIEFNEMER'],
    ['een afgewezen initiatief alsnog toekennen', S.AFGEWEZEN, S.TOEGEKEND, 'MEDEWERKER'],
    ['vaststellen voordat het is uitgevoerd', S.TOEGEKEND, S.VASTGESTELD, 'MEDEWERKER'],
    ['een medewerker meldt de uitvoering', S.TOEGEKEND, S.UITGEVOERD, 'MEDEWERKER'],
    ['de initiatiefnemer neemt zelf in behandeling', S.INGEDIEND, S.IN_BEHANDELING, 'INITIATIEFNEMER'],
    ['een medewerker dient in namens de bewoner', S.CONCEPT, S.INGEDIEND, 'MEDEWERKER'],
    ['een ingetrokken initiatief opnieuw indienen', S.INGETROKKEN, S.INGEDIEND, 'INITIATIEFNEMER'],
    ['twee keer vaststellen', S.VASTGESTELD, S.VASTGESTELD, 'MEDEWERKER'],
    ['buiten behandeling stellen zonder aanvulling te vragen (Awb 4:5)', S.IN_BEHANDELING, S.BUITEN_BEHANDELING, 'MEDEWERKER'],
    ['de initiatiefnemer stelt zelf buiten behandeling', S.AANVULLING_GEVRAAGD, S.BUITEN_BEHANDELING, 'INITIATIEFNEMER'],
    ['een buiten behandeling gestelde aanvraag intrekken', S.BUITEN_BEHANDELING, S.INGETROKKEN, 'INITIATIEFNEMER'],
    ['een buiten behandeling gestelde aanvraag weer behandelen', S.BUITEN_BEHANDELING, S.IN_BEHANDELING, 'MEDEWERKER'],
    ['het buurtpanel besluit zelf (het adviseert alleen)', S.BIJ_BUURTPANEL, S.TOEGEKEND, 'BUURTPANEL'],
    ['een medewerker besluit zonder het advies van het panel', S.BIJ_BUURTPANEL, S.AFGEWEZEN, 'MEDEWERKER'],
  ])('weigert %s', (_naam, van, naar, door) => {
    expect(magOvergaan(van, naar, door)).toBe(false);
    expect(() => controleerOvergang(van, naar, door)).toThrow(
      expect.objectContaining({ code: FoutCode.ONGELDIGE_STATUSOVERGANG }),
    );
  });

  it.each([
    [2027, 1, 'INI-2027-0001'],
    [2027, 42, 'INI-2027-0042'],
    [2028, 12345, 'INI-2028-12345'],
  ])('referentie van jaar %i nummer %i is %s', (jaar, nr, ref) => {
    expect(referentie(jaar, nr)).toBe(ref);
  });
});

describe('toetsing van een heel initiatief', () => {
  const regeling = {
    id: 'r1',
    code: 'BUURTAKTIE',
    naam: 'Buurtaktie (voorbeeld)',
    versie: 2,
    geldigVan: '2027-01-01',
    geldigTot: null,
    schalen: [Schaal.BUURT],
    aanvragers: [AanvragerSoort.BEWONERSGROEP],
    maximumBedrag: 100_000,
    beslistermijnWeken: 6,
    voorwaarden: [
      { code: 'EIGEN_BIJDRAGE', omschrijving: 'Minstens 10% zelf.', regel: { '>=': [{ var: 'eigenBijdrageProcent' }, 10] } },
    ],
  };
  const instrumenten = new Map([
    ['geld', { id: 'geld', naam: 'Buurtbudget', financieel: true, actief: true, regelingCode: 'BUURTAKTIE' }],
    ['geld2', { id: 'geld2', naam: 'Extra budget', financieel: true, actief: true, regelingCode: 'BUURTAKTIE' }],
    ['tent', { id: 'tent', naam: 'Partytent lenen', financieel: false, actief: true, regelingCode: null }],
    ['oud', { id: 'oud', naam: 'Oude regeling', financieel: true, actief: false, regelingCode: 'WEG' }],
  ]);
  const regelingen = new Map([['BUURTAKTIE', regeling]]);
  const basis: ToetsGegevens = {
    aanvragerSoort: AanvragerSoort.BEWONERSGROEP,
    organisatieSoort: null,
    schaal: Schaal.BUURT,
    aantalBuurten: 1,
    aantalBetrokkenBewoners: 8,
    startdatum: '2027-06-01',
    einddatum: '2027-06-01',
    aanvragen: [{ instrumentId: 'geld', gevraagdBedrag: 50_000, eigenBijdrage: 10_000 }],
  };

  it('keurt een volledige aanvraag goed en koppelt de versie van de regeling', () => {
    const t = toetsInitiatief(basis, instrumenten, regelingen, '2027-03-01');
    expect(t.bevindingen.every((b) => b.voldaan)).toBe(true);
    expect(t.regelingPerAanvraag.map((r) => r?.versie)).toEqual([2]);
  });

  it('telt twee financiële aanvragen onder dezelfde regeling samen voor het maximum', () => {
    const t = toetsInitiatief(
      {
        ...basis,
        aanvragen: [
          { instrumentId: 'geld', gevraagdBedrag: 60_000, eigenBijdrage: 20_000 },
          { instrumentId: 'geld2', gevraagdBedrag: 60_000, eigenBijdrage: 0 },
        ],
      },
      instrumenten,
      regelingen,
      '2027-03-01',
    );
    const max = t.bevindingen.find((b) => b.voorwaarde === 'BUURTAKTIE.MAXIMUMBEDRAG');
    expect(max).toMatchObject({ voldaan: false, toelichting: 'U vraagt € 1.200; deze regeling geeft hoogstens € 1.000.' });
  });

  it.each<[string, ToetsGegevens['aanvragen'], string]>([
    ['weigert een aanvraag zonder ondersteuning', [], 'AANVRAGEN'],
    [
      'vraagt een bedrag bij een financiële bijdrage',
      [{ instrumentId: 'geld', gevraagdBedrag: null, eigenBijdrage: null }],
      'AANVRAAG_1.BEDRAG',
    ],
    [
      'weigert een instrument dat niet meer op de menukaart staat',
      [{ instrumentId: 'oud', gevraagdBedrag: 100, eigenBijdrage: 0 }],
      'AANVRAAG_1.INSTRUMENT',
    ],
    [
      'meldt een instrument zonder vastgestelde regeling',
      [{ instrumentId: 'oud', gevraagdBedrag: 100, eigenBijdrage: 0 }],
      'AANVRAAG_1.REGELING',
    ],
  ])('%s', (_naam, aanvragen, voorwaarde) => {
    const t = toetsInitiatief({ ...basis, aanvragen }, instrumenten, regelingen, '2027-03-01');
    expect(t.bevindingen.find((b) => b.voorwaarde === voorwaarde)?.voldaan).toBe(false);
  });

  it('toetst niet-financiële ondersteuning zonder regeling alleen op de menukaart', () => {
    const t = toetsInitiatief(
      { ...basis, aanvragen: [{ instrumentId: 'tent', gevraagdBedrag: null, eigenBijdrage: null }] },
      instrumenten,
      regelingen,
      '2027-03-01',
    );
    expect(t.bevindingen.map((b) => b.voorwaarde)).toEqual(['AANVRAGEN']);
    expect(t.regelingPerAanvraag).toEqual([null]);
  });
});
