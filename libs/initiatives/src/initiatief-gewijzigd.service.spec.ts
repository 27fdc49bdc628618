import { type Gebruiker, Rol } from '@buurtwerk/core';
import { InitiatiefStatus } from './initiatief.entity';
import { magWijzigingZien } from './initiatief-gewijzigd.service';

const persoon = (sub: string, ...rollen: Rol[]): Gebruiker => ({ sub, naam: sub, email: null, rollen, buurtcode: null });
const indiener = persoon('anna', Rol.BEWONER);
const buur = persoon('bert', Rol.BEWONER);
const regisseur = persoon('rik', Rol.BUURTREGISSEUR);
const partner = persoon('apisleutel:1', Rol.PARTNER);

describe('wie een statuswijziging van een initiatief live hoort', () => {
  it.each([
    ['iedereen hoort een toekenning', InitiatiefStatus.TOEGEKEND, null, true],
    ['iedereen hoort een vaststelling', InitiatiefStatus.VASTGESTELD, buur, true],
    ['anoniem hoort niets van een initiatief in behandeling', InitiatiefStatus.IN_BEHANDELING, null, false],
    ['een andere bewoner hoort niets van een afwijzing', InitiatiefStatus.AFGEWEZEN, buur, false],
    ['een partner hoort niets van een ingediend initiatief', InitiatiefStatus.INGEDIEND, partner, false],
    ['de indiener hoort een vraag om aanvulling', InitiatiefStatus.AANVULLING_GEVRAAGD, indiener, true],
    ['de indiener hoort een afwijzing', InitiatiefStatus.AFGEWEZEN, indiener, true],
    ['staf hoort een ingediend initiatief', InitiatiefStatus.INGEDIEND, regisseur, true],
  ])('%s', (_naam, status, gebruiker, verwacht) => {
    expect(magWijzigingZien({ status, indienerSub: 'anna' }, gebruiker)).toBe(verwacht);
  });
});
