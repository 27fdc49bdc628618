/** Form helpers for the Regiepaneel's own pages: the API's field errors shown at the field they belong to. */
import { ApiFout, foutmelding } from '@web-gedeeld/api';

/**
 * Splits an API error into per-field messages (by the last part of the API's field path, e.g.
 * `input.tot` → `tot`) and a general message; a field error the form has no field for stays in
 * the general message, so nothing the API says is lost.
 */
export function apiFouten(
  e: unknown,
  velden: readonly string[],
  anders?: string,
): { algemeen: string | null; perVeld: Record<string, string> } {
  const perVeld: Record<string, string> = {};
  const overig: string[] = [];
  if (e instanceof ApiFout) {
    for (const v of e.velden) {
      const naam = v.veld.split('.').pop() ?? v.veld;
      if (velden.includes(naam) && !perVeld[naam]) {
        perVeld[naam] = v.melding;
      } else {
        overig.push(`${v.veld}: ${v.melding}`);
      }
    }
  }
  const herhaalt = e instanceof ApiFout && e.velden.every((v) => e.message.includes(v.melding));
  if (Object.keys(perVeld).length > 0 && overig.length === 0 && herhaalt) {
    // The API's message only repeats the field errors; they are shown at their fields.
    return { algemeen: 'Dit is niet opgeslagen. Kijk bij de gemarkeerde velden.', perVeld };
  }
  const basis = foutmelding(e, anders);
  return { algemeen: [basis, ...overig.filter((o) => !basis.includes(o))].join(' '), perVeld };
}

/** Moves focus to the first field with an error (WCAG 3.3.1: the user finds it at once). */
export function focusEersteFout(formulier: string, fouten: Record<string, string>, volgorde: readonly string[]): void {
  const eerste = volgorde.find((v) => fouten[v]);
  if (eerste) {
    document.querySelector<HTMLElement>(`#${formulier} [name="${eerste}"]`)?.focus();
  }
}

/** The API's refusal per form field: it names `begin`/`eind`, the form has a date and two times. */
export function bijeenkomstApiFouten(e: unknown, volgorde: string[], standaard: string): ReturnType<typeof apiFouten> {
  const r = apiFouten(e, [...volgorde, 'begin', 'eind'], standaard);
  const perVeld = { ...r.perVeld };
  if (perVeld.begin) {
    perVeld.begintijd = perVeld.begin;
  }
  if (perVeld.eind) {
    perVeld.eindtijd = perVeld.eind;
  }
  return { ...r, perVeld };
}
