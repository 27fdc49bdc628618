/**
 * Small form helpers for the Regiepaneel's management pages (buurtpanels, menukaart, rules,
 * ceilings). The API decides what is valid; these only place its Dutch messages next to the
 * fields they are about and announce success and failure to screen readers.
 */
import {
  Alert,
  Button,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { ApiFout } from '@web-gedeeld/api';
import { foutmelding, leesbareFout, VELDLABELS } from '@web-gedeeld/fouten';
import { type ReactNode, useEffect, useRef } from 'react';
import { flushSync } from 'react-dom';

export type Veldfouten = Record<string, string>;

/**
 * The API's field errors by field name, without the argument's prefix: `input.quorum` → `quorum`,
 * `input.voorwaarden[1].regel` → `voorwaarden[1].regel`, `sluitOp` → `sluitOp`; each a whole
 * Dutch sentence with the field's name as subject (leesbareFout), never a path or raw API text.
 */
export function veldfoutenVan(e: unknown): Veldfouten {
  if (!(e instanceof ApiFout)) {
    return {};
  }
  const fouten: Veldfouten = {};
  for (const v of e.velden) {
    const naam = v.veld.replace(/^input\./, '');
    if (isRegeltaal(v.veld)) {
      fouten[naam] = regeltaalZin(v.melding);
      continue;
    }
    const laatste =
      naam
        .split(/[.[\]]+/)
        .filter((d) => d !== '' && !/^\d+$/.test(d))
        .pop() ?? naam;
    const { perVeld } = leesbareFout(new ApiFout(e.message, e.code, [v]), () => ({
      naam,
      label: VELDLABELS[laatste] ?? 'Dit veld',
    }));
    const tekst = perVeld[naam];
    if (tekst && !fouten[naam]?.includes(tekst)) {
      fouten[naam] = fouten[naam] ? `${fouten[naam]} ${tekst}` : tekst;
    }
  }
  return fouten;
}

/**
 * A condition's rule (JSON Logic, `voorwaarden[i].regel`): the API names the facts typed and the
 * ones that exist (`eigenBijdrageProcent`, …). That vocabulary is the rules editor's own, documented
 * for the staff who write rules, so it is shown as the API wrote it (issue 19 is about everything else).
 */
export function isRegeltaal(pad: string): boolean {
  return /(?:^|\.)regel$/.test(pad);
}

function regeltaalZin(melding: string): string {
  const t = melding.trim();
  return `${t.charAt(0).toUpperCase()}${t.slice(1)}${/[.!?]$/.test(t) ? '' : '.'}`;
}

/** For the rules editor's live check: a rule-language error as the API wrote it, anything else in plain Dutch. */
export function regelFoutmelding(e: unknown, anders: string): string {
  const regeltaal = e instanceof ApiFout ? e.velden.filter((v) => isRegeltaal(v.veld)) : [];
  return regeltaal.length > 0 ? regeltaal.map((v) => regeltaalZin(v.melding)).join(' ') : foutmelding(e, anders);
}

/**
 * The message above a form whose field errors veldfoutenVan places at the fields: the fields
 * say what is wrong, so the top only says that (never the same sentence twice, issue 19).
 */
export function algemeneFout(e: unknown, anders: string): string {
  return e instanceof ApiFout && e.velden.length > 0 ? `${anders} Kijk bij de gemarkeerde velden.` : foutmelding(e, anders);
}

/**
 * Shows the errors and moves focus to the first field with one, so keyboard and screen reader
 * users land on it (WCAG 3.3.1). The errors are rendered first (flushSync), then focused.
 */
export function toonFouten(formulier: HTMLFormElement | null, fouten: Veldfouten, zetFouten: (fouten: Veldfouten) => void): void {
  flushSync(() => zetFouten(fouten));
  const eerste = Object.keys(fouten)[0];
  if (!formulier || eerste === undefined) {
    return;
  }
  const veld =
    formulier.querySelector<HTMLElement>(`[data-veld="${CSS.escape(eerste)}"]`) ??
    formulier.querySelector<HTMLElement>(`[name="${CSS.escape(eerste)}"]`) ??
    formulier.querySelector<HTMLElement>('[aria-invalid="true"]');
  veld?.focus();
}

export function Foutmelding({ children }: { children: ReactNode }) {
  return (
    <Alert type="error" role="alert">
      <Paragraph>{children}</Paragraph>
    </Alert>
  );
}

/** A success message in a status region that is always in the page, so it is announced when it appears. */
export function Statusmelding({ melding }: { melding: string | null }) {
  return (
    <div role="status">
      {melding && (
        <Alert type="ok">
          <Paragraph>{melding}</Paragraph>
        </Alert>
      )}
    </div>
  );
}

export interface Keuze {
  waarde: string;
  tekst: string;
}

/** A labelled select with description and error message, as the Utrecht form field pattern. */
export function Keuzeveld({
  id,
  naam,
  label,
  beschrijving,
  fout,
  waarde,
  keuzes,
  leeg,
  verplicht,
  onKies,
}: {
  id: string;
  naam: string;
  label: string;
  beschrijving?: string;
  fout?: string;
  waarde: string;
  keuzes: readonly Keuze[];
  /** Text of the empty first option; none when omitted. */
  leeg?: string;
  verplicht?: boolean;
  onKies: (waarde: string) => void;
}) {
  const beschreven = [beschrijving ? `${id}-uitleg` : null, fout ? `${id}-fout` : null].filter(Boolean).join(' ');
  return (
    <FormField invalid={Boolean(fout)}>
      <FormLabel htmlFor={id}>{label}</FormLabel>
      {beschrijving && <FormFieldDescription id={`${id}-uitleg`}>{beschrijving}</FormFieldDescription>}
      {fout && <FormFieldErrorMessage id={`${id}-fout`}>{fout}</FormFieldErrorMessage>}
      <Select
        id={id}
        name={naam}
        required={verplicht}
        invalid={Boolean(fout)}
        aria-describedby={beschreven || undefined}
        value={waarde}
        onChange={(e) => onKies(e.target.value)}
      >
        {leeg !== undefined && <SelectOption value="">{leeg}</SelectOption>}
        {keuzes.map((k) => (
          <SelectOption key={k.waarde} value={k.waarde}>
            {k.tekst}
          </SelectOption>
        ))}
      </Select>
    </FormField>
  );
}

/** Whether the signed-in person holds one of these roles (to offer only actions the API allows them). */
export function heeftRol(rollen: readonly string[] | undefined, ...nodig: string[]): boolean {
  return (rollen ?? []).some((r) => nodig.includes(r));
}

/**
 * Asks before an action that cannot simply be undone. The "Ja" button takes the focus when the
 * question appears; `nee` should return the focus to the button that asked (WCAG 2.4.3).
 */
export function Bevestiging({
  label,
  vraag,
  jaTekst,
  ja,
  nee,
}: {
  /** The group's accessible name, "Bevestigen: …". */
  label: string;
  vraag: string;
  jaTekst: string;
  ja: () => void;
  nee: () => void;
}) {
  const knop = useRef<HTMLButtonElement>(null);
  useEffect(() => knop.current?.focus(), []);
  return (
    <div role="group" aria-label={label}>
      <Paragraph>{vraag}</Paragraph>
      <div className="buurtwerk-knoppen">
        <Button ref={knop} appearance="primary-action-button" onClick={ja}>
          {jaTekst}
        </Button>
        <Button appearance="secondary-action-button" onClick={nee}>
          Annuleren
        </Button>
      </div>
    </div>
  );
}
