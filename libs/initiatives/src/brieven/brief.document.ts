/**
 * A letter as a small document model, rendered twice from the same blocks: as an accessible HTML
 * page (brief.html.ts) and as a tagged PDF/A (brief.pdf.ts). The content (what a letter must say)
 * is made in brief.inhoud.ts; the two renderers only lay it out.
 */
export type Blok =
  | { soort: 'kop'; tekst: string }
  | { soort: 'alinea'; tekst: string }
  | { soort: 'lijst'; items: string[] }
  | { soort: 'tabel'; bijschrift: string; kop: string[]; rijen: string[][] };

export interface BriefDocument {
  /** The subject, also the document title. */
  onderwerp: string;
  afzender: string[];
  geadresseerde: string[];
  /** Datum, kenmerk, onderwerp: label and value. */
  kenmerken: Array<[string, string]>;
  aanhef: string;
  blokken: Blok[];
  /** Closing and signature lines. */
  ondertekening: string[];
}

/** A `YYYY-MM-DD` date in Dutch words: "7 mei 2027". */
export function datumVoluit(datum: string): string {
  const [j, m, d] = datum.split('-').map(Number);
  return new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(j, m - 1, d)),
  );
}

/** All the text of a letter in reading order (for the plain-text mail and for tests). */
export function briefAlsTekst(doc: BriefDocument): string {
  const delen: string[] = [
    ...doc.afzender,
    '',
    ...doc.geadresseerde,
    '',
    ...doc.kenmerken.map(([k, v]) => `${k}: ${v}`),
    '',
    doc.aanhef,
  ];
  for (const b of doc.blokken) {
    switch (b.soort) {
      case 'kop':
        delen.push('', b.tekst, '-'.repeat(b.tekst.length));
        break;
      case 'alinea':
        delen.push('', b.tekst);
        break;
      case 'lijst':
        delen.push('', ...b.items.map((i) => `- ${i}`));
        break;
      case 'tabel':
        delen.push('', b.bijschrift, ...b.rijen.map((r) => r.map((c, i) => `${b.kop[i]}: ${c}`).join('; ')));
        break;
    }
  }
  delen.push('', ...doc.ondertekening);
  return delen.join('\n');
}
