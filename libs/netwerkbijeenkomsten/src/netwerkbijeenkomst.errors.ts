import { DomainError, FoutCode } from '@buurtwerk/core';

export const bijeenkomstFout = {
  gastbuurtAlGeweest: (buurtNaam: string) =>
    new DomainError(
      FoutCode.GASTBUURT_AL_GEWEEST,
      `${buurtNaam} was al gastbuurt van een netwerkbijeenkomst. Elke bijeenkomst is in een andere buurt; kies een buurt uit gastbuurtSuggesties.`,
      [{ veld: 'input.buurtId', melding: 'deze buurt was al gastbuurt' }],
    ),
  nietMeerOpen: (reden: string) =>
    new DomainError(FoutCode.ONGELDIGE_STATUSOVERGANG, `Dat kan niet meer: de bijeenkomst ${reden}.`),
};
