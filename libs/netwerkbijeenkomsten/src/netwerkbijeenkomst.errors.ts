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
  // One answer for an unknown sign-up and a wrong code: trying ids tells nothing.
  linkKloptNiet: () =>
    fout.geenToegang('Deze link klopt niet. Gebruik de link uit de laatste mail die u over deze aanmelding kreeg.'),
  afmeldcodeKloptNiet: () => fout.geenToegang('De afmeldcode hoort niet bij deze aanmelding.'),
  // One answer for an unknown address and a wrong code: trying addresses tells nothing.
  emailOfCodeKloptNiet: () =>
    new DomainError(FoutCode.BAD_USER_INPUT, 'Dit e-mailadres en deze afmeldcode horen niet bij een aanmelding.', [
      {
        veld: 'afmeldcode',
        melding:
          'hoort niet bij een aanmelding met dit e-mailadres. Controleer de code in je e-mail en het adres waarmee je je aanmeldde.',
      },
    ]),
  nietJouwAanmelding: () => fout.nietGevonden('De aanmelding'),
  bevestigingTeLaat: () =>
    new DomainError(
      FoutCode.ONGELDIGE_STATUSOVERGANG,
      'Deze aanmelding is niet op tijd bevestigd en is vervallen; de plaats is naar de volgende gegaan. Meld u opnieuw aan als u wilt komen.',
    ),
};
