/**
 * The planning and the change form of a network meeting share their fields, the host buurten to
 * choose from, and how they are sent. The format checks live apart in bijeenkomstformulier.ts
 * (pure, unit-tested without a browser); every rule about meetings comes from the API.
 */
import {
  FormField,
  FormFieldErrorMessage,
  FormFieldTextbox,
  FormLabel,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { vraag } from '@web-gedeeld/api';
import { foutmelding } from '@web-gedeeld/fouten';
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { type BijeenkomstInvoer, type BijeenkomstVelden, controleerBijeenkomst } from './bijeenkomstformulier';
import { bijeenkomstApiFouten, focusEersteFout } from './formulier';
import { graphql } from './gql';

const GASTBUURTKEUZE = graphql(`
  query RegiepaneelGastbuurtkeuze {
    gastbuurtSuggesties(aantal: 5) {
      id
      naam
      wijk {
        naam
      }
    }
    buurten {
      id
      naam
      wijk {
        naam
      }
    }
  }
`);

const VOLGORDE = ['titel', 'thema', 'buurtId', 'datum', 'begintijd', 'eindtijd', 'locatie', 'capaciteit'];

type Buurtkeuze = { id: string; naam: string; wijk: { naam: string } };
type Gastbuurtkeuze = { suggesties: Buurtkeuze[]; buurten: Buurtkeuze[] };

/**
 * The state of a meeting form: what is typed, the host buurten to choose from, the errors per
 * field (focus goes to the first, WCAG 3.3.1) and sending it. `opslaan` sends the checked input
 * to the API; when it throws, its refusal is shown at the fields it names.
 */
export function useBijeenkomstformulier({
  formulier,
  beginwaarden,
  eersteSuggestie = false,
  laadfout,
  opslaan,
  mislukt,
}: {
  /** The form's id. */
  formulier: string;
  beginwaarden: BijeenkomstVelden;
  /** Preselect the first suggested host buurt once the suggestions are in (a new meeting). */
  eersteSuggestie?: boolean;
  laadfout: string;
  opslaan: (invoer: BijeenkomstInvoer) => Promise<void>;
  mislukt: string;
}) {
  const [w, zetW] = useState(beginwaarden);
  const [keuze, zetKeuze] = useState<Gastbuurtkeuze | null>(null);
  const [fouten, zetFouten] = useState<Record<string, string>>({});
  const [fout, zetFout] = useState<string | null>(null);
  const [bezig, zetBezig] = useState(false);

  useEffect(() => {
    let actueel = true;
    vraag(GASTBUURTKEUZE)
      .then((d) => {
        if (actueel) {
          zetKeuze({ suggesties: d.gastbuurtSuggesties, buurten: d.buurten });
          if (eersteSuggestie) {
            zetW((o) => ({ ...o, buurtId: o.buurtId || (d.gastbuurtSuggesties[0]?.id ?? '') }));
          }
        }
      })
      .catch((e: unknown) => actueel && zetFout(foutmelding(e, laadfout)));
    return () => {
      actueel = false;
    };
  }, [eersteSuggestie, laadfout]);

  const verstuur = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    zetFout(null);
    const { fouten: f, invoer } = controleerBijeenkomst(w);
    zetFouten(f);
    if (!invoer) {
      zetFout('Het formulier is nog niet compleet. Kijk bij de gemarkeerde velden.');
      focusEersteFout(formulier, f, VOLGORDE);
      return;
    }
    zetBezig(true);
    try {
      await opslaan(invoer);
    } catch (e) {
      const r = bijeenkomstApiFouten(e, VOLGORDE, mislukt);
      zetFouten(r.perVeld);
      zetFout(r.algemeen);
      focusEersteFout(formulier, r.perVeld, VOLGORDE);
    } finally {
      zetBezig(false);
    }
  };

  const zet = (veld: keyof BijeenkomstVelden, waarde: string): void => zetW((o) => ({ ...o, [veld]: waarde }));
  return { velden: { w, zet, fouten, keuze }, fout, bezig, verstuur };
}

/**
 * Title, theme, host buurt (suggested host buurten first), date, times, location and places.
 * Without `huidigeBuurt` the select starts empty ("Kies een buurt"); with it, the current host
 * buurt comes first and is left out of the groups below.
 */
export function Bijeenkomstgegevens({
  voorvoegsel,
  w,
  zet,
  fouten,
  keuze,
  buurtUitleg,
  huidigeBuurt,
  capaciteitUitleg,
}: {
  /** Prefix of the host buurt select's ids (`<voorvoegsel>-buurt`, `-uitleg`, `-fout`). */
  voorvoegsel: string;
  w: BijeenkomstVelden;
  zet: (veld: keyof BijeenkomstVelden, waarde: string) => void;
  fouten: Record<string, string>;
  keuze: Gastbuurtkeuze | null;
  buurtUitleg: ReactNode;
  huidigeBuurt?: Buurtkeuze;
  capaciteitUitleg: string;
}) {
  const suggestieIds = new Set(keuze?.suggesties.map((k) => k.id) ?? []);
  const buurt = `${voorvoegsel}-buurt`;
  const tekstveld = (naam: keyof BijeenkomstVelden, label: string, type?: 'date' | 'time') => (
    <FormFieldTextbox
      name={naam}
      label={label}
      type={type}
      value={w[naam]}
      onChange={(e) => zet(naam, (e.target as HTMLInputElement).value)}
      invalid={Boolean(fouten[naam])}
      errorMessage={fouten[naam]}
      autoComplete={type ? undefined : 'off'}
    />
  );
  return (
    <>
      {tekstveld('titel', 'Titel')}
      {tekstveld('thema', 'Thema (optioneel)')}
      <FormField invalid={Boolean(fouten.buurtId)}>
        <FormLabel htmlFor={buurt}>Gastbuurt</FormLabel>
        <Paragraph id={`${buurt}-uitleg`} className="buurtwerk-klein">
          {buurtUitleg}
        </Paragraph>
        {fouten.buurtId && <FormFieldErrorMessage id={`${buurt}-fout`}>{fouten.buurtId}</FormFieldErrorMessage>}
        <Select
          id={buurt}
          name="buurtId"
          value={w.buurtId}
          invalid={Boolean(fouten.buurtId)}
          aria-describedby={`${buurt}-uitleg${fouten.buurtId ? ` ${buurt}-fout` : ''}`}
          onChange={(e) => zet('buurtId', e.target.value)}
        >
          {huidigeBuurt ? (
            <SelectOption value={huidigeBuurt.id}>
              {huidigeBuurt.naam} ({huidigeBuurt.wijk.naam}), de huidige gastbuurt
            </SelectOption>
          ) : (
            <SelectOption value="">Kies een buurt</SelectOption>
          )}
          {keuze && keuze.suggesties.length > 0 && (
            <optgroup label="Voorgestelde gastbuurten">
              {keuze.suggesties
                .filter((k) => k.id !== huidigeBuurt?.id)
                .map((k) => (
                  <SelectOption key={k.id} value={k.id}>
                    {k.naam} ({k.wijk.naam})
                  </SelectOption>
                ))}
            </optgroup>
          )}
          {keuze && (
            <optgroup label="Andere buurten">
              {keuze.buurten
                .filter((k) => !suggestieIds.has(k.id) && k.id !== huidigeBuurt?.id)
                .map((k) => (
                  <SelectOption key={k.id} value={k.id}>
                    {k.naam} ({k.wijk.naam})
                  </SelectOption>
                ))}
            </optgroup>
          )}
        </Select>
      </FormField>
      <div className="buurtwerk-formulierrij">
        {tekstveld('datum', 'Datum', 'date')}
        {tekstveld('begintijd', 'Begintijd', 'time')}
        {tekstveld('eindtijd', 'Eindtijd', 'time')}
      </div>
      {tekstveld('locatie', 'Locatie')}
      <FormFieldTextbox
        name="capaciteit"
        label="Aantal plaatsen"
        description={capaciteitUitleg}
        inputMode="numeric"
        value={w.capaciteit}
        onChange={(e) => zet('capaciteit', (e.target as HTMLInputElement).value)}
        invalid={Boolean(fouten.capaciteit)}
        errorMessage={fouten.capaciteit}
        size={6}
        autoComplete="off"
      />
    </>
  );
}
