/**
 * Date and time as a Heerlen staff member types them (Europe/Amsterdam wall clock) to the
 * instant the API stores, and back, whatever time zone the browser is set to.
 */
const MUUR = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The Amsterdam wall clock at an instant: { datum: 'YYYY-MM-DD', tijd: 'HH:MM' }. */
export function amsterdamsMoment(iso: string): { datum: string; tijd: string } {
  const d = Object.fromEntries(MUUR.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return { datum: `${d.year}-${d.month}-${d.day}`, tijd: `${d.hour}:${d.minute}` };
}

/**
 * "2027-06-12" + "19:30" in Amsterdam → ISO 8601 UTC instant, or null for an invalid date/time.
 * In the autumn hour that occurs twice the first (summer time) is taken; a time in the skipped
 * spring hour moves one hour on, as a wall clock does.
 */
export function amsterdamNaarIso(datum: string, tijd: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(datum);
  const t = /^(\d{2}):(\d{2})$/.exec(tijd);
  if (!m || !t) {
    return null;
  }
  const [j, mnd, dag, uur, min] = [m[1], m[2], m[3], t[1], t[2]].map(Number);
  const alsUtc = Date.UTC(j, mnd - 1, dag, uur, min);
  const controle = new Date(alsUtc);
  if (controle.getUTCMonth() !== mnd - 1 || controle.getUTCDate() !== dag || uur > 23 || min > 59) {
    return null;
  }
  // Amsterdam is UTC+1 or UTC+2: try the larger offset first (the earlier instant).
  for (const uren of [2, 1]) {
    const kandidaat = new Date(alsUtc - uren * 3_600_000).toISOString();
    const muur = amsterdamsMoment(kandidaat);
    if (muur.datum === datum && muur.tijd === tijd) {
      return kandidaat;
    }
  }
  return new Date(alsUtc - 3_600_000).toISOString();
}
