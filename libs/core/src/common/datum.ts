/**
 * Calendar dates of the domain: `YYYY-MM-DD` strings that mean a day in Heerlen (Europe/Amsterdam),
 * never a UTC day (docs/domein.md, "Datums en termijnen").
 */

const AMSTERDAM = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in Europe/Amsterdam at `moment` (a resident's "today"), `YYYY-MM-DD`. */
export function amsterdamseDatum(moment: Date): string {
  return AMSTERDAM.format(moment);
}

/** Whole days from `van` to `tot` (negative when `tot` lies before `van`). */
export function dagenTussen(van: string, tot: string): number {
  return Math.round((Date.parse(`${tot}T00:00:00Z`) - Date.parse(`${van}T00:00:00Z`)) / 86_400_000);
}

/** The calendar date `dagen` days after (or, negative, before) `datum`. */
export function plusDagen(datum: string, dagen: number): string {
  const d = new Date(`${datum}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + dagen);
  return d.toISOString().slice(0, 10);
}
