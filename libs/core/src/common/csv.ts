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
export function csvCel(waarde: CsvWaarde, scheiding: CsvScheiding = ','): string {
  if (waarde === null || waarde === undefined) {
    return '';
  }
  let tekst = waarde instanceof Date ? waarde.toISOString() : String(waarde);
  if (typeof waarde === 'string' && /^[=+\-@\t\r]/.test(tekst)) {
    tekst = `'${tekst}`;
  }
  return /["\r\n]/.test(tekst) || tekst.includes(scheiding) ? `"${tekst.replace(/"/g, '""')}"` : tekst;
}

/** Comma (RFC 4180), or semicolon: the list separator of spreadsheets in a Dutch locale. */
export type CsvScheiding = ',' | ';';

/**
 * The whole document: the header row, then one row per record, in the order of `kolommen`.
 * `excel`: the variant Excel opens correctly in a Dutch locale by double-click: a UTF-8 byte
 * order mark (else it reads Windows-1252: "BeÃ«indigd") and `;` between cells (else one column).
 */
export function csv<K extends string>(
  kolommen: readonly K[],
  rijen: ReadonlyArray<Record<K, CsvWaarde>>,
  opties: { excel?: boolean } = {},
): string {
  const scheiding: CsvScheiding = opties.excel ? ';' : ',';
  const regels = [kolommen.map((k) => csvCel(k, scheiding)), ...rijen.map((r) => kolommen.map((k) => csvCel(r[k], scheiding)))];
  return `${opties.excel ? '\uFEFF' : ''}${regels.map((cellen) => cellen.join(scheiding)).join('\r\n')}\r\n`;
}
