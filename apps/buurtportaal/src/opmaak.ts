/** Dutch presentation of values from the API (no business rules: only how things read). */
const TIJDZONE = 'Europe/Amsterdam';

const datumTijd = new Intl.DateTimeFormat('nl-NL', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: TIJDZONE,
});
const tijd = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: TIJDZONE });
const dag = new Intl.DateTimeFormat('nl-NL', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: TIJDZONE });

/** "zaterdag 12 juni 2027 om 14:00" or, when it ends the same day, "… 14:00 tot 16:00". */
export function wanneer(begin: string, eind?: string | null): string {
  const b = new Date(begin);
  const tekst = datumTijd.format(b).replace(/ om |, /, ' om ');
  if (!eind) {
    return tekst;
  }
  const e = new Date(eind);
  if (dag.format(b) === dag.format(e)) {
    return `${tekst} tot ${tijd.format(e)}`;
  }
  return `${tekst} tot ${datumTijd.format(e).replace(/ om |, /, ' om ')}`;
}

const SOORTEN: Record<string, string> = {
  BUURTORGANISATIE: 'Buurtorganisatie',
  MAATSCHAPPELIJKE_PARTNER: 'Maatschappelijke partner',
  ONDERNEMER: 'Ondernemer',
  OVERIG: 'Overig',
  STICHTING: 'Stichting',
  VERENIGING: 'Vereniging',
};

export function organisatiesoort(soort: string): string {
  return SOORTEN[soort] ?? soort;
}

/** "1 partner" / "3 partners", "1 activiteit" / "2 activiteiten". */
export function aantal(n: number, enkelvoud: string, meervoud: string): string {
  return `${n} ${n === 1 ? enkelvoud : meervoud}`;
}
