import { NIEUWS_KOPJES, type Nieuwsbericht, type NieuwsSoort } from './buurtnieuws.service';

/** XML 1.0 text: escaped, and without the control characters XML forbids. */
export function xmlTekst(s: string): string {
  return s
    .replace(/[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * An Atom 1.0 feed (RFC 4287) of a buurt's news: feed id, title, updated, author and a self link
 * (4.1.1); per entry a stable id (a tag URI, RFC 4151, from the record's global id), title,
 * updated, an alternate link and a summary. `updated` of the feed is the newest entry's, or
 * `nu` when there are none.
 */
export function atomFeed(opties: {
  buurt: { code: string; naam: string };
  berichten: readonly Nieuwsbericht[];
  zelf: string;
  portaal: string;
  nu: Date;
}): string {
  const { buurt, berichten } = opties;
  const bijgewerkt = berichten.reduce((m, b) => (b.bijgewerkt > m ? b.bijgewerkt : m), new Date(0));
  const feedUpdated = berichten.length > 0 ? bijgewerkt : opties.nu;
  const entries = berichten.map(
    (b) => `  <entry>
    <id>tag:heerlen.nl,2026:buurtwerk:${xmlTekst(b.soort.toLowerCase())}:${xmlTekst(b.id)}</id>
    <title>${xmlTekst(b.titel)}</title>
    <updated>${b.bijgewerkt.toISOString()}</updated>
    <link rel="alternate" type="text/html" href="${xmlTekst(b.link)}"/>
    <category term="${b.soort}" label="${xmlTekst(NIEUWS_KOPJES[b.soort])}"/>
    <summary>${xmlTekst(b.samenvatting)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">
  <id>tag:heerlen.nl,2026:buurtwerk:buurt:${xmlTekst(buurt.code)}</id>
  <title>Nieuws uit ${xmlTekst(buurt.naam)}</title>
  <subtitle>Activiteiten, bijeenkomsten, vrijwilligersvragen, toegekende initiatieven en plannen in de buurt</subtitle>
  <updated>${feedUpdated.toISOString()}</updated>
  <author><name>Gemeente Heerlen</name></author>
  <link rel="self" type="application/atom+xml" href="${xmlTekst(opties.zelf)}"/>
  <link rel="alternate" type="text/html" href="${xmlTekst(`${opties.portaal}/buurt/${encodeURIComponent(buurt.code)}`)}"/>
${entries.join('\n')}
</feed>
`;
}

/** The digest's plain text: per buurt, per kind of news, one line per item with its link. */
export function overzichtTekst(
  perBuurt: ReadonlyArray<{ naam: string; berichten: readonly Nieuwsbericht[] }>,
  afmeldLink: string,
): string {
  const delen: string[] = ['Hallo,', '', 'Dit is er nieuw in de buurten die je volgt.', ''];
  for (const { naam, berichten } of perBuurt) {
    if (berichten.length === 0) {
      continue;
    }
    delen.push(`== ${naam} ==`, '');
    for (const soort of Object.keys(NIEUWS_KOPJES) as NieuwsSoort[]) {
      const van = berichten.filter((b) => b.soort === soort);
      if (van.length === 0) {
        continue;
      }
      delen.push(`${NIEUWS_KOPJES[soort]}:`);
      for (const b of van) {
        delen.push(`- ${b.titel} (${b.samenvatting})`, `  ${b.link}`);
      }
      delen.push('');
    }
  }
  delen.push('Wil je dit overzicht niet meer krijgen? Meld je af met één klik:', afmeldLink, '');
  return delen.join('\n');
}

/** A normalised address, or null when it is no plausible address. */
export function normaalAdres(ruw: string): string | null {
  const a = ruw.trim().toLowerCase();
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(a) && a.length <= 254 ? a : null;
}
