import { type Gebruiker, Rol } from '@buurtwerk/core';
import { SignaalStatus } from './signaal.entity';
import { afdelingenLijst, isOverTijd, magOvergaan, reactieUiterlijk, signaalReferentie, signaalZicht } from './signaal.rules';

const { NIEUW, DOORGEZET, IN_BEHANDELING, AFGEHANDELD } = SignaalStatus;

describe('reactietermijn van een signaal', () => {
  it.each([
    ['telt kalenderdagen vanaf de meldingsdag', '2027-03-10T09:00:00Z', 5, '2027-03-15'],
    ['loopt over een maandgrens', '2027-01-29T12:00:00Z', 5, '2027-02-03'],
    ['loopt over een schrikkeldag', '2028-02-27T12:00:00Z', 3, '2028-03-01'],
    ['rekent een melding om 23:30 UTC in de winter tot de volgende Heerlense dag', '2027-01-10T23:30:00Z', 1, '2027-01-12'],
    ['rekent een melding om 22:30 UTC in de zomer tot de volgende Heerlense dag', '2027-07-10T22:30:00Z', 1, '2027-07-12'],
    ['rekent een melding om 21:30 UTC in de zomer nog tot dezelfde dag', '2027-07-10T21:30:00Z', 1, '2027-07-11'],
  ])('%s', (_naam, gemeld, termijn, verwacht) => {
    expect(reactieUiterlijk(new Date(gemeld), termijn)).toBe(verwacht);
  });

  it.each([
    ['is niet over tijd op de laatste dag zelf', NIEUW, '2027-03-15', '2027-03-15T22:59:00Z', false],
    ['is over tijd de dag erna (Heerlense tijd)', NIEUW, '2027-03-15', '2027-03-15T23:00:00Z', true],
    ['is over tijd als het doorgezet is maar niet afgehandeld', DOORGEZET, '2027-03-15', '2027-04-01T10:00:00Z', true],
    ['is over tijd in behandeling na de termijn', IN_BEHANDELING, '2027-03-15', '2027-04-01T10:00:00Z', true],
    ['is nooit over tijd als het is afgehandeld', AFGEHANDELD, '2027-03-15', '2027-04-01T10:00:00Z', false],
  ])('%s', (_naam, status, uiterlijk, nu, verwacht) => {
    expect(isOverTijd(status, uiterlijk, new Date(nu))).toBe(verwacht);
  });
});

describe('statusovergangen van een signaal', () => {
  it.each([
    [NIEUW, DOORGEZET, true],
    [NIEUW, AFGEHANDELD, true],
    [NIEUW, IN_BEHANDELING, true],
    [DOORGEZET, DOORGEZET, true],
    [DOORGEZET, AFGEHANDELD, true],
    [IN_BEHANDELING, DOORGEZET, true],
    [IN_BEHANDELING, AFGEHANDELD, true],
    [AFGEHANDELD, DOORGEZET, false],
    [AFGEHANDELD, AFGEHANDELD, false],
    [AFGEHANDELD, IN_BEHANDELING, false],
    [DOORGEZET, NIEUW, false],
    [IN_BEHANDELING, NIEUW, false],
  ])('%s -> %s is %s', (van, naar, mag) => {
    expect(magOvergaan(van, naar)).toBe(mag);
  });
});

describe('referentie en zicht', () => {
  it.each([
    [2027, 1, 'SIG-2027-0001'],
    [2027, 42, 'SIG-2027-0042'],
    [2027, 12345, 'SIG-2027-12345'],
  ])('maakt voor %i nummer %i de referentie %s', (jaar, nr, ref) => {
    expect(signaalReferentie(jaar, nr)).toBe(ref);
  });

  const gebruiker = (...rollen: Rol[]): Gebruiker => ({ sub: 'x', naam: 'x', email: null, rollen, buurtcode: null });
  it.each([
    ['een bewoner ziet alleen eigen meldingen', [Rol.BEWONER], { alles: false, eigenBuurten: false, eigenMeldingen: true }],
    ['een partner ziet alleen eigen meldingen', [Rol.PARTNER], { alles: false, eigenBuurten: false, eigenMeldingen: true }],
    ['een buurtregisseur ziet zijn buurten', [Rol.BUURTREGISSEUR], { alles: false, eigenBuurten: true, eigenMeldingen: true }],
    ['een beleidsmedewerker ziet alles', [Rol.BELEIDSMEDEWERKER], { alles: true, eigenBuurten: false, eigenMeldingen: true }],
    ['een beheerder ziet alles', [Rol.BEHEERDER], { alles: true, eigenBuurten: false, eigenMeldingen: true }],
  ])('%s', (_naam, rollen, zicht) => {
    expect(signaalZicht(gebruiker(...rollen))).toEqual(zicht);
  });
});

describe('afdelingen om een signaal naar door te zetten', () => {
  it('neemt de afdelingen van de categorieën, met hun categorieën, op alfabet', () => {
    expect(
      afdelingenLijst(
        [
          { naam: 'Groen', afdeling: 'Stadsbeheer' },
          { naam: 'Afval en zwerfvuil', afdeling: 'Afval en reiniging' },
          { naam: 'Bestrating', afdeling: 'Stadsbeheer' },
        ],
        [],
      ),
    ).toEqual([
      { naam: 'Afval en reiniging', categorieen: ['Afval en zwerfvuil'] },
      { naam: 'Stadsbeheer', categorieen: ['Bestrating', 'Groen'] },
    ]);
  });

  it('houdt afdelingen waarheen eerder is doorgezet erbij, zonder categorie', () => {
    expect(afdelingenLijst([{ naam: 'Groen', afdeling: 'Stadsbeheer' }], ['Wijkteam Noord'])).toEqual([
      { naam: 'Stadsbeheer', categorieen: ['Groen'] },
      { naam: 'Wijkteam Noord', categorieen: [] },
    ]);
  });

  it('telt namen die alleen in spaties of hoofdletters verschillen als één afdeling en slaat lege over', () => {
    expect(afdelingenLijst([{ naam: 'Groen', afdeling: 'Stadsbeheer' }], ['stadsbeheer ', ' ', 'Stads  beheer'])).toEqual([
      { naam: 'Stads beheer', categorieen: [] },
      { naam: 'Stadsbeheer', categorieen: ['Groen'] },
    ]);
  });
});
