/** Dutch dates. API `Date` values are calendar dates (Europe/Amsterdam) and are read as text: no time zone shifts. */
const MAANDEN = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** "2027-06-01" → "1 juni 2027". */
export function datum(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) {
    return iso;
  }
  return `${Number(m[3])} ${MAANDEN[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

const moment = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Amsterdam',
});

/** A DateTime as "1 juni 2027 om 14:05" (Europe/Amsterdam). */
export function datumTijd(iso: string): string {
  return moment.format(new Date(iso)).replace(/ om |, /, ' om ');
}

/** Today's calendar date in Heerlen, "YYYY-MM-DD". */
export function vandaag(nu: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(nu);
}

/** Whole calendar days from `van` to `tot` (both "YYYY-MM-DD"); negative when `tot` lies before. */
export function dagenTussen(van: string, tot: string): number {
  return Math.round((Date.parse(`${tot}T00:00:00Z`) - Date.parse(`${van}T00:00:00Z`)) / 86_400_000);
}
