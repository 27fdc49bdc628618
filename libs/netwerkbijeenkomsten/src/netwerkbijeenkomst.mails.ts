import type { NieuweMail } from '@buurtwerk/core';

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

function mail(soort: string, a: Ontvanger, onderwerp: string, regels: string[], aanhef = `Beste ${a.naam},`): NieuweMail {
  return {
    soort,
    referentieId: a.id,
    aan: a.email,
    onderwerp,
    tekst: [aanhef, '', ...regels, '', 'Met vriendelijke groet,', 'Gemeente Heerlen, Buurtgericht Werken'].join('\n'),
  };
}

/** Links in the mails: the Buurtportaal pages that confirm or cancel with the sign-up's secret code. */
export interface Links {
  bevestigen: string;
  afmelden: string;
  /** The cancel page without a link: there the address and the short code are typed. */
  afmeldpagina: string;
  /** The short code as the mail shows it ("K7QX-3MPD"). */
  code: string;
}

/** How the mail shows a short code: two groups of four, easy to read and type. */
export function leesbareCode(code: string): string {
  return code.length === 8 ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
}

export function aanmeldingLinks(buurtportaalUrl: string, aanmeldingId: string, code: string): Links {
  const query = `aanmelding=${encodeURIComponent(aanmeldingId)}&code=${encodeURIComponent(code)}`;
  return {
    bevestigen: `${buurtportaalUrl}/aanmelding-bevestigen?${query}`,
    afmelden: `${buurtportaalUrl}/afmelden?${query}`,
    afmeldpagina: `${buurtportaalUrl}/afmelden`,
    code: leesbareCode(code),
  };
}

/** For whoever cannot open the link: the short code (issue 19, point 4). */
const zonderLink = (links: Links): string =>
  `Werkt de link niet? Ga dan naar ${links.afmeldpagina} en vul uw e-mailadres en deze afmeldcode in: ${links.code}`;

// Mails to an address that has not confirmed anything yet greet nobody by name: the name was typed
// by whoever signed the address up, and must not make the mail a carrier for someone else's text.
const ONBEKENDE_AANHEF = 'Goedendag,';

export const mails = {
  /** After a sign-up: follow the link to make it definite (invariant 9). */
  bevestigen: (b: Bijeenkomst, a: Ontvanger, plaats: number | null, tot: Date, links: Links): NieuweMail =>
    mail(
      'AANMELDING_BEVESTIGEN',
      a,
      `Bevestig uw aanmelding: ${b.titel}`,
      [
        `Dit e-mailadres is aangemeld voor "${b.titel}" op ${wanneer(b.begin)}, ${b.locatie}.`,
        plaats === null
          ? 'Er is een plaats voor u vastgehouden.'
          : `De bijeenkomst is vol. Er is een plaats op de wachtlijst voor u vastgehouden: plaats ${plaats}.`,
        `Wilt u komen? Bevestig uw aanmelding dan vóór ${wanneer(tot)} met deze link:`,
        links.bevestigen,
        'Zonder bevestiging vervalt de aanmelding vanzelf en gaat de plaats naar de volgende.',
        `Kunt u toch niet komen? Meld u dan af met ${links.afmelden}`,
        zonderLink(links),
        'Heeft u zich niet aangemeld? Dan hoeft u niets te doen.',
      ],
      ONBEKENDE_AANHEF,
    ),
  /** Someone signed up an address that already has a sign-up: nothing changes, the owner hears of it. */
  alAangemeld: (b: Bijeenkomst, a: Ontvanger, wachtlijst: boolean): NieuweMail =>
    mail(
      'AANMELDING_HERHAALD',
      a,
      `U was al aangemeld: ${b.titel}`,
      [
        `Er is opnieuw een aanmelding met dit e-mailadres ontvangen voor "${b.titel}" op ${wanneer(b.begin)}.`,
        wachtlijst
          ? 'U stond al op de wachtlijst. Daar verandert niets aan: u houdt uw plaats op de wachtlijst.'
          : 'U was al aangemeld. Daar verandert niets aan: uw plaats blijft staan.',
        'Wilt u zich afmelden? Gebruik dan de afmeldlink uit de mail waarmee u uw aanmelding bevestigde.',
        'Heeft u dit niet zelf gedaan? Dan hoeft u niets te doen.',
      ],
      ONBEKENDE_AANHEF,
    ),
  aangemeld: (b: Bijeenkomst, a: Ontvanger, links: Links): NieuweMail =>
    mail('AANMELDING_BEVESTIGD', a, `Aanmelding bevestigd: ${b.titel}`, [
      `U bent aangemeld voor "${b.titel}" op ${wanneer(b.begin)}, ${b.locatie}.`,
      'Kunt u toch niet komen? Meld u dan af met deze link; dan krijgt iemand van de wachtlijst uw plaats:',
      links.afmelden,
      zonderLink(links),
    ]),
  wachtlijst: (b: Bijeenkomst, a: Ontvanger, positie: number, links: Links): NieuweMail =>
    mail('AANMELDING_WACHTLIJST', a, `Wachtlijst: ${b.titel}`, [
      `"${b.titel}" op ${wanneer(b.begin)} is vol. U staat op de wachtlijst, op plaats ${positie}.`,
      'Komt er een plaats vrij, dan krijgt de eerste op de wachtlijst die plaats en hoort u dat van ons.',
      'Wilt u niet meer op de wachtlijst staan? Meld u dan af met deze link:',
      links.afmelden,
      zonderLink(links),
    ]),
  plaatsVrijgekomen: (b: Bijeenkomst, a: Ontvanger): NieuweMail =>
    mail('PLAATS_VRIJGEKOMEN', a, `U heeft een plaats: ${b.titel}`, [
      `Er is een plaats vrijgekomen. U bent nu aangemeld voor "${b.titel}" op ${wanneer(b.begin)}, ${b.locatie}.`,
      'Kunt u niet komen? Meld u dan af met de afmeldlink uit de mail waarmee u uw aanmelding bevestigde.',
    ]),
  afgemeld: (b: Bijeenkomst, a: Ontvanger): NieuweMail =>
    mail('AFMELDING_BEVESTIGD', a, `Afgemeld: ${b.titel}`, [`U bent afgemeld voor "${b.titel}" op ${wanneer(b.begin)}.`]),
  gewijzigd: (b: Bijeenkomst, a: Ontvanger, wachtlijst: boolean): NieuweMail =>
    mail('BIJEENKOMST_GEWIJZIGD', a, `Gewijzigd: ${b.titel}`, [
      `De tijd of plaats van "${b.titel}" is veranderd. De bijeenkomst is nu op ${wanneer(b.begin)}, ${b.locatie}.`,
      wachtlijst
        ? 'U staat nog steeds op de wachtlijst. Komt er een plaats vrij, dan hoort u dat van ons.'
        : 'Uw aanmelding blijft staan. Kunt u nu niet komen? Meld u dan af met de afmeldlink uit de mail waarmee u uw aanmelding bevestigde; dan krijgt iemand van de wachtlijst uw plaats.',
    ]),
  geannuleerd: (b: Bijeenkomst, a: Ontvanger): NieuweMail =>
    mail('BIJEENKOMST_GEANNULEERD', a, `Gaat niet door: ${b.titel}`, [
      `Helaas gaat "${b.titel}" op ${wanneer(b.begin)} niet door. Onze excuses.`,
      'U hoeft niets te doen. Over een nieuwe bijeenkomst hoort u via de website van de gemeente.',
    ]),
};
