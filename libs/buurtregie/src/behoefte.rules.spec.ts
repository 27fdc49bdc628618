import { Rol, type Gebruiker } from '@buurtwerk/core';
import { BehoefteBron, BehoefteStatus } from './behoefte.entity';
import {
  beginstatus,
  bronVoor,
  inbrengerVan,
  magOvergaan,
  normaliseerThema,
  PUBLIEKE_BEHOEFTE_STATUSSEN,
  toelichtingVerplicht,
} from './behoefte.rules';

const gebruiker = (...rollen: Rol[]): Gebruiker => ({ sub: 's', naam: 'n', email: null, rollen, buurtcode: null });

describe('buurtagenda: regels', () => {
  it.each([
    [BehoefteStatus.INGEDIEND, BehoefteStatus.OPEN, true],
    [BehoefteStatus.INGEDIEND, BehoefteStatus.AFGEWEZEN, true],
    [BehoefteStatus.INGEDIEND, BehoefteStatus.BEANTWOORD, false],
    [BehoefteStatus.OPEN, BehoefteStatus.OPGEPAKT, true],
    [BehoefteStatus.OPEN, BehoefteStatus.BEANTWOORD, true],
    [BehoefteStatus.OPEN, BehoefteStatus.AFGEWEZEN, false],
    [BehoefteStatus.OPGEPAKT, BehoefteStatus.OPEN, true],
    [BehoefteStatus.BEANTWOORD, BehoefteStatus.OPEN, true],
    [BehoefteStatus.BEANTWOORD, BehoefteStatus.VERVALLEN, false],
    [BehoefteStatus.VERVALLEN, BehoefteStatus.OPEN, true],
    [BehoefteStatus.AFGEWEZEN, BehoefteStatus.OPEN, false],
  ])('van %s naar %s mag: %s', (van, naar, mag) => {
    expect(magOvergaan(van, naar)).toBe(mag);
  });

  it('houdt een inzending van een bewoner uit het publieke zicht tot de buurtregisseur hem heeft bekeken', () => {
    expect(PUBLIEKE_BEHOEFTE_STATUSSEN).not.toContain(BehoefteStatus.INGEDIEND);
    expect(PUBLIEKE_BEHOEFTE_STATUSSEN).not.toContain(BehoefteStatus.AFGEWEZEN);
    expect(beginstatus('bewoner')).toBe(BehoefteStatus.INGEDIEND);
    expect(beginstatus('partner')).toBe(BehoefteStatus.INGEDIEND);
    expect(beginstatus('staf')).toBe(BehoefteStatus.OPEN);
  });

  it.each([
    [[Rol.BEWONER], 'bewoner'],
    [[Rol.PARTNER], 'partner'],
    [[Rol.BUURTREGISSEUR], 'staf'],
    [[Rol.PARTNER, Rol.BELEIDSMEDEWERKER], 'staf'],
    [[Rol.GRIFFIE], 'bewoner'],
  ] as const)('rollen %j brengen in als %s', (rollen, verwacht) => {
    expect(inbrengerVan(gebruiker(...rollen))).toBe(verwacht);
  });

  it.each([
    ['bewoner', undefined, BehoefteBron.BEWONER],
    ['bewoner', BehoefteBron.ENQUETE, null],
    ['partner', undefined, BehoefteBron.PARTNER],
    ['partner', BehoefteBron.BUURTREGISSEUR, null],
    ['staf', undefined, BehoefteBron.BUURTREGISSEUR],
    ['staf', BehoefteBron.ENQUETE, BehoefteBron.ENQUETE],
    ['staf', BehoefteBron.SIGNAAL, BehoefteBron.SIGNAAL],
    ['staf', BehoefteBron.BEWONER, null],
  ] as const)('%s met gevraagde bron %s krijgt %s', (wie, gevraagd, verwacht) => {
    expect(bronVoor(wie, gevraagd)).toBe(verwacht);
  });

  it('vraagt een toelichting bij afwijzen, vervallen en beantwoorden, niet bij oppakken', () => {
    expect(toelichtingVerplicht(BehoefteStatus.AFGEWEZEN)).toBe(true);
    expect(toelichtingVerplicht(BehoefteStatus.VERVALLEN)).toBe(true);
    expect(toelichtingVerplicht(BehoefteStatus.BEANTWOORD)).toBe(true);
    expect(toelichtingVerplicht(BehoefteStatus.OPGEPAKT)).toBe(false);
  });

  it('ziet "Groen " en "groen" als één thema', () => {
    expect(normaliseerThema('  Groen   en  spelen ')).toBe('groen en spelen');
  });
});
