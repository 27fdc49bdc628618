/** Lower case, accents removed, whitespace folded: "  Hëerler  Heide" -> "heerler heide". */
export function zoekvorm(tekst: string): string {
  return tekst
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Escape % and _ for a LIKE pattern (with the default backslash escape). */
export function likePatroon(tekst: string): string {
  return `%${tekst.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
