import { DomainError, fout, FoutCode } from '@buurtwerk/core';

export const vrijwilligersFout = {
  geenOrganisator: () =>
    fout.geenToegang(
      'U bent geen organisator van deze vraag om vrijwilligers. Alleen leden van de organisatie of de initiatiefnemer kunnen dit.',
    ),
  nietOpen: (reden: string) =>
    new DomainError(FoutCode.ONGELDIGE_STATUSOVERGANG, `Dat kan niet meer: deze vraag om vrijwilligers ${reden}.`),
  nietTeBevestigen: (wachtend: boolean) =>
    new DomainError(
      FoutCode.ONGELDIGE_STATUSOVERGANG,
      wachtend
        ? 'Deze vrijwilliger staat op de wachtlijst. Bevestigen kan zodra er een plaats vrij is.'
        : 'Deze vrijwilliger heeft zich afgemeld.',
    ),
  alAangemeld: () =>
    new DomainError(
      FoutCode.CONFLICT,
      'U bent al aangemeld voor deze vraag. Kijk bij "Mijn vrijwilligerswerk" waar u staat, of meld u daar af.',
    ),
};
