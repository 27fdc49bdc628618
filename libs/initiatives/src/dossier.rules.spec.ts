import { type DomainError, FoutCode, type Gebruiker, Rol, toGlobalId } from '@buurtwerk/core';
import {
  alleenAfwijzenMogelijk,
  alleenIndiener,
  bedragenPerAanvraag,
  hervatTermijn,
  lopendeTermijn,
  STATUS_NA_BESLUIT,
  stopDwangsom,
  zelfdeAanvrager,
  zichtVoor,
} from './dossier.rules';
import { BesluitUitkomst, InitiatiefEntity, InitiatiefStatus } from './initiatief.entity';

/** Besluit gelijkstelling 2026-2028 (Atw art. 3 lid 3), as the migration seeds it. */
const BESLUIT_2026_2028 = new Set(['2026-01-02', '2026-05-15', '2027-05-07', '2028-04-28', '2028-05-26']);

const persoon = (sub: string, ...rollen: Rol[]): Gebruiker => ({ sub, naam: sub, email: null, rollen, buurtcode: null });
const anna = persoon('anna', Rol.BEWONER);
const bert = persoon('bert', Rol.BEWONER);
const regisseur = persoon('rik', Rol.BUURTREGISSEUR);

function dossier(d: Partial<InitiatiefEntity>): InitiatiefEntity {
  return Object.assign(new InitiatiefEntity(), {
    id: '00000000-0000-4000-8000-000000000001',
    indienerSub: 'anna',
    indienerNaam: 'Anna',
    organisatieId: null,
    status: InitiatiefStatus.IN_BEHANDELING,
    ingediendDatum: '2027-03-01',
    beslistermijnWeken: 8,
    dagenOpgeschort: 0,
    opgeschortSinds: null,
    aanvullenUiterlijk: null,
    verdaagdTot: null,
    dagenOpgeschortBijVerdaging: 0,
    ingebrekestellingOntvangen: null,
    dwangsomGestoptOp: null,
    ...d,
  });
}

function fout(f: () => unknown): DomainError {
  try {
    f();
  } catch (e) {
    return e as DomainError;
  }
  throw new Error('geen fout');
}

describe('de lopende beslistermijn van een dossier (Awb 4:13-4:15)', () => {
  it('Awb 4:13: acht weken na ontvangst op 1 maart 2027 is maandag 26 april 2027', () => {
    expect(lopendeTermijn(dossier({}), 0, BESLUIT_2026_2028)).toBe('2027-04-26');
  });

  it.each<[string, string, number, string]>([
    ['Awb 4:15 lid 1: aangevuld op 1 april 2027 schort 5 dagen op', '2027-04-01', 5, '2027-05-03'],
    ['Awb 4:15 lid 1: aangevuld op de laatste dag van de aanvullingstermijn schort 13 dagen op', '2027-04-09', 13, '2027-05-10'],
    [
      'Awb 4:15 lid 1 (issue 17): te laat aangevuld op 24 mei 2027 schort niet langer op dan de aanvullingstermijn',
      '2027-05-24',
      14,
      '2027-05-10',
    ],
  ])('%s', (_naam, vandaag, dagen, beslissen) => {
    const e = dossier({ opgeschortSinds: '2027-03-26', aanvullenUiterlijk: '2027-04-09' });
    hervatTermijn(e, vandaag, BESLUIT_2026_2028);
    expect(e.dagenOpgeschort).toBe(dagen);
    expect(e.beslissenUiterlijk).toBe(beslissen);
    // The suspension is over: nothing is left that would count it twice.
    expect(e.opgeschortSinds).toBeNull();
    expect(e.aanvullenUiterlijk).toBeNull();
  });

  it('Awb 4:15 en Atw art. 3 lid 3: de beslistermijn die op de gelijkgestelde vrijdag 7 mei 2027 valt, loopt tot maandag 10 mei', () => {
    // Received 12 March 2027: eight weeks is Friday 7 May 2027, a day equated with a holiday.
    const e = dossier({ ingediendDatum: '2027-03-12' });
    hervatTermijn(e, '2027-03-20', BESLUIT_2026_2028);
    expect(e.beslissenUiterlijk).toBe('2027-05-10');
    hervatTermijn(e, '2027-03-20', new Set());
    expect(e.beslissenUiterlijk).toBe('2027-05-07');
  });

  it('Awb 4:14 lid 3: na een verdaging loopt de termijn tot de nieuwe datum, verlengd met later opgeschorte dagen', () => {
    const e = dossier({ verdaagdTot: '2027-06-07', dagenOpgeschortBijVerdaging: 0 });
    expect(lopendeTermijn(e, 0, BESLUIT_2026_2028)).toBe('2027-06-07');
    expect(lopendeTermijn(e, 7, BESLUIT_2026_2028)).toBe('2027-06-14');
  });
});

describe('de dwangsom stopt bij het besluit (Awb 4:17 lid 1)', () => {
  it('Awb 4:17 lid 1: na een ingebrekestelling stopt de dwangsom op de dag van het besluit (Amsterdamse datum)', () => {
    const e = dossier({ ingebrekestellingOntvangen: '2027-05-03' });
    stopDwangsom(e, new Date('2027-05-20T22:30:00Z'));
    expect(e.dwangsomGestoptOp).toBe('2027-05-21');
  });

  it('Awb 4:17 lid 1: een al gestopte dwangsom houdt haar einddatum', () => {
    const e = dossier({ ingebrekestellingOntvangen: '2027-05-03', dwangsomGestoptOp: '2027-06-14' });
    stopDwangsom(e, new Date('2027-07-01T10:00:00Z'));
    expect(e.dwangsomGestoptOp).toBe('2027-06-14');
  });

  it('Awb 4:17: zonder ingebrekestelling is er geen dwangsom om te stoppen', () => {
    const e = dossier({});
    stopDwangsom(e, new Date('2027-07-01T10:00:00Z'));
    expect(e.dwangsomGestoptOp).toBeNull();
  });
});

describe('wie het dossier ziet en wie erin handelt', () => {
  it.each<[string, InitiatiefStatus, Gebruiker | null, 'volledig' | 'publiek' | null]>([
    ['de indiener ziet haar eigen concept helemaal', InitiatiefStatus.CONCEPT, anna, 'volledig'],
    ['een medewerker ziet een concept niet', InitiatiefStatus.CONCEPT, regisseur, null],
    ['een medewerker ziet een ingediend initiatief helemaal', InitiatiefStatus.INGEDIEND, regisseur, 'volledig'],
    ['een andere bewoner ziet een afwijzing niet', InitiatiefStatus.AFGEWEZEN, bert, null],
    ['iedereen ziet een toekenning zonder persoonsgegevens', InitiatiefStatus.TOEGEKEND, null, 'publiek'],
  ])('%s', (_naam, status, gebruiker, zicht) => {
    expect(zichtVoor({ indienerSub: 'anna', status }, gebruiker)).toBe(zicht);
  });

  it.each<[string, InitiatiefStatus, Gebruiker, FoutCode | null]>([
    ['de indiener mag', InitiatiefStatus.INGEDIEND, anna, null],
    ['een ander concept bestaat voor een bewoner niet (NOT_FOUND)', InitiatiefStatus.CONCEPT, bert, FoutCode.NOT_FOUND],
    ['een ingediend initiatief van een ander is verboden terrein', InitiatiefStatus.INGEDIEND, bert, FoutCode.FORBIDDEN],
    ['een medewerker handelt niet namens de indiener', InitiatiefStatus.CONCEPT, regisseur, FoutCode.FORBIDDEN],
  ])('alleen de indiener: %s', (_naam, status, gebruiker, code) => {
    const e = dossier({ status });
    if (code === null) {
      expect(() => alleenIndiener(e, gebruiker)).not.toThrow();
    } else {
      expect(fout(() => alleenIndiener(e, gebruiker)).code).toBe(code);
    }
  });

  it.each<[string, Partial<InitiatiefEntity>, boolean]>([
    ['Awb 2:4: dezelfde aanvrager, dan geldt de belangencontrole', {}, false],
    ['Awb 2:4: een andere organisatie sinds de controle, dan is de handeling geweigerd', { organisatieId: 'org-2' }, true],
    ['Awb 2:4: een andere indiener sinds de controle, dan is de handeling geweigerd', { indienerSub: 'bert' }, true],
  ])('%s', (_naam, nu, geweigerd) => {
    const vooraf = dossier({});
    const gelockt = dossier(nu);
    if (geweigerd) {
      const f = fout(() => zelfdeAanvrager(vooraf, gelockt));
      expect(f.code).toBe(FoutCode.CONFLICT);
      expect(f.message).toMatch(/zojuist gewijzigd.*probeer het dan nog eens/);
    } else {
      expect(() => zelfdeAanvrager(vooraf, gelockt)).not.toThrow();
    }
  });
});

describe('Awb 4:25: alleen afwijzen kan als voor geen enkele geldaanvraag iets beschikbaar is', () => {
  it.each<[string, Array<number | null>, number[], boolean]>([
    ['niets beschikbaar voor de enige geldaanvraag', [50000], [0], true],
    ['iets beschikbaar voor één van twee geldaanvragen', [50000, 20000], [0, 1], false],
    ['een aanvraag zonder geld kan altijd worden toegekend', [50000, null], [0, 0], false],
    ['alles beschikbaar', [50000], [50000], false],
  ])('%s', (_naam, gevraagd, beschikbaar, alleenAfwijzen) => {
    const aanvragen = gevraagd.map((g, i) => ({ id: `a${i}`, gevraagdBedrag: g }));
    expect(alleenAfwijzenMogelijk(aanvragen, new Map(beschikbaar.map((b, i) => [`a${i}`, b])))).toBe(alleenAfwijzen);
  });
});

describe('bedragen per aanvraag uit de invoer', () => {
  const a1 = '00000000-0000-4000-8000-00000000000a';
  const a2 = '00000000-0000-4000-8000-00000000000b';
  const vreemd = '00000000-0000-4000-8000-00000000000c';
  const id = (uuid: string) => toGlobalId('Ondersteuningsaanvraag', uuid);

  it('koppelt elk bedrag aan zijn aanvraag, met de plek in de invoer', () => {
    const r = bedragenPerAanvraag(
      [
        { aanvraagId: id(a2), bedrag: 100 },
        { aanvraagId: id(a1), bedrag: 250 },
      ],
      [{ id: a1 }, { id: a2 }],
      'input.bedragen',
    );
    expect(r.get(a1)).toEqual({ bedrag: 250, index: 1 });
    expect(r.get(a2)).toEqual({ bedrag: 100, index: 0 });
  });

  it('noemt elke verkeerde regel tegelijk: een aanvraag van een ander initiatief en een dubbele', () => {
    const f = fout(() =>
      bedragenPerAanvraag(
        [
          { aanvraagId: id(a1), bedrag: 1 },
          { aanvraagId: id(vreemd), bedrag: 1 },
          { aanvraagId: id(a1), bedrag: 2 },
        ],
        [{ id: a1 }],
        'bedragen',
      ),
    );
    expect(f.code).toBe(FoutCode.BAD_USER_INPUT);
    expect(f.velden).toEqual([
      { veld: 'bedragen[1].aanvraagId', melding: 'hoort niet bij dit initiatief.' },
      { veld: 'bedragen[2].aanvraagId', melding: 'komt twee keer voor.' },
    ]);
  });
});

describe('de status na een besluit', () => {
  it.each<[BesluitUitkomst, InitiatiefStatus]>([
    [BesluitUitkomst.TOEGEKEND, InitiatiefStatus.TOEGEKEND],
    [BesluitUitkomst.AFGEWEZEN, InitiatiefStatus.AFGEWEZEN],
    [BesluitUitkomst.BUITEN_BEHANDELING, InitiatiefStatus.BUITEN_BEHANDELING],
  ])('uitkomst %s leidt tot status %s', (u, status) => {
    expect(STATUS_NA_BESLUIT[u]).toBe(status);
  });
});
