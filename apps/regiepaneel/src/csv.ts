/**
 * Reads CSV as the API writes it (RFC 4180: comma separator, CRLF, quoted fields with doubled
 * quotes), to show the attendee list on screen as well as offering it for download.
 */
export function leesCsv(tekst: string): string[][] {
  const rijen: string[][] = [];
  let rij: string[] = [];
  let cel = '';
  let tussenAanhalingstekens = false;
  for (let i = 0; i < tekst.length; i++) {
    const t = tekst[i];
    if (tussenAanhalingstekens) {
      if (t === '"' && tekst[i + 1] === '"') {
        cel += '"';
        i++;
      } else if (t === '"') {
        tussenAanhalingstekens = false;
      } else {
        cel += t;
      }
    } else if (t === '"') {
      tussenAanhalingstekens = true;
    } else if (t === ',') {
      rij.push(cel);
      cel = '';
    } else if (t === '\r' || t === '\n') {
      if (t === '\r' && tekst[i + 1] === '\n') {
        i++;
      }
      rij.push(cel);
      rijen.push(rij);
      rij = [];
      cel = '';
    } else {
      cel += t;
    }
  }
  if (cel !== '' || rij.length > 0) {
    rij.push(cel);
    rijen.push(rij);
  }
  return rijen;
}

/** Rows as records by the header row's names. */
export function csvAlsRecords(tekst: string): Array<Record<string, string>> {
  const [kop, ...rijen] = leesCsv(tekst);
  if (!kop) {
    return [];
  }
  return rijen.map((r) => Object.fromEntries(kop.map((k, i) => [k, r[i] ?? ''])));
}
