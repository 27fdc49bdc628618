/** Form helpers for the Regiepaneel's own pages: the API's field errors shown at the field they belong to. */
import { type FormVeld, leesbareFout, VELDLABELS } from '@web-gedeeld/fouten';

/**
 * Splits an API error into per-field messages (by the last part of the API's field path, e.g.
 * `input.tot` → `tot`) and a general message, both plain Dutch (leesbareFout in web-gedeeld): a
 * field error the form has no field for stays in the general message, so nothing is lost, and no
 * path, code or raw GraphQL text is ever shown.
 */
export function apiFouten(
  e: unknown,
  velden: readonly string[],
  anders?: string,
): { algemeen: string | null; perVeld: Record<string, string> } {
  const kaart: Record<string, FormVeld> = Object.fromEntries(
    velden.map((v) => [v, { naam: v, label: VELDLABELS[v] ?? 'Dit veld' }]),
  );
  const r = leesbareFout(e, kaart, anders);
  if (r.algemeen === null && Object.keys(r.perVeld).length > 0) {
    // The field errors say it all; they are shown at their fields.
    return { algemeen: 'Dit is niet opgeslagen. Kijk bij de gemarkeerde velden.', perVeld: r.perVeld };
  }
  return r;
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
