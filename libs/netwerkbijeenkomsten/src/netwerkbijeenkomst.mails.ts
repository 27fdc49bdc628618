import type { NieuweMail } from './uitgaande-mail.service';

/** Mail texts about network meetings (plain Dutch, B1 level). */
interface Bijeenkomst {
  titel: string;
  begin: Date;
  locatie: string;
}

interface Ontvanger {
  id: string;
  naam: string;
  email: string;
}

const tijd = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

export function wanneer(d: Date): string {
  return tijd.format(d);
}

function mail(soort: string, a: Ontvanger, onderwerp: string, regels: string[]): NieuweMail {
  return {
    soort,
    referentieId: a.id,
    aan: a.email,
    onderwerp,
    tekst: [`Beste ${a.naam},`, '', ...regels, '', 'Met vriendelijke groet,', 'Gemeente Heerlen, Buurtgericht Werken'].join('\n'),
  };
}

export const mails = {
  aangemeld: (b: Bijeenkomst, a: Ontvanger): NieuweMail =>
    mail('AANMELDING_BEVESTIGD', a, `Aanmelding bevestigd: ${b.titel}`, [
      `U bent aangemeld voor "${b.titel}" op ${wanneer(b.begin)}, ${b.locatie}.`,
      'Kunt u toch niet komen? Meld u dan af met de afmeldcode die u bij het aanmelden kreeg; dan krijgt iemand van de wachtlijst uw plaats.',
    ]),
  wachtlijst: (b: Bijeenkomst, a: Ontvanger, positie: number): NieuweMail =>
    mail('AANMELDING_WACHTLIJST', a, `Wachtlijst: ${b.titel}`, [
      `"${b.titel}" op ${wanneer(b.begin)} is vol. U staat op de wachtlijst, op plaats ${positie}.`,
      'Komt er een plaats vrij, dan krijgt de eerste op de wachtlijst die plaats en hoort u dat van ons.',
    ]),
  plaatsVrijgekomen: (b: Bijeenkomst, a: Ontvanger): NieuweMail =>
    mail('PLAATS_VRIJGEKOMEN', a, `U heeft een plaats: ${b.titel}`, [
      `Er is een plaats vrijgekomen. U bent nu aangemeld voor "${b.titel}" op ${wanneer(b.begin)}, ${b.locatie}.`,
      'Kunt u niet komen? Meld u dan af met uw afmeldcode.',
    ]),
  afgemeld: (b: Bijeenkomst, a: Ontvanger): NieuweMail =>
    mail('AFMELDING_BEVESTIGD', a, `Afgemeld: ${b.titel}`, [`U bent afgemeld voor "${b.titel}" op ${wanneer(b.begin)}.`]),
  gewijzigd: (b: Bijeenkomst, a: Ontvanger, wachtlijst: boolean): NieuweMail =>
    mail('BIJEENKOMST_GEWIJZIGD', a, `Gewijzigd: ${b.titel}`, [
      `De tijd of plaats van "${b.titel}" is veranderd. De bijeenkomst is nu op ${wanneer(b.begin)}, ${b.locatie}.`,
      wachtlijst
        ? 'U staat nog steeds op de wachtlijst. Komt er een plaats vrij, dan hoort u dat van ons.'
        : 'Uw aanmelding blijft staan. Kunt u nu niet komen? Meld u dan af met uw afmeldcode; dan krijgt iemand van de wachtlijst uw plaats.',
    ]),
  geannuleerd: (b: Bijeenkomst, a: Ontvanger): NieuweMail =>
    mail('BIJEENKOMST_GEANNULEERD', a, `Gaat niet door: ${b.titel}`, [
      `Helaas gaat "${b.titel}" op ${wanneer(b.begin)} niet door. Onze excuses.`,
      'U hoeft niets te doen. Over een nieuwe bijeenkomst hoort u via de website van de gemeente.',
    ]),
};
