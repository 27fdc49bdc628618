import {
  Button,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormFieldTextbox,
  Paragraph,
} from '@utrecht/component-library-react';
import { useVraag } from '@web-gedeeld/data';
import { datum } from '@web-gedeeld/datum';
import { foutmelding } from '@web-gedeeld/fouten';
import { useEffect, useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { graphql } from './gql';

const ZOEK = graphql(`
  query RegiepaneelPersonenZoeken($naam: String!) {
    bekendePersonen(naam: $naam) {
      sub
      naam
      laatstGezien
    }
  }
`);

const NAMEN = graphql(`
  query RegiepaneelPersonenNamen($subs: [ID!]!) {
    bekendePersonen(subs: $subs) {
      sub
      naam
    }
  }
`);

/** A chosen member: the sign-in id the panel stores, and the name to show. */
export interface Lid {
  sub: string;
  naam: string | null;
}

/** Typing waits this long before searching, so one search goes out per pause, not per letter. */
const WACHT_MS = 250;

/** The names of the members a panel already has (its sign-in ids), for the list of chosen members. */
export function useLedenMetNaam(subs: readonly string[] | null | undefined): { leden: Lid[] | undefined; fout: string | null } {
  const lijst = [...(subs ?? [])];
  const namen = useVraag(NAMEN, { subs: lijst }, { enabled: lijst.length > 0 });
  if (lijst.length === 0) {
    return { leden: [], fout: null };
  }
  if (namen.error) {
    return {
      leden: lijst.map((sub) => ({ sub, naam: null })),
      fout: foutmelding(namen.error, 'De namen van de leden konden niet worden opgehaald.'),
    };
  }
  if (!namen.data) {
    return { leden: undefined, fout: null };
  }
  const per = new Map(namen.data.bekendePersonen.map((p) => [p.sub, p.naam]));
  return { leden: lijst.map((sub) => ({ sub, naam: per.get(sub) ?? null })), fout: null };
}

function naamVan(lid: Lid): string {
  return lid.naam ?? `onbekende naam (gebruikers-id ${lid.sub})`;
}

/**
 * Choosing buurtpanel members by name (issue 19): search the people who signed in, choose with a
 * button, remove with a button. Plain buttons (visible text "Kies", name "Kies <naam>", WCAG 2.5.3) and a status region instead of a combobox: every
 * step works with the keyboard and a screen reader hears what was found and what changed.
 * `id` prefixes the element ids; the search box is named `leden`, so an error on the members
 * (toonFouten) moves the focus here.
 */
export function Ledenkiezer({
  id,
  leden,
  onWijzig,
  fout,
  uitleg,
}: {
  id: string;
  leden: Lid[];
  onWijzig: (leden: Lid[]) => void;
  fout?: string;
  uitleg: string;
}) {
  const [tekst, zetTekst] = useState('');
  const [gezocht, zetGezocht] = useState('');
  const [melding, zetMelding] = useState('');
  const veld = useRef<HTMLFieldSetElement>(null);
  const lijstId = useId();

  useEffect(() => {
    const t = window.setTimeout(() => zetGezocht(tekst.trim()), WACHT_MS);
    return () => window.clearTimeout(t);
  }, [tekst]);

  const genoeg = gezocht.length >= 2;
  const zoek = useVraag(ZOEK, { naam: gezocht }, { enabled: genoeg, behoudVorige: true });
  const gekozen = new Set(leden.map((l) => l.sub));
  const gevonden = genoeg ? (zoek.data?.bekendePersonen ?? []) : [];

  const status = !genoeg
    ? tekst.trim().length > 0
      ? 'Typ minstens 2 letters.'
      : ''
    : zoek.isFetching && !zoek.data
      ? 'Zoeken…'
      : zoek.error
        ? foutmelding(zoek.error, 'Zoeken lukte niet. Probeer het opnieuw.')
        : gevonden.length === 0
          ? `Niemand gevonden met “${gezocht}”. Alleen wie al eens heeft ingelogd, staat in de lijst.`
          : `${gevonden.length} ${gevonden.length === 1 ? 'persoon' : 'personen'} gevonden${gevonden.length === 20 ? ' (de eerste 20; typ meer van de naam)' : ''}.`;

  const kies = (p: { sub: string; naam: string }): void => {
    onWijzig([...leden, { sub: p.sub, naam: p.naam }]);
    zetMelding(`${p.naam} is toegevoegd. Het panel heeft nu ${leden.length + 1} ${leden.length + 1 === 1 ? 'lid' : 'leden'}.`);
  };
  const verwijder = (lid: Lid): void => {
    const rest = leden.filter((l) => l.sub !== lid.sub);
    flushSync(() => onWijzig(rest));
    zetMelding(
      `${naamVan(lid)} is verwijderd. Er ${rest.length === 1 ? 'is' : 'zijn'} nu ${rest.length} ${rest.length === 1 ? 'lid' : 'leden'}.`,
    );
    // The removed button is gone: the focus goes to the search box, not to the top of the page.
    veld.current?.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
  };

  return (
    <fieldset
      ref={veld}
      className="buurtwerk-fieldset utrecht-form-field"
      aria-describedby={[`${id}-uitleg`, fout ? `${id}-fout` : ''].join(' ').trim()}
    >
      <legend className="utrecht-form-label">Leden</legend>
      <FormFieldDescription id={`${id}-uitleg`}>{uitleg}</FormFieldDescription>
      {fout && <FormFieldErrorMessage id={`${id}-fout`}>{fout}</FormFieldErrorMessage>}
      <Paragraph className="buurtwerk-klein" id={`${id}-gekozen-kop`}>
        {leden.length === 0 ? 'Nog niemand gekozen.' : `Gekozen (${leden.length}):`}
      </Paragraph>
      {leden.length > 0 && (
        <ul className="buurtwerk-ledenlijst" aria-labelledby={`${id}-gekozen-kop`}>
          {leden.map((l) => (
            <li key={l.sub}>
              <span>{naamVan(l)}</span>{' '}
              <Button appearance="subtle-button" onClick={() => verwijder(l)} aria-label={`Verwijder ${naamVan(l)}`}>
                Verwijder
              </Button>
            </li>
          ))}
        </ul>
      )}
      <FormFieldTextbox
        name="leden"
        type="search"
        label="Zoek een lid op naam"
        description="Typ een deel van de voor- of achternaam; je ziet wie ooit heeft ingelogd."
        autoComplete="off"
        aria-controls={lijstId}
        invalid={Boolean(fout)}
        value={tekst}
        onChange={(e) => zetTekst((e.target as HTMLInputElement).value)}
        onKeyDown={(e) => {
          // Enter searches at once instead of sending the whole form.
          if (e.key === 'Enter') {
            e.preventDefault();
            zetGezocht(tekst.trim());
          }
        }}
      />
      <div role="status" className="buurtwerk-klein">
        {status}
        {melding && ` ${melding}`}
      </div>
      <ul id={lijstId} className="buurtwerk-ledenlijst" aria-label="Gevonden personen">
        {gevonden.map((p) => (
          <li key={p.sub}>
            <span>
              {p.naam} <span className="buurtwerk-klein">(laatst ingelogd {datum(p.laatstGezien)})</span>
            </span>{' '}
            {gekozen.has(p.sub) ? (
              <span className="buurtwerk-klein">al gekozen</span>
            ) : (
              <Button appearance="secondary-action-button" onClick={() => kies(p)} aria-label={`Kies ${p.naam}`}>
                Kies
              </Button>
            )}
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
