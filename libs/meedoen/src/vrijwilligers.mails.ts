import type { NieuweMail } from '@buurtwerk/core';

/** Mail texts about volunteer requests (plain Dutch, B1 level). */
interface Verzoek {
  id: string;
  titel: string;
  begin: Date;
  locatie: string;
  organisatorNaam: string;
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

const wanneer = (d: Date): string => tijd.format(d);

function mail(soort: string, referentieId: string, aan: string, aanhef: string, onderwerp: string, regels: string[]): NieuweMail {
  return {
    soort,
    referentieId,
    aan,
    onderwerp,
    tekst: [aanhef, '', ...regels, '', 'Met vriendelijke groet,', 'Gemeente Heerlen, Buurtgericht Werken'].join('\n'),
  };
}

export function verzoekLink(buurtportaalUrl: string, verzoekGlobalId: string): string {
  return `${buurtportaalUrl}/vrijwilligerswerk/${encodeURIComponent(verzoekGlobalId)}`;
}

export const vrijwilligersMails = {
  aangemeld: (v: Verzoek, a: Ontvanger, positie: number | null, link: string): NieuweMail =>
    mail(
      positie === null ? 'VRIJWILLIGER_AANGEMELD' : 'VRIJWILLIGER_WACHTLIJST',
      a.id,
      a.email,
      `Beste ${a.naam},`,
      positie === null ? `Aangemeld als vrijwilliger: ${v.titel}` : `Op de wachtlijst: ${v.titel}`,
      [
        positie === null
          ? `U bent aangemeld als vrijwilliger voor "${v.titel}" van ${v.organisatorNaam}.`
          : `Alle plaatsen voor "${v.titel}" van ${v.organisatorNaam} zijn bezet. U staat op de wachtlijst, op plaats ${positie}. Komt er een plaats vrij, dan krijgt u bericht.`,
        `Wanneer: ${wanneer(v.begin)}`,
        `Waar: ${v.locatie}`,
        '',
        'De organisator neemt contact met u op. Afmelden kan op deze pagina:',
        link,
      ],
    ),
  plaatsVrijgekomen: (v: Verzoek, a: Ontvanger, link: string): NieuweMail =>
    mail('VRIJWILLIGER_PLAATS', a.id, a.email, `Beste ${a.naam},`, `Er is een plaats voor u: ${v.titel}`, [
      `Er is een plaats vrijgekomen voor "${v.titel}" van ${v.organisatorNaam}. U bent nu aangemeld.`,
      `Wanneer: ${wanneer(v.begin)}`,
      `Waar: ${v.locatie}`,
      '',
      'Kunt u toch niet? Meld u dan af, zodat de volgende de plaats krijgt:',
      link,
    ]),
  bevestigd: (v: Verzoek, a: Ontvanger, link: string): NieuweMail =>
    mail('VRIJWILLIGER_BEVESTIGD', a.id, a.email, `Beste ${a.naam},`, `Bevestigd: ${v.titel}`, [
      `${v.organisatorNaam} heeft uw aanmelding als vrijwilliger voor "${v.titel}" bevestigd.`,
      `Wanneer: ${wanneer(v.begin)}`,
      `Waar: ${v.locatie}`,
      '',
      link,
    ]),
  afgemeld: (v: Verzoek, a: Ontvanger): NieuweMail =>
    mail('VRIJWILLIGER_AFGEMELD', a.id, a.email, `Beste ${a.naam},`, `Afgemeld: ${v.titel}`, [
      `U bent afgemeld als vrijwilliger voor "${v.titel}". Uw plaats gaat naar de eerste op de wachtlijst.`,
    ]),
  geannuleerd: (v: Verzoek, a: Ontvanger): NieuweMail =>
    mail('VRIJWILLIGER_GEANNULEERD', a.id, a.email, `Beste ${a.naam},`, `Gaat niet door: ${v.titel}`, [
      `${v.organisatorNaam} heeft de vraag om vrijwilligers "${v.titel}" (${wanneer(v.begin)}) ingetrokken. U hoeft niets te doen.`,
    ]),
  /** Opt-in (vrijwilligersprofiel): a new request that matches the profile. */
  nieuwVerzoek: (v: Verzoek & { buurtnaam: string }, profielId: string, aan: string, link: string): NieuweMail =>
    mail('VRIJWILLIGERSVERZOEK_MATCH', profielId, aan, 'Goedendag,', `Vrijwilligers gezocht in ${v.buurtnaam}: ${v.titel}`, [
      `${v.organisatorNaam} zoekt vrijwilligers in ${v.buurtnaam}: "${v.titel}".`,
      `Wanneer: ${wanneer(v.begin)}`,
      `Waar: ${v.locatie}`,
      '',
      'Meer lezen en aanmelden:',
      link,
      '',
      'U krijgt deze mail omdat u in uw vrijwilligersprofiel hebt gekozen voor mail over nieuwe vragen. Wilt u dat niet meer? Zet het uit in uw profiel.',
    ]),
};
