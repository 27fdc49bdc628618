import {
  Alert,
  Button,
  Checkbox,
  FormField,
  FormFieldErrorMessage,
  FormFieldTextbox,
  FormLabel,
  Heading1,
  Heading2,
  Paragraph,
  RadioButton,
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
import { vraag } from '@web-gedeeld/api';
import { controleerDatum, foutmelding } from '@web-gedeeld/fouten';
import { datum, vandaag } from '@web-gedeeld/datum';
import { usePaginatitel } from '@web-gedeeld/router';
import { type FormEvent, type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { apiFouten, focusEersteFout } from '../formulier';
import { graphql } from '../gql';
import type { AmbtsdragerFunctie, RegiepaneelNevenfunctieregisterQuery } from '../gql/graphql';
import { APP_NAAM } from '../naam';

const REGISTER = graphql(`
  query RegiepaneelNevenfunctieregister($peildatum: Date) {
    ambtsdragers {
      id
      naam
      functie
      partij
      vanaf
      tot
      nevenfuncties(peildatum: $peildatum) {
        id
        functie
        organisatieNaam
        organisatie {
          id
          naam
        }
        bezoldigd
        vanaf
        tot
        gemeldOp
      }
    }
    organisaties(first: 100) {
      edges {
        node {
          id
          naam
        }
      }
    }
  }
`);

const MELDEN = graphql(`
  mutation RegiepaneelNevenfunctieMelden($input: NevenfunctieInput!) {
    nevenfunctieMelden(input: $input) {
      id
    }
  }
`);

const BEEINDIGEN = graphql(`
  mutation RegiepaneelNevenfunctieBeeindigen($id: ID!, $tot: Date!) {
    nevenfunctieBeeindigen(id: $id, tot: $tot) {
      id
      tot
    }
  }
`);

const CORRIGEREN = graphql(`
  mutation RegiepaneelNevenfunctieCorrigeren($id: ID!, $input: NevenfunctieCorrigerenInput!) {
    nevenfunctieCorrigeren(id: $id, input: $input) {
      id
    }
  }
`);

const AMBTSDRAGER = graphql(`
  mutation RegiepaneelAmbtsdragerRegistreren($input: AmbtsdragerInput!) {
    ambtsdragerRegistreren(input: $input) {
      id
    }
  }
`);

type Ambtsdrager = RegiepaneelNevenfunctieregisterQuery['ambtsdragers'][number];
type Nevenfunctie = Ambtsdrager['nevenfuncties'][number];
type Organisatie = { id: string; naam: string };

const FUNCTIES: Record<AmbtsdragerFunctie, string> = {
  BURGEMEESTER: 'Burgemeester',
  WETHOUDER: 'Wethouder',
  RAADSLID: 'Raadslid',
  COMMISSIELID: 'Commissielid',
};

function Melding({ fout }: { fout: string | null }) {
  return fout ? (
    <Alert type="error" role="alert">
      <Paragraph>{fout}</Paragraph>
    </Alert>
  ) : null;
}

/** A text or date field with its error, as FormFieldTextbox renders it. */
function Veld(props: {
  naam: string;
  label: string;
  waarde: string;
  zet: (w: string) => void;
  fout?: string;
  type?: 'text' | 'date';
  omschrijving?: ReactNode;
  autoComplete?: string;
}) {
  return (
    <FormFieldTextbox
      name={props.naam}
      label={props.label}
      type={props.type ?? 'text'}
      description={props.omschrijving}
      value={props.waarde}
      onChange={(e) => props.zet((e.target as HTMLInputElement).value)}
      invalid={Boolean(props.fout)}
      errorMessage={props.fout}
      autoComplete={props.autoComplete ?? 'off'}
    />
  );
}

/** What a report and a correction of a side position hold, as typed (`bezoldigd` is 'ja', 'nee' or empty). */
type Nevenfunctiegegevens = Record<'functie' | 'organisatieId' | 'organisatieNaam' | 'bezoldigd' | 'vanaf' | 'tot', string>;

/**
 * The fields the report and the correction form share: function, organisation (choosing one
 * from Buurtwerk fills in its name), paid, and the period. Ids start with `voorvoegsel`.
 */
function Nevenfunctievelden(props: {
  voorvoegsel: string;
  w: Nevenfunctiegegevens;
  wijzig: (f: (o: Nevenfunctiegegevens) => Partial<Nevenfunctiegegevens>) => void;
  fouten: Record<string, string>;
  organisaties: Organisatie[];
  organisatieLabel: string;
  organisatieUitleg?: string;
  naamAutoComplete?: string;
  totLabel: string;
  totUitleg?: string;
}) {
  const { voorvoegsel, w, wijzig, fouten, organisatieUitleg } = props;
  const zet = (veld: keyof Nevenfunctiegegevens) => (waarde: string) => wijzig(() => ({ [veld]: waarde }));
  const organisatie = `${voorvoegsel}-organisatie`;
  const beschrijving = [organisatieUitleg && `${organisatie}-uitleg`, fouten.organisatieId && `${organisatie}-fout`]
    .filter(Boolean)
    .join(' ');
  return (
    <>
      <Veld naam="functie" label="Functie" waarde={w.functie} zet={zet('functie')} fout={fouten.functie} />
      <FormField invalid={Boolean(fouten.organisatieId)}>
        <FormLabel htmlFor={organisatie}>{props.organisatieLabel}</FormLabel>
        {organisatieUitleg && (
          <Paragraph id={`${organisatie}-uitleg`} className="buurtwerk-klein">
            {organisatieUitleg}
          </Paragraph>
        )}
        {fouten.organisatieId && <FormFieldErrorMessage id={`${organisatie}-fout`}>{fouten.organisatieId}</FormFieldErrorMessage>}
        <Select
          id={organisatie}
          name="organisatieId"
          value={w.organisatieId}
          invalid={Boolean(fouten.organisatieId)}
          aria-describedby={beschrijving || undefined}
          onChange={(e) => {
            const gekozen = e.target.value;
            const naam = props.organisaties.find((o) => o.id === gekozen)?.naam;
            wijzig((o) => ({ organisatieId: gekozen, organisatieNaam: naam ?? o.organisatieNaam }));
          }}
        >
          <SelectOption value="">Staat niet in Buurtwerk</SelectOption>
          {props.organisaties.map((o) => (
            <SelectOption key={o.id} value={o.id}>
              {o.naam}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      <Veld
        naam="organisatieNaam"
        label="Naam van de organisatie"
        waarde={w.organisatieNaam}
        zet={zet('organisatieNaam')}
        fout={fouten.organisatieNaam}
        autoComplete={props.naamAutoComplete}
      />
      <fieldset
        className="buurtwerk-fieldset utrecht-form-field"
        aria-describedby={fouten.bezoldigd ? `${voorvoegsel}-bezoldigd-fout` : undefined}
      >
        <legend className="utrecht-form-label">Bezoldigd</legend>
        {fouten.bezoldigd && (
          <p id={`${voorvoegsel}-bezoldigd-fout`} className="utrecht-form-field-error-message">
            {fouten.bezoldigd}
          </p>
        )}
        {(['ja', 'nee'] as const).map((k) => (
          <div key={k} className="buurtwerk-keuze">
            <RadioButton
              id={`${voorvoegsel}-bezoldigd-${k}`}
              name="bezoldigd"
              value={k}
              checked={w.bezoldigd === k}
              invalid={Boolean(fouten.bezoldigd)}
              onChange={() => zet('bezoldigd')(k)}
            />{' '}
            <FormLabel htmlFor={`${voorvoegsel}-bezoldigd-${k}`} type="radio">
              {k === 'ja' ? 'Ja, bezoldigd' : 'Nee, onbezoldigd'}
            </FormLabel>
          </div>
        ))}
      </fieldset>
      <div className="buurtwerk-formulierrij">
        <Veld naam="vanaf" label="Vanaf" type="date" waarde={w.vanaf} zet={zet('vanaf')} fout={fouten.vanaf} />
        <Veld
          naam="tot"
          label={props.totLabel}
          type="date"
          waarde={w.tot}
          zet={zet('tot')}
          fout={fouten.tot}
          omschrijving={props.totUitleg}
        />
      </div>
    </>
  );
}

function Meldformulier({
  ambtsdragers,
  organisaties,
  klaar,
}: {
  ambtsdragers: Ambtsdrager[];
  organisaties: Organisatie[];
  klaar: (tekst: string) => void;
}) {
  const leeg = { ambtsdragerId: '', functie: '', organisatieId: '', organisatieNaam: '', bezoldigd: '', vanaf: '', tot: '' };
  const [w, zetW] = useState(leeg);
  const [fouten, zetFouten] = useState<Record<string, string>>({});
  const [fout, zetFout] = useState<string | null>(null);
  const wijzig = (f: (o: typeof leeg) => Partial<typeof leeg>) => zetW((o) => ({ ...o, ...f(o) }));
  const volgorde = ['ambtsdragerId', 'functie', 'organisatieId', 'organisatieNaam', 'bezoldigd', 'vanaf', 'tot'];

  const verstuur = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    zetFout(null);
    const f: Record<string, string> = {};
    if (!w.ambtsdragerId) {
      f.ambtsdragerId = 'Kies de ambtsdrager.';
    }
    if (w.functie.trim() === '') {
      f.functie = 'Vul de functie in, bijvoorbeeld “bestuurslid” of “voorzitter”.';
    }
    if (w.organisatieNaam.trim() === '') {
      f.organisatieNaam = 'Vul de naam van de organisatie in.';
    }
    if (!w.bezoldigd) {
      f.bezoldigd = 'Geef aan of de nevenfunctie bezoldigd is.';
    }
    if (!w.vanaf) {
      f.vanaf = 'Vul de begindatum in.';
    } else {
      // A five-digit year or a day that does not exist, before sending (issue 19).
      const datumFout = controleerDatum(w.vanaf, 'De begindatum');
      if (datumFout) {
        f.vanaf = datumFout;
      }
    }
    const totFout = controleerDatum(w.tot, 'De einddatum');
    if (totFout) {
      f.tot = totFout;
    }
    zetFouten(f);
    if (Object.keys(f).length > 0) {
      zetFout('Het formulier is nog niet compleet. Kijk bij de gemarkeerde velden.');
      focusEersteFout('nevenfunctie-melden', f, volgorde);
      return;
    }
    try {
      await vraag(MELDEN, {
        input: {
          ambtsdragerId: w.ambtsdragerId,
          functie: w.functie.trim(),
          organisatieId: w.organisatieId || null,
          organisatieNaam: w.organisatieNaam.trim(),
          bezoldigd: w.bezoldigd === 'ja',
          vanaf: w.vanaf,
          tot: w.tot || null,
        },
      });
      const wie = ambtsdragers.find((a) => a.id === w.ambtsdragerId)?.naam ?? 'de ambtsdrager';
      zetW(leeg);
      zetFouten({});
      klaar(`De nevenfunctie van ${wie} staat in het register.`);
    } catch (e) {
      const r = apiFouten(e, volgorde, 'Melden is niet gelukt.');
      zetFouten(r.perVeld);
      zetFout(r.algemeen);
      focusEersteFout('nevenfunctie-melden', r.perVeld, volgorde);
    }
  };

  return (
    <form
      id="nevenfunctie-melden"
      noValidate
      onSubmit={(e) => void verstuur(e)}
      aria-labelledby="melden-kop"
      className="buurtwerk-blok"
    >
      <Heading2 id="melden-kop">Nevenfunctie melden</Heading2>
      <Melding fout={fout} />
      <FormField invalid={Boolean(fouten.ambtsdragerId)}>
        <FormLabel htmlFor="melden-ambtsdrager">Ambtsdrager</FormLabel>
        {fouten.ambtsdragerId && (
          <FormFieldErrorMessage id="melden-ambtsdrager-fout">{fouten.ambtsdragerId}</FormFieldErrorMessage>
        )}
        <Select
          id="melden-ambtsdrager"
          name="ambtsdragerId"
          value={w.ambtsdragerId}
          invalid={Boolean(fouten.ambtsdragerId)}
          aria-describedby={fouten.ambtsdragerId ? 'melden-ambtsdrager-fout' : undefined}
          onChange={(e) => {
            const ambtsdragerId = e.target.value;
            wijzig(() => ({ ambtsdragerId }));
          }}
        >
          <SelectOption value="">Kies een ambtsdrager</SelectOption>
          {ambtsdragers.map((a) => (
            <SelectOption key={a.id} value={a.id}>
              {a.naam} ({FUNCTIES[a.functie].toLowerCase()}
              {a.partij ? `, ${a.partij}` : ''})
            </SelectOption>
          ))}
        </Select>
      </FormField>
      <Nevenfunctievelden
        voorvoegsel="melden"
        w={w}
        wijzig={wijzig}
        fouten={fouten}
        organisaties={organisaties}
        organisatieLabel="Organisatie in Buurtwerk (als die erin staat)"
        organisatieUitleg="Koppel de organisatie als die in Buurtwerk staat: dan ziet Buurtwerk een belangenconflict bij haar aanvragen."
        naamAutoComplete="organization"
        totLabel="Tot en met (als die al bekend is)"
      />
      <Button type="submit" appearance="primary-action-button">
        Nevenfunctie melden
      </Button>
    </form>
  );
}

function Ambtsdragerformulier({ klaar }: { klaar: (tekst: string) => void }) {
  const leeg = { naam: '', functie: '', partij: '', vanaf: '' };
  const [w, zetW] = useState(leeg);
  const [fouten, zetFouten] = useState<Record<string, string>>({});
  const [fout, zetFout] = useState<string | null>(null);
  const zet = (veld: keyof typeof leeg) => (waarde: string) => zetW((o) => ({ ...o, [veld]: waarde }));
  const volgorde = ['naam', 'functie', 'partij', 'vanaf'];
  const verstuur = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    zetFout(null);
    const f: Record<string, string> = {};
    if (w.naam.trim() === '') {
      f.naam = 'Vul de naam in.';
    }
    if (!w.functie) {
      f.functie = 'Kies de functie.';
    }
    if (!w.vanaf) {
      f.vanaf = 'Vul in sinds wanneer de ambtsdrager de functie heeft.';
    } else if (controleerDatum(w.vanaf, 'De datum')) {
      f.vanaf = controleerDatum(w.vanaf, 'De datum')!;
    }
    zetFouten(f);
    if (Object.keys(f).length > 0) {
      zetFout('Het formulier is nog niet compleet. Kijk bij de gemarkeerde velden.');
      focusEersteFout('ambtsdrager-registreren', f, volgorde);
      return;
    }
    try {
      await vraag(AMBTSDRAGER, {
        input: { naam: w.naam.trim(), functie: w.functie as AmbtsdragerFunctie, partij: w.partij.trim() || null, vanaf: w.vanaf },
      });
      zetW(leeg);
      zetFouten({});
      klaar(`${w.naam.trim()} staat nu in het register.`);
    } catch (e) {
      const r = apiFouten(e, volgorde, 'Registreren is niet gelukt.');
      zetFouten(r.perVeld);
      zetFout(r.algemeen);
    }
  };
  return (
    <form
      id="ambtsdrager-registreren"
      noValidate
      onSubmit={(e) => void verstuur(e)}
      aria-labelledby="ambtsdrager-kop"
      className="buurtwerk-blok"
    >
      <Heading2 id="ambtsdrager-kop">Ambtsdrager toevoegen</Heading2>
      <Paragraph className="buurtwerk-klein">Een nieuw raadslid, commissielid, wethouder of burgemeester.</Paragraph>
      <Melding fout={fout} />
      <Veld naam="naam" label="Naam" waarde={w.naam} zet={zet('naam')} fout={fouten.naam} autoComplete="off" />
      <FormField invalid={Boolean(fouten.functie)}>
        <FormLabel htmlFor="ambtsdrager-functie">Functie</FormLabel>
        {fouten.functie && <FormFieldErrorMessage id="ambtsdrager-functie-fout">{fouten.functie}</FormFieldErrorMessage>}
        <Select
          id="ambtsdrager-functie"
          name="functie"
          value={w.functie}
          invalid={Boolean(fouten.functie)}
          aria-describedby={fouten.functie ? 'ambtsdrager-functie-fout' : undefined}
          onChange={(e) => zet('functie')(e.target.value)}
        >
          <SelectOption value="">Kies een functie</SelectOption>
          {Object.entries(FUNCTIES).map(([k, v]) => (
            <SelectOption key={k} value={k}>
              {v}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      <Veld naam="partij" label="Partij (optioneel)" waarde={w.partij} zet={zet('partij')} fout={fouten.partij} />
      <Veld naam="vanaf" label="In functie sinds" type="date" waarde={w.vanaf} zet={zet('vanaf')} fout={fouten.vanaf} />
      <Button type="submit" appearance="secondary-action-button">
        Ambtsdrager toevoegen
      </Button>
    </form>
  );
}

const veilig = (id: string) => id.replace(/[^A-Za-z0-9_-]/g, '');

/** The end date of one side position: set it (end the position) or correct it. */
function Einddatumformulier({
  n,
  wie,
  sluit,
  klaar,
}: {
  n: Nevenfunctie;
  wie: string;
  sluit: () => void;
  klaar: (tekst: string) => void;
}) {
  const [tot, zetTot] = useState(n.tot ?? vandaag());
  const [fouten, zetFouten] = useState<Record<string, string>>({});
  const [fout, zetFout] = useState<string | null>(null);
  const id = `einde-${veilig(n.id)}`;
  useEffect(() => {
    document.querySelector<HTMLElement>(`#${id} [name="tot"]`)?.focus();
  }, [id]);
  const verstuur = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    zetFout(null);
    const datumFout = tot ? controleerDatum(tot, 'De laatste dag') : 'Vul de laatste dag van de nevenfunctie in.';
    const f: Record<string, string> = datumFout ? { tot: datumFout } : {};
    zetFouten(f);
    if (f.tot) {
      focusEersteFout(id, f, ['tot']);
      return;
    }
    try {
      await vraag(BEEINDIGEN, { id: n.id, tot });
      klaar(`De nevenfunctie ${n.functie} bij ${n.organisatieNaam} van ${wie} loopt tot en met ${datum(tot)}.`);
    } catch (e) {
      const r = apiFouten(e, ['tot'], 'De einddatum vastleggen is niet gelukt.');
      zetFouten(r.perVeld);
      zetFout(r.algemeen);
      focusEersteFout(id, r.perVeld, ['tot']);
    }
  };
  return (
    <form
      id={id}
      noValidate
      onSubmit={(e) => void verstuur(e)}
      aria-label={`Einddatum van ${n.functie} bij ${n.organisatieNaam}`}
    >
      <Melding fout={fout} />
      <Veld
        naam="tot"
        label={`Laatste dag als ${n.functie} bij ${n.organisatieNaam}`}
        type="date"
        waarde={tot}
        zet={zetTot}
        fout={fouten.tot}
        omschrijving="De nevenfunctie blijft met deze einddatum in het register staan."
      />
      <div className="buurtwerk-knoppen">
        <Button type="submit" appearance="primary-action-button">
          Einddatum vastleggen
        </Button>
        <Button type="button" appearance="subtle-button" onClick={sluit}>
          Annuleren
        </Button>
      </div>
    </form>
  );
}

/**
 * Correct a registered side position: function, organisation, paid, start, and an end date set
 * by mistake (an empty end date means it still runs). The register audit keeps the old values.
 */
function Correctieformulier({
  n,
  wie,
  organisaties,
  sluit,
  klaar,
}: {
  n: Nevenfunctie;
  wie: string;
  organisaties: Organisatie[];
  sluit: () => void;
  klaar: (tekst: string) => void;
}) {
  const [w, zetW] = useState<Nevenfunctiegegevens>({
    functie: n.functie,
    organisatieId: n.organisatie?.id ?? '',
    organisatieNaam: n.organisatieNaam,
    bezoldigd: n.bezoldigd ? 'ja' : 'nee',
    vanaf: n.vanaf,
    tot: n.tot ?? '',
  });
  const [fouten, zetFouten] = useState<Record<string, string>>({});
  const [fout, zetFout] = useState<string | null>(null);
  const id = `corrigeren-${veilig(n.id)}`;
  const volgorde = ['functie', 'organisatieId', 'organisatieNaam', 'bezoldigd', 'vanaf', 'tot'];
  useEffect(() => {
    document.querySelector<HTMLElement>(`#${id} [name="functie"]`)?.focus();
  }, [id]);
  const verstuur = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    zetFout(null);
    const f: Record<string, string> = {};
    if (w.functie.trim() === '') {
      f.functie = 'Vul de functie in.';
    }
    if (w.organisatieNaam.trim() === '') {
      f.organisatieNaam = 'Vul de naam van de organisatie in.';
    }
    if (!w.vanaf) {
      f.vanaf = 'Vul de begindatum in.';
    } else {
      // A five-digit year or a day that does not exist, before sending (issue 19).
      const datumFout = controleerDatum(w.vanaf, 'De begindatum');
      if (datumFout) {
        f.vanaf = datumFout;
      }
    }
    const totFout = controleerDatum(w.tot, 'De einddatum');
    if (totFout) {
      f.tot = totFout;
    }
    zetFouten(f);
    if (Object.keys(f).length > 0) {
      zetFout('Het formulier is nog niet compleet. Kijk bij de gemarkeerde velden.');
      focusEersteFout(id, f, volgorde);
      return;
    }
    try {
      await vraag(CORRIGEREN, {
        id: n.id,
        input: {
          functie: w.functie.trim(),
          organisatieId: w.organisatieId || null,
          organisatieNaam: w.organisatieNaam.trim(),
          bezoldigd: w.bezoldigd === 'ja',
          vanaf: w.vanaf,
          tot: w.tot || null,
        },
      });
      klaar(`De nevenfunctie ${w.functie.trim()} bij ${w.organisatieNaam.trim()} van ${wie} is gecorrigeerd.`);
    } catch (e) {
      const r = apiFouten(e, volgorde, 'Corrigeren is niet gelukt.');
      zetFouten(r.perVeld);
      zetFout(r.algemeen);
      focusEersteFout(id, r.perVeld, volgorde);
    }
  };
  return (
    <form
      id={id}
      noValidate
      onSubmit={(e) => void verstuur(e)}
      aria-label={`Correctie van ${n.functie} bij ${n.organisatieNaam}`}
    >
      <Paragraph className="buurtwerk-klein">
        Voor een vergissing in het register. Het register toont daarna de verbeterde gegevens; wat er eerst stond, blijft in de
        audit bewaard.
      </Paragraph>
      <Melding fout={fout} />
      <Nevenfunctievelden
        voorvoegsel={id}
        w={w}
        wijzig={(f) => zetW((o) => ({ ...o, ...f(o) }))}
        fouten={fouten}
        organisaties={organisaties}
        organisatieLabel="Organisatie in Buurtwerk"
        totLabel="Tot en met"
        totUitleg="Leeg als de nevenfunctie nog loopt; wis een einddatum die per vergissing is ingevuld."
      />
      <div className="buurtwerk-knoppen">
        <Button type="submit" appearance="primary-action-button">
          Correctie opslaan
        </Button>
        <Button type="button" appearance="subtle-button" onClick={sluit}>
          Annuleren
        </Button>
      </div>
    </form>
  );
}

/** The register of side positions (Gemeentewet art. 12, 41b) as the griffie keeps it. */
export function NevenfunctiesPagina() {
  usePaginatitel('Register nevenfuncties', APP_NAAM);
  const [alleenLopend, zetAlleenLopend] = useState(false);
  const [gegevens, zetGegevens] = useState<{ ambtsdragers: Ambtsdrager[]; organisaties: Organisatie[] } | null>(null);
  const [fout, zetFout] = useState<string | null>(null);
  const [melding, zetMelding] = useState<string | null>(null);
  const [open, zetOpen] = useState<string | null>(null);
  const meldingRef = useRef<HTMLDivElement>(null);

  const laad = useCallback(async (): Promise<void> => {
    try {
      const d = await vraag(REGISTER, { peildatum: alleenLopend ? vandaag() : null });
      zetGegevens({ ambtsdragers: d.ambtsdragers, organisaties: d.organisaties.edges.map((e) => e.node) });
      zetFout(null);
    } catch (e) {
      zetFout(foutmelding(e, 'Het register kon niet worden geladen.'));
    }
  }, [alleenLopend]);
  useEffect(() => {
    void laad();
  }, [laad]);

  const klaar = (tekst: string): void => {
    zetMelding(tekst);
    zetOpen(null);
    void laad().then(() => meldingRef.current?.focus());
  };

  const aantal = gegevens?.ambtsdragers.reduce((n, a) => n + a.nevenfuncties.length, 0) ?? 0;
  const nu = vandaag();
  return (
    <>
      <Heading1>Register nevenfuncties</Heading1>
      <Paragraph>
        Het openbare register van nevenfuncties van raadsleden, commissieleden, wethouders en de burgemeester (Gemeentewet artikel
        12 en 41b). Een beëindigde nevenfunctie krijgt een einddatum en blijft zichtbaar.
      </Paragraph>
      <div role="status" ref={meldingRef} tabIndex={-1}>
        {melding && (
          <Alert type="ok">
            <Paragraph>{melding}</Paragraph>
          </Alert>
        )}
      </div>
      <Melding fout={fout} />
      <div className="buurtwerk-keuze">
        <Checkbox
          id="alleen-lopend"
          name="alleenLopend"
          checked={alleenLopend}
          onChange={(e) => zetAlleenLopend(e.target.checked)}
        />{' '}
        <FormLabel htmlFor="alleen-lopend" type="checkbox">
          Alleen nevenfuncties die vandaag lopen
        </FormLabel>
      </div>
      <p className="buurtwerk-klein" aria-live="polite">
        {gegevens === null
          ? 'Register laden …'
          : `${gegevens.ambtsdragers.length} ${gegevens.ambtsdragers.length === 1 ? 'ambtsdrager' : 'ambtsdragers'} met samen ${aantal} ${aantal === 1 ? 'nevenfunctie' : 'nevenfuncties'}.`}
      </p>
      {gegevens && gegevens.ambtsdragers.length > 0 && (
        <div className="buurtwerk-tabel" role="region" aria-labelledby="register-bijschrift" tabIndex={0}>
          <Table>
            <TableCaption id="register-bijschrift">Nevenfuncties per ambtsdrager</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Ambtsdrager</TableHeaderCell>
                <TableHeaderCell scope="col">Nevenfunctie</TableHeaderCell>
                <TableHeaderCell scope="col">Bezoldigd</TableHeaderCell>
                <TableHeaderCell scope="col">Periode</TableHeaderCell>
                <TableHeaderCell scope="col">Einddatum</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {gegevens.ambtsdragers.flatMap((a) => {
                const wie = (
                  <TableHeaderCell scope="row">
                    {a.naam}{' '}
                    <span className="buurtwerk-klein">
                      {FUNCTIES[a.functie].toLowerCase()}
                      {a.partij ? `, ${a.partij}` : ''}
                    </span>
                  </TableHeaderCell>
                );
                if (a.nevenfuncties.length === 0) {
                  return [
                    <TableRow key={a.id}>
                      {wie}
                      <TableCell colSpan={4}>
                        <em>{alleenLopend ? 'Geen lopende nevenfuncties' : 'Geen nevenfuncties gemeld'}</em>
                      </TableCell>
                    </TableRow>,
                  ];
                }
                return a.nevenfuncties.flatMap((n) => {
                  const beeindigd = n.tot !== null && n.tot !== undefined && n.tot < nu;
                  const actie = n.tot ? 'Einddatum wijzigen' : 'Beëindigen';
                  const rijen = [
                    <TableRow key={n.id} data-nevenfunctie={n.id}>
                      {wie}
                      <TableCell>
                        {n.functie} bij {n.organisatie?.naam ?? n.organisatieNaam}
                        {n.organisatie ? <span className="buurtwerk-klein"> (in Buurtwerk)</span> : null}
                      </TableCell>
                      <TableCell>{n.bezoldigd ? 'Ja' : 'Nee'}</TableCell>
                      <TableCell>
                        {datum(n.vanaf)} tot {n.tot ? `en met ${datum(n.tot)}` : 'heden'}
                        {beeindigd && (
                          <>
                            {' '}
                            <span className="buurtwerk-label buurtwerk-label--waarschuwing">Beëindigd</span>
                          </>
                        )}
                      </TableCell>
                      <TableCell>
                        <div className="buurtwerk-knoppen">
                          <Button
                            appearance="secondary-action-button"
                            // The visible text first, then which position (WCAG 2.5.3 label in name).
                            aria-label={`${actie}: ${n.functie} bij ${n.organisatieNaam} (${a.naam})`}
                            aria-expanded={open === `${n.id}|einde`}
                            aria-controls={open === `${n.id}|einde` ? `einde-${veilig(n.id)}` : undefined}
                            onClick={() => zetOpen(open === `${n.id}|einde` ? null : `${n.id}|einde`)}
                          >
                            {actie}
                          </Button>
                          <Button
                            appearance="subtle-button"
                            aria-label={`Corrigeren: ${n.functie} bij ${n.organisatieNaam} (${a.naam})`}
                            aria-expanded={open === `${n.id}|corrigeren`}
                            aria-controls={open === `${n.id}|corrigeren` ? `corrigeren-${veilig(n.id)}` : undefined}
                            onClick={() => zetOpen(open === `${n.id}|corrigeren` ? null : `${n.id}|corrigeren`)}
                          >
                            Corrigeren
                          </Button>
                        </div>
                      </TableCell>
                    </TableRow>,
                  ];
                  if (open === `${n.id}|einde`) {
                    rijen.push(
                      <TableRow key={`${n.id}-einde`}>
                        <TableCell colSpan={5}>
                          <Einddatumformulier n={n} wie={a.naam} sluit={() => zetOpen(null)} klaar={klaar} />
                        </TableCell>
                      </TableRow>,
                    );
                  }
                  if (open === `${n.id}|corrigeren`) {
                    rijen.push(
                      <TableRow key={`${n.id}-corrigeren`}>
                        <TableCell colSpan={5}>
                          <Correctieformulier
                            n={n}
                            wie={a.naam}
                            organisaties={gegevens.organisaties}
                            sluit={() => zetOpen(null)}
                            klaar={klaar}
                          />
                        </TableCell>
                      </TableRow>,
                    );
                  }
                  return rijen;
                });
              })}
            </TableBody>
          </Table>
        </div>
      )}
      {gegevens && (
        <div className="buurtwerk-kolommen">
          {gegevens.ambtsdragers.length > 0 ? (
            <Meldformulier ambtsdragers={gegevens.ambtsdragers} organisaties={gegevens.organisaties} klaar={klaar} />
          ) : (
            <Paragraph>Voeg eerst een ambtsdrager toe; daarna meld je zijn of haar nevenfuncties.</Paragraph>
          )}
          <Ambtsdragerformulier klaar={klaar} />
        </div>
      )}
    </>
  );
}
