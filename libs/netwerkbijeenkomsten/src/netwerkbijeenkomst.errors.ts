import { DomainError, fout, FoutCode } from '@buurtwerk/core';

export const bijeenkomstFout = {
  gastbuurtAlGeweest: (buurtNaam: string) =>
    new DomainError(
      FoutCode.GASTBUURT_AL_GEWEEST,
      `${buurtNaam} was al gastbuurt van een netwerkbijeenkomst. Elke bijeenkomst is in een andere buurt; kies een buurt uit gastbuurtSuggesties.`,
      [{ veld: 'input.buurtId', melding: 'deze buurt was al gastbuurt' }],
    ),
  capaciteitTeLaag: (capaciteit: number, aangemeld: number) =>
    fout.veld(
      'input.capaciteit',
      `kan niet ${capaciteit} zijn: er hebben al ${aangemeld} mensen een plaats. Kies minstens ${aangemeld} plaatsen; wie een plaats heeft, wordt niet teruggezet naar de wachtlijst.`,
    ),
  nietMeerOpen: (reden: string) =>
    new DomainError(FoutCode.ONGELDIGE_STATUSOVERGANG, `Dat kan niet meer: de bijeenkomst ${reden}.`),
};
