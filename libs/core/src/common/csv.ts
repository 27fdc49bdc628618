/**
 * CSV for open-data exports (RFC 4180): a header row, comma separator, CRLF line ends, fields
 * with a comma, quote or line break in double quotes (a quote doubled).
 */
export type CsvWaarde = string | number | boolean | Date | null | undefined;

/**
 * One cell. Text that a spreadsheet would read as a formula (starting with =, +, -, @, tab or
 * carriage return) gets a leading apostrophe (OWASP CSV injection): exported texts come from
 * anyone. Numbers stay numbers, so a negative amount is not touched.
 */
export function csvCel(waarde: CsvWaarde): string {
  if (waarde === null || waarde === undefined) {
    return '';
  }
  let tekst = waarde instanceof Date ? waarde.toISOString() : String(waarde);
  if (typeof waarde === 'string' && /^[=+\-@\t\r]/.test(tekst)) {
    tekst = `'${tekst}`;
  }
  return /[",\r\n]/.test(tekst) ? `"${tekst.replace(/"/g, '""')}"` : tekst;
}

/** The whole document: the header row, then one row per record, in the order of `kolommen`. */
export function csv<K extends string>(kolommen: readonly K[], rijen: ReadonlyArray<Record<K, CsvWaarde>>): string {
  const regels = [kolommen.map((k) => csvCel(k)), ...rijen.map((r) => kolommen.map((k) => csvCel(r[k])))];
  return `${regels.map((cellen) => cellen.join(',')).join('\r\n')}\r\n`;
}
