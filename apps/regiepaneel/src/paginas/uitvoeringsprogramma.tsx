import {
  Button,
  FormFieldTextarea,
  FormFieldTextbox,
  Heading1,
  Heading2,
  Heading3,
  Link,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { vraag } from '@web-gedeeld/api';
import { datum, vandaag } from '@web-gedeeld/datum';
import { foutmelding, leesbareFout } from '@web-gedeeld/fouten';
import { Foutsamenvatting } from '@web-gedeeld/foutsamenvatting';
import type { Ik } from '@web-gedeeld/gebruiker';
import { centenUitInvoer, euro } from '@web-gedeeld/geld';
import { usePaginatitel } from '@web-gedeeld/router';
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { Foutmelding, heeftRol, Keuzeveld, Statusmelding } from '../beheervelden';
import { graphql } from '../gql';
import type { ProgrammaStatus, RegiepaneelProgrammasQuery } from '../gql/graphql';
import { APP_NAAM } from '../naam';

const PROGRAMMAS = graphql(`
  query RegiepaneelProgrammas {
    uitvoeringsprogrammas {
      id
      jaar
      gebied
      titel
      inleiding
      status
      totaalBudget
      conclusie
      geevalueerdOp
      inbrengVan
      inbrengTot
      inbreng {
        id
        soort
        organisatie
        tekst
      }
      doelen {
        id
        titel
        eigenaar
        behoefteIds
        acties {
          omschrijving
          eigenaar
        }
      }
      budget {
        instrument
        bedrag
      }
      cijfers {
        initiatieven {
          ontvangen
          toegekend
        }
        behoeften {
          geopend
          beantwoord
        }
      }
    }
    stadsdelen {
      id
      naam
    }
    menukaart {
      id
      naam
    }
    buurten {
      id
      naam
    }
  }
`);

const BEHOEFTEN = graphql(`
  query RegiepaneelProgrammaBehoeften($buurtId: ID!) {
    buurtagenda(buurtId: $buurtId, status: [OPEN, OPGEPAKT]) {
      id
      titel
    }
  }
`);

const OPSTELLEN = graphql(`
  mutation RegiepaneelProgrammaOpstellen($input: UitvoeringsprogrammaInput!) {
    uitvoeringsprogrammaOpstellen(input: $input) {
      id
    }
  }
`);
const DOEL = graphql(`
  mutation RegiepaneelProgrammaDoel($id: ID!, $input: ProgrammaDoelInput!) {
    programmaDoelToevoegen(programmaId: $id, input: $input) {
      id
    }
  }
`);
const BUDGET = graphql(`
  mutation RegiepaneelProgrammaBudget($id: ID!, $instrumentId: ID!, $bedrag: Centen!) {
    programmaBudgetVaststellen(programmaId: $id, instrumentId: $instrumentId, bedrag: $bedrag) {
      id
    }
  }
`);
const VASTSTELLEN = graphql(`
  mutation RegiepaneelProgrammaVaststellen($id: ID!) {
    uitvoeringsprogrammaVaststellen(id: $id) {
      id
    }
  }
`);
const VENSTER = graphql(`
  mutation RegiepaneelProgrammaVenster($id: ID!, $openVan: Date!, $openTot: Date!) {
    programmaInbrengOpenen(id: $id, openVan: $openVan, openTot: $openTot) {
      id
    }
  }
`);
const EVALUATIE = graphql(`
  mutation RegiepaneelProgrammaEvaluatie($id: ID!) {
    programmaEvaluatieStarten(id: $id) {
      id
    }
  }
`);
const EVALUEREN = graphql(`
  mutation RegiepaneelProgrammaEvalueren($id: ID!, $conclusie: String!) {
    programmaEvalueren(id: $id, conclusie: $conclusie) {
      id
    }
  }
`);

type Gegevens = RegiepaneelProgrammasQuery;
type Programma = Gegevens['uitvoeringsprogrammas'][number];

const STATUS: Record<ProgrammaStatus, string> = {
  CONCEPT: 'Concept',
  VASTGESTELD: 'Vastgesteld',
  EVALUATIE: 'In evaluatie',
  GEEVALUEERD: 'Geëvalueerd en gepubliceerd',
};

/** The yearly uitvoeringsprogramma per stadsdeel or city, and its evaluation at year end. */
export function UitvoeringsprogrammaPagina({ ik }: { ik: Ik | null }) {
  usePaginatitel('Uitvoeringsprogramma', APP_NAAM);
  const [g, zetG] = useState<Gegevens | null>(null);
  const [fout, zetFout] = useState<string | null>(null);
  const [melding, zetMelding] = useState<string | null>(null);
  const beheer = heeftRol(ik?.rollen, 'BELEIDSMEDEWERKER', 'BEHEERDER');
  const laad = useCallback(async () => zetG(await vraag(PROGRAMMAS)), []);
  useEffect(() => {
    laad().catch((e: unknown) => zetFout(foutmelding(e, 'De programma’s konden niet worden geladen.')));
  }, [laad]);
  const gewijzigd = (t: string) => {
    zetMelding(t);
    void laad();
  };
  return (
    <>
      <Heading1>Uitvoeringsprogramma</Heading1>
      <Paragraph>
        Per jaar een programma voor elk stadsdeel en voor de hele stad: doelen bij de behoeften van de buurtagenda, met acties,
        eigenaren en budget per instrument. Aan het eind van het jaar evalueer je het met de cijfers van het jaarverslag; de
        evaluatie wordt gepubliceerd voor de gemeenteraad.
      </Paragraph>
      {fout && <Foutmelding>{fout}</Foutmelding>}
      <Statusmelding melding={melding} />
      {!g && !fout && <Paragraph role="status">Programma’s laden …</Paragraph>}
      {g && g.uitvoeringsprogrammas.length === 0 && <Paragraph>Er is nog geen uitvoeringsprogramma.</Paragraph>}
      {g?.uitvoeringsprogrammas.map((p) => (
        <ProgrammaKaart key={p.id} p={p} g={g} beheer={beheer} naWijziging={gewijzigd} />
      ))}
      {g && beheer && <Opstellen g={g} naOpstellen={gewijzigd} />}
    </>
  );
}

function ProgrammaKaart({
  p,
  g,
  beheer,
  naWijziging,
}: {
  p: Programma;
  g: Gegevens;
  beheer: boolean;
  naWijziging: (t: string) => void;
}) {
  const [fout, zetFout] = useState<string | null>(null);
  const stap = async (soort: 'vaststellen' | 'evaluatie') => {
    try {
      if (soort === 'vaststellen') {
        await vraag(VASTSTELLEN, { id: p.id });
        naWijziging(`“${p.titel}” is vastgesteld.`);
      } else {
        await vraag(EVALUATIE, { id: p.id });
        naWijziging(`De evaluatie van “${p.titel}” is gestart.`);
      }
      zetFout(null);
    } catch (err) {
      zetFout(leesbareFout(err, {}, 'Dat is niet gelukt.').algemeen ?? 'Dat is niet gelukt.');
    }
  };
  const k = `programma-${p.id}`;
  return (
    <section aria-labelledby={k} className="buurtwerk-kaart">
      <Heading2 id={k}>
        {p.titel} ({p.gebied}, {p.jaar})
      </Heading2>
      <Paragraph className="buurtwerk-klein">
        {STATUS[p.status]} · totaal budget {euro(p.totaalBudget)}
        {p.geevalueerdOp ? ` · gepubliceerd op ${datum(vandaag(new Date(p.geevalueerdOp)))}` : ''}
      </Paragraph>
      <Paragraph>{p.inleiding}</Paragraph>
      {fout && <Foutmelding>{fout}</Foutmelding>}
      <Heading3>Doelen</Heading3>
      {p.doelen.length === 0 && <Paragraph>Nog geen doelen.</Paragraph>}
      <UnorderedList>
        {p.doelen.map((d) => (
          <UnorderedListItem key={d.id}>
            <strong>{d.titel}</strong> (eigenaar {d.eigenaar}; {d.behoefteIds.length}{' '}
            {d.behoefteIds.length === 1 ? 'behoefte' : 'behoeften'})
            {d.acties.length > 0 && `: ${d.acties.map((a) => `${a.omschrijving} (${a.eigenaar})`).join('; ')}`}
          </UnorderedListItem>
        ))}
      </UnorderedList>
      <Heading3>Budget per instrument</Heading3>
      {p.budget.length === 0 ? (
        <Paragraph>Nog geen budget.</Paragraph>
      ) : (
        <UnorderedList>
          {p.budget.map((b) => (
            <UnorderedListItem key={b.instrument}>
              {b.instrument}: {euro(b.bedrag)}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      {p.cijfers && (
        <Paragraph>
          Cijfers van het jaar: {p.cijfers.initiatieven.ontvangen} initiatieven ontvangen, {p.cijfers.initiatieven.toegekend}{' '}
          toegekend; {p.cijfers.behoeften.geopend} behoeften op de agenda, {p.cijfers.behoeften.beantwoord} beantwoord.{' '}
          <Link href={`/jaarverslag`}>Het hele jaarverslag</Link>
        </Paragraph>
      )}
      {p.conclusie && <Paragraph>Conclusie: {p.conclusie}</Paragraph>}
      <Heading3>Inbreng van partners</Heading3>
      {p.inbrengVan && p.inbrengTot && (
        <Paragraph>
          Partners konden inbreng geven van {datum(p.inbrengVan)} tot en met {datum(p.inbrengTot)}.
        </Paragraph>
      )}
      {p.inbreng.length === 0 ? (
        <Paragraph>Nog geen inbreng of evaluatie van partners.</Paragraph>
      ) : (
        <UnorderedList>
          {p.inbreng.map((i) => (
            <UnorderedListItem key={i.id}>
              {i.soort === 'EVALUATIE' ? 'Evaluatie' : 'Inbreng'} van {i.organisatie}: {i.tekst}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      {beheer && p.status === 'CONCEPT' && (
        <>
          <InbrengOpenen p={p} naWijziging={naWijziging} />
          <DoelToevoegen p={p} g={g} naWijziging={naWijziging} />
          <BudgetVaststellen p={p} g={g} naWijziging={naWijziging} />
          <Button appearance="primary-action-button" onClick={() => void stap('vaststellen')}>
            Programma vaststellen
          </Button>
        </>
      )}
      {beheer && p.status === 'VASTGESTELD' && (
        <Button appearance="secondary-action-button" onClick={() => void stap('evaluatie')}>
          Evaluatie starten
        </Button>
      )}
      {beheer && p.status === 'EVALUATIE' && <Evalueren p={p} naWijziging={naWijziging} />}
    </section>
  );
}

function InbrengOpenen({ p, naWijziging }: { p: Programma; naWijziging: (t: string) => void }) {
  const v = `venster-${p.id}`;
  const [van, zetVan] = useState(p.inbrengVan ?? vandaag());
  const [tot, zetTot] = useState(p.inbrengTot ?? '');
  const [fouten, zetFouten] = useState<Record<string, string>>({});
  const [fout, zetFout] = useState<string | null>(null);
  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    const f: Record<string, string> = {};
    if (!van) {
      f[`${v}-van`] = 'Vul de eerste dag in.';
    }
    if (!tot) {
      f[`${v}-tot`] = 'Vul de laatste dag in.';
    }
    zetFouten(f);
    if (Object.keys(f).length > 0) {
      document.querySelector<HTMLElement>(`[name="${Object.keys(f)[0]}"]`)?.focus();
      return;
    }
    try {
      await vraag(VENSTER, { id: p.id, openVan: van, openTot: tot });
      zetFout(null);
      naWijziging(`Partners kunnen inbreng geven op “${p.titel}” tot en met ${datum(tot)}.`);
    } catch (err) {
      const r = leesbareFout(
        err,
        { openVan: { naam: `${v}-van`, label: 'Eerste dag' }, openTot: { naam: `${v}-tot`, label: 'Laatste dag' } },
        'Openstellen is niet gelukt.',
      );
      zetFouten(r.perVeld);
      zetFout(r.algemeen);
    }
  };
  return (
    <form noValidate onSubmit={(e) => void verstuur(e)} aria-labelledby={`${v}-kop`}>
      <Heading3 id={`${v}-kop`}>Openstellen voor inbreng van partners</Heading3>
      <Paragraph className="buurtwerk-klein">Het concept is dan openbaar; partners reageren namens hun organisatie.</Paragraph>
      <Foutsamenvatting fouten={fouten} algemeen={fout} />
      <FormFieldTextbox
        name={`${v}-van`}
        label="Eerste dag"
        type="date"
        value={van}
        onChange={(e) => zetVan((e.target as HTMLInputElement).value)}
        invalid={Boolean(fouten[`${v}-van`])}
        errorMessage={fouten[`${v}-van`]}
      />
      <FormFieldTextbox
        name={`${v}-tot`}
        label="Laatste dag"
        type="date"
        value={tot}
        onChange={(e) => zetTot((e.target as HTMLInputElement).value)}
        invalid={Boolean(fouten[`${v}-tot`])}
        errorMessage={fouten[`${v}-tot`]}
      />
      <Button type="submit" appearance="secondary-action-button">
        Openstellen
      </Button>
    </form>
  );
}

function DoelToevoegen({ p, g, naWijziging }: { p: Programma; g: Gegevens; naWijziging: (t: string) => void }) {
  const v = `doel-${p.id}`;
  const leeg = { titel: '', eigenaar: '', buurtId: '', behoefteId: '', actie: '', actieEigenaar: '' };
  const [w, zetW] = useState(leeg);
  const [behoeften, zetBehoeften] = useState<Array<{ id: string; titel: string }>>([]);
  const [fouten, zetFouten] = useState<Record<string, string>>({});
  const [fout, zetFout] = useState<string | null>(null);
  const zet = (veld: keyof typeof leeg) => (waarde: string) => zetW((x) => ({ ...x, [veld]: waarde }));
  useEffect(() => {
    if (!w.buurtId) {
      zetBehoeften([]);
      return;
    }
    vraag(BEHOEFTEN, { buurtId: w.buurtId })
      .then((d) => zetBehoeften(d.buurtagenda))
      .catch(() => zetBehoeften([]));
  }, [w.buurtId]);
  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    const f: Record<string, string> = {};
    if (!w.titel.trim()) {
      f[`${v}-titel`] = 'Vul het doel in.';
    }
    if (!w.eigenaar.trim()) {
      f[`${v}-eigenaar`] = 'Vul de eigenaar in: een afdeling of partner.';
    }
    if (w.actie.trim() && !w.actieEigenaar.trim()) {
      f[`${v}-actie-eigenaar`] = 'Vul in wie de actie uitvoert.';
    }
    zetFouten(f);
    if (Object.keys(f).length > 0) {
      document.querySelector<HTMLElement>(`[name="${Object.keys(f)[0]}"]`)?.focus();
      return;
    }
    try {
      await vraag(DOEL, {
        id: p.id,
        input: {
          titel: w.titel.trim(),
          eigenaar: w.eigenaar.trim(),
          behoefteIds: w.behoefteId ? [w.behoefteId] : [],
          acties: w.actie.trim() ? [{ omschrijving: w.actie.trim(), eigenaar: w.actieEigenaar.trim() }] : [],
        },
      });
      zetW(leeg);
      zetFout(null);
      naWijziging(`Het doel “${w.titel.trim()}” is toegevoegd.`);
    } catch (err) {
      const r = leesbareFout(
        err,
        {
          titel: { naam: `${v}-titel`, label: 'Doel' },
          eigenaar: { naam: `${v}-eigenaar`, label: 'Eigenaar' },
          behoefteIds: { naam: `${v}-behoefte`, label: 'Behoefte' },
        },
        'Het doel toevoegen is niet gelukt.',
      );
      zetFouten(r.perVeld);
      zetFout(r.algemeen);
    }
  };
  return (
    <form noValidate onSubmit={(e) => void verstuur(e)} aria-labelledby={`${v}-kop`}>
      <Heading3 id={`${v}-kop`}>Doel toevoegen</Heading3>
      <Foutsamenvatting fouten={fouten} algemeen={fout} />
      <FormFieldTextbox
        name={`${v}-titel`}
        label="Doel"
        value={w.titel}
        onChange={(e) => zet('titel')((e.target as HTMLInputElement).value)}
        invalid={Boolean(fouten[`${v}-titel`])}
        errorMessage={fouten[`${v}-titel`]}
      />
      <FormFieldTextbox
        name={`${v}-eigenaar`}
        label="Eigenaar"
        description="De afdeling of partner die verantwoordelijk is"
        value={w.eigenaar}
        onChange={(e) => zet('eigenaar')((e.target as HTMLInputElement).value)}
        invalid={Boolean(fouten[`${v}-eigenaar`])}
        errorMessage={fouten[`${v}-eigenaar`]}
      />
      <Keuzeveld
        id={`${v}-buurt`}
        naam={`${v}-buurt`}
        label="Buurt van de behoefte (niet verplicht)"
        leeg="Geen behoefte koppelen"
        waarde={w.buurtId}
        keuzes={g.buurten.map((b) => ({ waarde: b.id, tekst: b.naam }))}
        onKies={zet('buurtId')}
      />
      {w.buurtId && (
        <Keuzeveld
          id={`${v}-behoefte`}
          naam={`${v}-behoefte`}
          label="Behoefte van de buurtagenda"
          leeg={behoeften.length === 0 ? 'Geen open behoeften in deze buurt' : 'Kies'}
          waarde={w.behoefteId}
          fout={fouten[`${v}-behoefte`]}
          keuzes={behoeften.map((b) => ({ waarde: b.id, tekst: b.titel }))}
          onKies={zet('behoefteId')}
        />
      )}
      <FormFieldTextbox
        name={`${v}-actie`}
        label="Actie (niet verplicht)"
        value={w.actie}
        onChange={(e) => zet('actie')((e.target as HTMLInputElement).value)}
      />
      <FormFieldTextbox
        name={`${v}-actie-eigenaar`}
        label="Wie voert de actie uit"
        value={w.actieEigenaar}
        onChange={(e) => zet('actieEigenaar')((e.target as HTMLInputElement).value)}
        invalid={Boolean(fouten[`${v}-actie-eigenaar`])}
        errorMessage={fouten[`${v}-actie-eigenaar`]}
      />
      <Button type="submit" appearance="secondary-action-button">
        Doel toevoegen
      </Button>
    </form>
  );
}

function BudgetVaststellen({ p, g, naWijziging }: { p: Programma; g: Gegevens; naWijziging: (t: string) => void }) {
  const v = `budget-${p.id}`;
  const [instrumentId, zetInstrumentId] = useState('');
  const [bedrag, zetBedrag] = useState('');
  const [fouten, zetFouten] = useState<Record<string, string>>({});
  const [fout, zetFout] = useState<string | null>(null);
  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    const f: Record<string, string> = {};
    if (!instrumentId) {
      f[`${v}-instrument`] = 'Kies het instrument.';
    }
    const b = centenUitInvoer(bedrag);
    if (b.soort === 'leeg') {
      f[`${v}-bedrag`] = 'Vul het budget in euro’s in.';
    } else if (b.soort === 'fout') {
      f[`${v}-bedrag`] = b.melding;
    }
    zetFouten(f);
    if (Object.keys(f).length > 0 || b.soort !== 'bedrag') {
      document.querySelector<HTMLElement>(`[name="${Object.keys(f)[0]}"]`)?.focus();
      return;
    }
    try {
      await vraag(BUDGET, { id: p.id, instrumentId, bedrag: b.centen });
      zetBedrag('');
      zetFout(null);
      naWijziging(`Het budget is vastgelegd: ${euro(b.centen)}.`);
    } catch (err) {
      const r = leesbareFout(
        err,
        { instrumentId: { naam: `${v}-instrument`, label: 'Instrument' }, bedrag: { naam: `${v}-bedrag`, label: 'Budget' } },
        'Het budget vastleggen is niet gelukt.',
      );
      zetFouten(r.perVeld);
      zetFout(r.algemeen);
    }
  };
  return (
    <form noValidate onSubmit={(e) => void verstuur(e)} aria-labelledby={`${v}-kop`}>
      <Heading3 id={`${v}-kop`}>Budget per instrument</Heading3>
      <Foutsamenvatting fouten={fouten} algemeen={fout} />
      <Keuzeveld
        id={`${v}-instrument`}
        naam={`${v}-instrument`}
        label="Instrument"
        leeg="Kies"
        waarde={instrumentId}
        fout={fouten[`${v}-instrument`]}
        keuzes={g.menukaart.map((i) => ({ waarde: i.id, tekst: i.naam }))}
        onKies={zetInstrumentId}
      />
      <FormFieldTextbox
        name={`${v}-bedrag`}
        label="Budget in euro’s"
        description="0 haalt het instrument uit het budget"
        inputMode="decimal"
        value={bedrag}
        onChange={(e) => zetBedrag((e.target as HTMLInputElement).value)}
        invalid={Boolean(fouten[`${v}-bedrag`])}
        errorMessage={fouten[`${v}-bedrag`]}
      />
      <Button type="submit" appearance="secondary-action-button">
        Budget vastleggen
      </Button>
    </form>
  );
}

function Evalueren({ p, naWijziging }: { p: Programma; naWijziging: (t: string) => void }) {
  const v = `evaluatie-${p.id}`;
  const [conclusie, zetConclusie] = useState('');
  const [fouten, zetFouten] = useState<Record<string, string>>({});
  const [fout, zetFout] = useState<string | null>(null);
  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    if (!conclusie.trim()) {
      zetFouten({ [v]: 'Schrijf de conclusie van de evaluatie.' });
      document.querySelector<HTMLElement>(`[name="${v}"]`)?.focus();
      return;
    }
    try {
      await vraag(EVALUEREN, { id: p.id, conclusie: conclusie.trim() });
      zetFout(null);
      naWijziging(`De evaluatie van “${p.titel}” is gepubliceerd voor de gemeenteraad.`);
    } catch (err) {
      const r = leesbareFout(err, { conclusie: { naam: v, label: 'Conclusie' } }, 'Evalueren is niet gelukt.');
      zetFouten(r.perVeld);
      zetFout(r.algemeen);
    }
  };
  return (
    <form noValidate onSubmit={(e) => void verstuur(e)} aria-labelledby={`${v}-kop`}>
      <Heading3 id={`${v}-kop`}>Evalueren en publiceren</Heading3>
      <Foutsamenvatting fouten={fouten} algemeen={fout} />
      <FormFieldTextarea
        name={v}
        label="Conclusie"
        description="Wat ging goed, wat niet, wat verandert volgend jaar. De cijfers van het jaarverslag worden erbij vastgelegd."
        rows={4}
        value={conclusie}
        onChange={(e) => zetConclusie((e.target as HTMLTextAreaElement).value)}
        invalid={Boolean(fouten[v])}
        errorMessage={fouten[v]}
      />
      <Button type="submit" appearance="primary-action-button">
        Evaluatie publiceren
      </Button>
    </form>
  );
}

function Opstellen({ g, naOpstellen }: { g: Gegevens; naOpstellen: (t: string) => void }) {
  const leeg = { jaar: vandaag().slice(0, 4), stadsdeelId: '', titel: '', inleiding: '' };
  const [w, zetW] = useState(leeg);
  const [fouten, zetFouten] = useState<Record<string, string>>({});
  const [fout, zetFout] = useState<string | null>(null);
  const zet = (veld: keyof typeof leeg) => (waarde: string) => zetW((x) => ({ ...x, [veld]: waarde }));
  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    const f: Record<string, string> = {};
    if (!/^\d{4}$/.test(w.jaar)) {
      f['programma-jaar'] = 'Vul een jaartal in, bijvoorbeeld 2027.';
    }
    if (!w.titel.trim()) {
      f['programma-titel'] = 'Vul een titel in.';
    }
    if (!w.inleiding.trim()) {
      f['programma-inleiding'] = 'Schrijf waar het jaar om draait.';
    }
    zetFouten(f);
    if (Object.keys(f).length > 0) {
      document.querySelector<HTMLElement>(`[name="${Object.keys(f)[0]}"]`)?.focus();
      return;
    }
    try {
      await vraag(OPSTELLEN, {
        input: { jaar: Number(w.jaar), stadsdeelId: w.stadsdeelId || null, titel: w.titel.trim(), inleiding: w.inleiding.trim() },
      });
      zetW(leeg);
      zetFout(null);
      naOpstellen(`“${w.titel.trim()}” is opgesteld als concept.`);
    } catch (err) {
      const r = leesbareFout(
        err,
        {
          jaar: { naam: 'programma-jaar', label: 'Jaar' },
          titel: { naam: 'programma-titel', label: 'Titel' },
          inleiding: { naam: 'programma-inleiding', label: 'Inleiding' },
        },
        'Opstellen is niet gelukt.',
      );
      zetFouten(r.perVeld);
      zetFout(r.algemeen);
    }
  };
  return (
    <section aria-labelledby="programma-nieuw">
      <Heading2 id="programma-nieuw">Programma opstellen</Heading2>
      <Foutsamenvatting fouten={fouten} algemeen={fout} />
      <form noValidate onSubmit={(e) => void verstuur(e)} aria-label="Programma opstellen">
        <FormFieldTextbox
          name="programma-jaar"
          label="Jaar"
          inputMode="numeric"
          value={w.jaar}
          onChange={(e) => zet('jaar')((e.target as HTMLInputElement).value.trim())}
          invalid={Boolean(fouten['programma-jaar'])}
          errorMessage={fouten['programma-jaar']}
        />
        <Keuzeveld
          id="programma-gebied"
          naam="programma-gebied"
          label="Gebied"
          waarde={w.stadsdeelId}
          keuzes={[
            { waarde: '', tekst: 'De hele stad' },
            ...g.stadsdelen.map((s) => ({ waarde: s.id, tekst: `Stadsdeel ${s.naam}` })),
          ]}
          onKies={zet('stadsdeelId')}
        />
        <FormFieldTextbox
          name="programma-titel"
          label="Titel"
          value={w.titel}
          onChange={(e) => zet('titel')((e.target as HTMLInputElement).value)}
          invalid={Boolean(fouten['programma-titel'])}
          errorMessage={fouten['programma-titel']}
        />
        <FormFieldTextarea
          name="programma-inleiding"
          label="Inleiding"
          rows={3}
          value={w.inleiding}
          onChange={(e) => zet('inleiding')((e.target as HTMLTextAreaElement).value)}
          invalid={Boolean(fouten['programma-inleiding'])}
          errorMessage={fouten['programma-inleiding']}
        />
        <Button type="submit" appearance="primary-action-button">
          Opstellen
        </Button>
      </form>
    </section>
  );
}
