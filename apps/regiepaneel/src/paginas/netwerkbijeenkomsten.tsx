import {
  Alert,
  Button,
  FormField,
  FormFieldErrorMessage,
  FormFieldTextbox,
  FormLabel,
  Heading1,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { foutmelding, vraag } from '@web-gedeeld/api';
import { datumTijd } from '@web-gedeeld/datum';
import { AppLink, navigeer, usePaginatitel } from '@web-gedeeld/router';
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { amsterdamsMoment } from '../amsterdam';
import { controleerBijeenkomst } from '../bijeenkomstformulier';
import { bijeenkomstApiFouten, focusEersteFout } from '../formulier';
import { graphql } from '../gql';
import type {
  BijeenkomstStatus,
  RegiepaneelBijeenkomstenPerJaarQuery,
  RegiepaneelNetwerkbijeenkomstenQuery,
} from '../gql/graphql';
import { APP_NAAM } from '../naam';

const BIJEENKOMSTEN = graphql(`
  query RegiepaneelNetwerkbijeenkomsten {
    netwerkbijeenkomsten {
      id
      titel
      begin
      eind
      status
      capaciteit
      aantalAanmeldingen
      aantalOpWachtlijst
      buurt {
        naam
      }
    }
  }
`);

// Separate: only organisers may see it, and the list must not fail for other staff (griffie).
const PER_JAAR = graphql(`
  query RegiepaneelBijeenkomstenPerJaar {
    netwerkbijeenkomstenPerJaar {
      jaar
      aantal
      afspraakNagekomen
    }
  }
`);

const PLANGEGEVENS = graphql(`
  query RegiepaneelPlangegevens {
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

const PLANNEN = graphql(`
  mutation RegiepaneelBijeenkomstPlannen($input: NetwerkbijeenkomstInput!) {
    netwerkbijeenkomstPlannen(input: $input) {
      id
    }
  }
`);

type Bijeenkomst = RegiepaneelNetwerkbijeenkomstenQuery['netwerkbijeenkomsten'][number];
type Jaar = RegiepaneelBijeenkomstenPerJaarQuery['netwerkbijeenkomstenPerJaar'][number];
type Buurtkeuze = { id: string; naam: string; wijk: { naam: string } };

const STATUSNAMEN: Record<BijeenkomstStatus, string> = {
  GEPLAND: 'Gepland',
  AFGEROND: 'Gehouden',
  GEANNULEERD: 'Geannuleerd',
};

/** The API reports a planned meeting whose end has passed as AFGEROND. */
export function bijeenkomststatus(b: { status: BijeenkomstStatus }): string {
  return STATUSNAMEN[b.status];
}

function Bijeenkomsttabel({ id, bijschrift, lijst }: { id: string; bijschrift: string; lijst: Bijeenkomst[] }) {
  return (
    <div className="buurtwerk-tabel" role="region" aria-labelledby={`${id}-bijschrift`} tabIndex={0}>
      <Table>
        <TableCaption id={`${id}-bijschrift`}>{bijschrift}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Bijeenkomst</TableHeaderCell>
            <TableHeaderCell scope="col">Wanneer</TableHeaderCell>
            <TableHeaderCell scope="col">Gastbuurt</TableHeaderCell>
            <TableHeaderCell scope="col">Status</TableHeaderCell>
            <TableHeaderCell scope="col" className="buurtwerk-getal">
              Aangemeld
            </TableHeaderCell>
            <TableHeaderCell scope="col" className="buurtwerk-getal">
              Wachtlijst
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {lijst.map((b) => (
            <TableRow key={b.id}>
              <TableHeaderCell scope="row">
                <AppLink naar={`/netwerkbijeenkomsten/${b.id}`}>{b.titel}</AppLink>
              </TableHeaderCell>
              <TableCell>{datumTijd(b.begin)}</TableCell>
              <TableCell>{b.buurt.naam}</TableCell>
              <TableCell>
                {b.status === 'GEANNULEERD' ? (
                  <span className="buurtwerk-label buurtwerk-label--geannuleerd">Geannuleerd</span>
                ) : (
                  bijeenkomststatus(b)
                )}
              </TableCell>
              <TableCell className="buurtwerk-getal">
                {b.aantalAanmeldingen} van {b.capaciteit}
              </TableCell>
              <TableCell className="buurtwerk-getal">{b.aantalOpWachtlijst}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function Planformulier({ klaar }: { klaar: (id: string) => void }) {
  const [keuze, zetKeuze] = useState<{ suggesties: Buurtkeuze[]; buurten: Buurtkeuze[] } | null>(null);
  const leeg = { titel: '', thema: '', buurtId: '', datum: '', begintijd: '', eindtijd: '', locatie: '', capaciteit: '' };
  const [w, zetW] = useState(leeg);
  const [fouten, zetFouten] = useState<Record<string, string>>({});
  const [fout, zetFout] = useState<string | null>(null);
  const [bezig, zetBezig] = useState(false);
  const zet = (veld: keyof typeof leeg) => (waarde: string) => zetW((o) => ({ ...o, [veld]: waarde }));
  const volgorde = ['titel', 'thema', 'buurtId', 'datum', 'begintijd', 'eindtijd', 'locatie', 'capaciteit'];

  useEffect(() => {
    let actueel = true;
    vraag(PLANGEGEVENS)
      .then((d) => {
        if (actueel) {
          zetKeuze({ suggesties: d.gastbuurtSuggesties, buurten: d.buurten });
          zetW((o) => ({ ...o, buurtId: o.buurtId || (d.gastbuurtSuggesties[0]?.id ?? '') }));
        }
      })
      .catch((e: unknown) => actueel && zetFout(foutmelding(e, 'De gastbuurten konden niet worden geladen.')));
    return () => {
      actueel = false;
    };
  }, []);

  const verstuur = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    zetFout(null);
    const { fouten: f, invoer } = controleerBijeenkomst(w);
    zetFouten(f);
    if (!invoer) {
      zetFout('Het formulier is nog niet compleet. Kijk bij de gemarkeerde velden.');
      focusEersteFout('bijeenkomst-plannen', f, volgorde);
      return;
    }
    zetBezig(true);
    try {
      const { netwerkbijeenkomstPlannen } = await vraag(PLANNEN, {
        input: invoer,
      });
      klaar(netwerkbijeenkomstPlannen.id);
    } catch (e) {
      const r = bijeenkomstApiFouten(e, volgorde, 'Plannen is niet gelukt.');
      const perVeld = r.perVeld;
      zetFouten(perVeld);
      zetFout(r.algemeen);
      focusEersteFout('bijeenkomst-plannen', perVeld, volgorde);
    } finally {
      zetBezig(false);
    }
  };

  const suggestieIds = new Set(keuze?.suggesties.map((b) => b.id) ?? []);
  return (
    <form
      id="bijeenkomst-plannen"
      noValidate
      onSubmit={(e) => void verstuur(e)}
      aria-labelledby="plannen-kop"
      className="buurtwerk-blok"
    >
      <Heading2 id="plannen-kop">Nieuwe bijeenkomst plannen</Heading2>
      {fout && (
        <Alert type="error" role="alert">
          <Paragraph>{fout}</Paragraph>
        </Alert>
      )}
      <FormFieldTextbox
        name="titel"
        label="Titel"
        value={w.titel}
        onChange={(e) => zet('titel')((e.target as HTMLInputElement).value)}
        invalid={Boolean(fouten.titel)}
        errorMessage={fouten.titel}
        autoComplete="off"
      />
      <FormFieldTextbox
        name="thema"
        label="Thema (optioneel)"
        value={w.thema}
        onChange={(e) => zet('thema')((e.target as HTMLInputElement).value)}
        invalid={Boolean(fouten.thema)}
        errorMessage={fouten.thema}
        autoComplete="off"
      />
      <FormField invalid={Boolean(fouten.buurtId)}>
        <FormLabel htmlFor="plannen-buurt">Gastbuurt</FormLabel>
        <Paragraph id="plannen-buurt-uitleg" className="buurtwerk-klein">
          Elke bijeenkomst is in een andere buurt.{' '}
          {keuze && keuze.suggesties.length > 0
            ? `Voorgesteld, nog nooit of het langst geleden gastbuurt: ${keuze.suggesties.map((b) => b.naam).join(', ')}.`
            : ''}
        </Paragraph>
        {fouten.buurtId && <FormFieldErrorMessage id="plannen-buurt-fout">{fouten.buurtId}</FormFieldErrorMessage>}
        <Select
          id="plannen-buurt"
          name="buurtId"
          value={w.buurtId}
          invalid={Boolean(fouten.buurtId)}
          aria-describedby={`plannen-buurt-uitleg${fouten.buurtId ? ' plannen-buurt-fout' : ''}`}
          onChange={(e) => zet('buurtId')(e.target.value)}
        >
          <SelectOption value="">Kies een buurt</SelectOption>
          {keuze && keuze.suggesties.length > 0 && (
            <optgroup label="Voorgestelde gastbuurten">
              {keuze.suggesties.map((b) => (
                <SelectOption key={b.id} value={b.id}>
                  {b.naam} ({b.wijk.naam})
                </SelectOption>
              ))}
            </optgroup>
          )}
          {keuze && (
            <optgroup label="Andere buurten">
              {keuze.buurten
                .filter((b) => !suggestieIds.has(b.id))
                .map((b) => (
                  <SelectOption key={b.id} value={b.id}>
                    {b.naam} ({b.wijk.naam})
                  </SelectOption>
                ))}
            </optgroup>
          )}
        </Select>
      </FormField>
      <div className="buurtwerk-formulierrij">
        <FormFieldTextbox
          name="datum"
          label="Datum"
          type="date"
          value={w.datum}
          onChange={(e) => zet('datum')((e.target as HTMLInputElement).value)}
          invalid={Boolean(fouten.datum)}
          errorMessage={fouten.datum}
        />
        <FormFieldTextbox
          name="begintijd"
          label="Begintijd"
          type="time"
          value={w.begintijd}
          onChange={(e) => zet('begintijd')((e.target as HTMLInputElement).value)}
          invalid={Boolean(fouten.begintijd)}
          errorMessage={fouten.begintijd}
        />
        <FormFieldTextbox
          name="eindtijd"
          label="Eindtijd"
          type="time"
          value={w.eindtijd}
          onChange={(e) => zet('eindtijd')((e.target as HTMLInputElement).value)}
          invalid={Boolean(fouten.eindtijd)}
          errorMessage={fouten.eindtijd}
        />
      </div>
      <FormFieldTextbox
        name="locatie"
        label="Locatie"
        value={w.locatie}
        onChange={(e) => zet('locatie')((e.target as HTMLInputElement).value)}
        invalid={Boolean(fouten.locatie)}
        errorMessage={fouten.locatie}
        autoComplete="off"
      />
      <FormFieldTextbox
        name="capaciteit"
        label="Aantal plaatsen"
        description="Wie zich aanmeldt als alle plaatsen bezet zijn, komt op de wachtlijst."
        inputMode="numeric"
        value={w.capaciteit}
        onChange={(e) => zet('capaciteit')((e.target as HTMLInputElement).value)}
        invalid={Boolean(fouten.capaciteit)}
        errorMessage={fouten.capaciteit}
        size={6}
        autoComplete="off"
      />
      <Button type="submit" appearance="primary-action-button" disabled={bezig}>
        Bijeenkomst plannen
      </Button>
    </form>
  );
}

/** Network meetings: planned and held, whether the promise of two a year was kept, and planning a new one. */
export function NetwerkbijeenkomstenPagina() {
  usePaginatitel('Netwerkbijeenkomsten', APP_NAAM);
  const [lijst, zetLijst] = useState<Bijeenkomst[] | null>(null);
  const [jaren, zetJaren] = useState<Jaar[]>([]);
  const [fout, zetFout] = useState<string | null>(null);

  const laad = useCallback(async (): Promise<void> => {
    try {
      const [d, j] = await Promise.all([vraag(BIJEENKOMSTEN), vraag(PER_JAAR).catch(() => null)]);
      zetLijst(d.netwerkbijeenkomsten);
      zetJaren(j?.netwerkbijeenkomstenPerJaar ?? []);
      zetFout(null);
    } catch (e) {
      zetFout(foutmelding(e, 'De netwerkbijeenkomsten konden niet worden geladen.'));
    }
  }, []);
  useEffect(() => {
    void laad();
  }, [laad]);

  const komend = lijst?.filter((b) => b.status === 'GEPLAND') ?? [];
  const eerder = (lijst?.filter((b) => b.status !== 'GEPLAND') ?? []).reverse();
  return (
    <>
      <Heading1>Netwerkbijeenkomsten</Heading1>
      <Paragraph>
        Twee keer per jaar een netwerkbijeenkomst voor buurtorganisaties, initiatiefnemers, ambtenaren en wethouders, elke keer in
        een andere buurt.
      </Paragraph>
      {fout && (
        <Alert type="error" role="alert">
          <Paragraph>{fout}</Paragraph>
        </Alert>
      )}
      <p className="buurtwerk-klein" aria-live="polite">
        {lijst === null ? 'Bijeenkomsten laden …' : `${komend.length} gepland, ${eerder.length} gehouden of geannuleerd.`}
      </p>
      {jaren.length > 0 && (
        <ul className="buurtwerk-klein" aria-label="Afspraak van twee bijeenkomsten per jaar">
          {jaren.map((j) => (
            <li key={j.jaar}>
              {j.jaar}: {j.aantal} {j.aantal === 1 ? 'bijeenkomst' : 'bijeenkomsten'}
              {j.afspraakNagekomen ? ', afspraak nagekomen' : ', minder dan de afgesproken twee'}
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="gepland-kop">
        <Heading2 id="gepland-kop">Gepland</Heading2>
        {komend.length > 0 ? (
          <Bijeenkomsttabel id="gepland" bijschrift="Geplande bijeenkomsten, de eerste bovenaan" lijst={komend} />
        ) : (
          lijst && <Paragraph>Er is geen bijeenkomst gepland.</Paragraph>
        )}
      </section>
      <Planformulier klaar={(id) => navigeer(`/netwerkbijeenkomsten/${id}?gepland=1`)} />
      <section aria-labelledby="eerder-kop">
        <Heading2 id="eerder-kop">Gehouden en geannuleerd</Heading2>
        {eerder.length > 0 ? (
          <Bijeenkomsttabel id="eerder" bijschrift="Gehouden en geannuleerde bijeenkomsten, de laatste bovenaan" lijst={eerder} />
        ) : (
          lijst && <Paragraph>Nog geen eerdere bijeenkomsten.</Paragraph>
        )}
      </section>
    </>
  );
}

/** Shown with a planned meeting's times in the form "12 juni 2027, 19:30 tot 21:30". */
export function tijdvak(begin: string, eind: string): string {
  const b = amsterdamsMoment(begin);
  const e = amsterdamsMoment(eind);
  return b.datum === e.datum ? `${datumTijd(begin)} tot ${e.tijd}` : `${datumTijd(begin)} tot ${datumTijd(eind)}`;
}
