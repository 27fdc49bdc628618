import {
  Button,
  Checkbox,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormFieldTextbox,
  FormLabel,
  Heading1,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { vraag } from '@web-gedeeld/api';
import { foutmelding } from '@web-gedeeld/fouten';
import { datum, datumTijd, vandaag } from '@web-gedeeld/datum';
import type { Ik } from '@web-gedeeld/gebruiker';
import { conflictgrond, statusnaam } from '@web-gedeeld/initiatief';
import { AppLink, usePaginatitel } from '@web-gedeeld/router';
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { amsterdamNaarIso } from '../amsterdam';
import {
  Bevestiging,
  toonFouten,
  Foutmelding,
  heeftRol,
  Keuzeveld,
  Statusmelding,
  type Veldfouten,
  veldfoutenVan,
  algemeneFout,
} from '../beheervelden';
import { graphql } from '../gql';
import type { RegiepaneelBuurtpanelenQuery } from '../gql/graphql';
import { Ledenkiezer, type Lid, useLedenMetNaam } from '../ledenkiezer';
import { APP_NAAM } from '../naam';

const BUURTPANELEN = graphql(`
  query RegiepaneelBuurtpanelen {
    buurtpanelen {
      id
      naam
      quorum
      aantalLeden
      leden
      opgehevenOp
      buurten {
        id
        naam
      }
      stemmingen {
        sluitOp
        gesloten
        geslotenOp
        aantalVoor
        aantalTegen
        aantalOnthouding
        uitkomst
        initiatief {
          id
          referentie
          titel
          status
        }
        verschoningen {
          persoon
          grond
        }
      }
    }
    buurten {
      id
      naam
      wijk {
        naam
      }
    }
    initiatieven(first: 100, status: [IN_BEHANDELING]) {
      edges {
        node {
          id
          referentie
          titel
          status
          beslissenUiterlijk
          buurten {
            id
            naam
          }
          aanvragen {
            regeling {
              naam
              besluitvorming
            }
          }
        }
      }
    }
  }
`);

const PANEL_INSTELLEN = graphql(`
  mutation RegiepaneelBuurtpanelInstellen($input: BuurtpanelInput!) {
    buurtpanelInstellen(input: $input) {
      id
      naam
      aantalLeden
    }
  }
`);

const LEDEN_WIJZIGEN = graphql(`
  mutation RegiepaneelBuurtpanelLedenWijzigen($id: ID!, $leden: [ID!]!) {
    buurtpanelLedenWijzigen(id: $id, leden: $leden) {
      id
      naam
      aantalLeden
    }
  }
`);

const OPHEFFEN = graphql(`
  mutation RegiepaneelBuurtpanelOpheffen($id: ID!) {
    buurtpanelOpheffen(id: $id) {
      id
      naam
      opgehevenOp
    }
  }
`);

const VOORLEGGEN = graphql(`
  mutation RegiepaneelVoorleggenAanPanel($id: ID!, $panelId: ID!, $sluitOp: DateTime!) {
    initiatiefVoorleggenAanPanel(id: $id, panelId: $panelId, sluitOp: $sluitOp) {
      sluitOp
      panel {
        naam
      }
    }
  }
`);

type Gegevens = RegiepaneelBuurtpanelenQuery;
type Initiatief = Gegevens['initiatieven']['edges'][number]['node'];
type Panel = Gegevens['buurtpanelen'][number];
type Stemming = NonNullable<Panel['stemmingen']>[number];

/** A panel advises (issue 18); the official decides on the advice in the file. */
const UITKOMST: Record<string, string> = { TOEGEKEND: 'Advies positief', AFGEWEZEN: 'Advies negatief' };

/** Every vote of every panel: open ones first, then the most recently closed. */
function alleStemmingen(g: Gegevens): Array<{ s: Stemming; panel: Panel }> {
  return g.buurtpanelen
    .flatMap((panel) => (panel.stemmingen ?? []).map((s) => ({ s, panel })))
    .sort(
      (a, b) =>
        Number(a.s.gesloten) - Number(b.s.gesloten) ||
        (b.s.geslotenOp ?? '').localeCompare(a.s.geslotenOp ?? '') ||
        a.s.sluitOp.localeCompare(b.s.sluitOp),
    );
}

function Panelformulier({ g, klaar }: { g: Gegevens; klaar: (melding: string) => void }) {
  const [naam, zetNaam] = useState('');
  const [zoek, zetZoek] = useState('');
  const [buurtIds, zetBuurtIds] = useState<string[]>([]);
  const [quorum, zetQuorum] = useState('');
  const [leden, zetLeden] = useState<Lid[]>([]);
  const [fouten, zetFouten] = useState<Veldfouten>({});
  const [fout, zetFout] = useState<string | null>(null);
  const [bezig, zetBezig] = useState(false);
  const formulier = useRef<HTMLFormElement>(null);

  const zichtbaar = g.buurten.filter((b) => {
    const z = zoek.trim().toLowerCase();
    return z === '' || buurtIds.includes(b.id) || `${b.naam} ${b.wijk.naam}`.toLowerCase().includes(z);
  });

  const verstuur = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    zetFout(null);
    const f: Veldfouten = {};
    if (naam.trim() === '') {
      f.naam = 'Geef het buurtpanel een naam.';
    }
    if (buurtIds.length === 0) {
      f.buurtIds = 'Kies minstens één buurt.';
    }
    if (!/^\d+$/.test(quorum.trim())) {
      f.quorum = 'Vul het quorum in als geheel getal, bijvoorbeeld 3.';
    }
    const ledenlijst = leden.map((l) => l.sub);
    if (ledenlijst.length === 0) {
      f.leden = 'Kies minstens één lid.';
    }
    toonFouten(formulier.current, f, zetFouten);
    if (Object.keys(f).length > 0) {
      return;
    }
    zetBezig(true);
    try {
      const { buurtpanelInstellen: p } = await vraag(PANEL_INSTELLEN, {
        input: { naam: naam.trim(), buurtIds, quorum: Number(quorum.trim()), leden: ledenlijst },
      });
      zetNaam('');
      zetBuurtIds([]);
      zetQuorum('');
      zetLeden([]);
      zetZoek('');
      klaar(`Buurtpanel “${p.naam}” is ingesteld met ${p.aantalLeden} ${p.aantalLeden === 1 ? 'lid' : 'leden'}.`);
    } catch (err) {
      zetFout(algemeneFout(err, 'Het buurtpanel kon niet worden ingesteld.'));
      toonFouten(formulier.current, veldfoutenVan(err), zetFouten);
    } finally {
      zetBezig(false);
    }
  };

  return (
    <form
      ref={formulier}
      id="panel-instellen"
      noValidate
      onSubmit={(e) => void verstuur(e)}
      aria-labelledby="panel-instellen-kop"
      className="buurtwerk-blok"
    >
      <Heading2 id="panel-instellen-kop">Buurtpanel instellen</Heading2>
      {fout && <Foutmelding>{fout}</Foutmelding>}
      <FormFieldTextbox
        name="naam"
        label="Naam van het panel"
        autoComplete="off"
        required
        maxLength={200}
        value={naam}
        onChange={(e) => zetNaam((e.target as HTMLInputElement).value)}
        invalid={Boolean(fouten.naam)}
        errorMessage={fouten.naam}
      />
      <fieldset
        className="buurtwerk-fieldset utrecht-form-field"
        aria-describedby={['panel-buurten-uitleg', fouten.buurtIds ? 'panel-buurten-fout' : ''].join(' ').trim()}
      >
        <legend className="utrecht-form-label">Buurten waarover het panel gaat</legend>
        <FormFieldDescription id="panel-buurten-uitleg">
          {buurtIds.length === 0 ? 'Nog geen buurt gekozen.' : `${buurtIds.length} gekozen.`} Typ om de lijst te verkleinen;
          gekozen buurten blijven staan.
        </FormFieldDescription>
        {fouten.buurtIds && <FormFieldErrorMessage id="panel-buurten-fout">{fouten.buurtIds}</FormFieldErrorMessage>}
        <FormFieldTextbox
          name="buurt-zoek"
          type="search"
          label="Zoek een buurt of wijk"
          autoComplete="off"
          value={zoek}
          onChange={(e) => zetZoek((e.target as HTMLInputElement).value)}
        />
        <div className="buurtwerk-keuzelijst" role="group" aria-label="Buurten" data-veld="buurtIds" tabIndex={-1}>
          {zichtbaar.map((b) => (
            <div key={b.id} className="buurtwerk-keuze">
              <Checkbox
                id={`panel-buurt-${b.id}`}
                name="buurtIds"
                value={b.id}
                checked={buurtIds.includes(b.id)}
                invalid={Boolean(fouten.buurtIds)}
                onChange={(e) =>
                  zetBuurtIds((lijst) => (e.target.checked ? [...lijst, b.id] : lijst.filter((id) => id !== b.id)))
                }
              />{' '}
              <FormLabel htmlFor={`panel-buurt-${b.id}`} type="checkbox">
                {b.naam} <span className="buurtwerk-klein">({b.wijk.naam})</span>
              </FormLabel>
            </div>
          ))}
          {zichtbaar.length === 0 && <Paragraph>Geen buurt gevonden met “{zoek}”.</Paragraph>}
        </div>
      </fieldset>
      <Ledenkiezer
        id="panel-leden"
        leden={leden}
        onWijzig={zetLeden}
        fout={fouten.leden}
        uitleg="Zoek elk lid op naam en kies het. Wie lid is, blijft geheim voor anderen."
      />
      <FormFieldTextbox
        name="quorum"
        label="Quorum"
        description="Zoveel stemmen zijn minstens nodig voor een geldige uitslag (leden die zich moeten verschonen tellen niet mee)."
        inputMode="numeric"
        autoComplete="off"
        size={4}
        required
        value={quorum}
        onChange={(e) => zetQuorum((e.target as HTMLInputElement).value)}
        invalid={Boolean(fouten.quorum)}
        errorMessage={fouten.quorum}
      />
      <Button type="submit" appearance="primary-action-button" disabled={bezig}>
        Buurtpanel instellen
      </Button>
    </form>
  );
}

/**
 * Changing the members of a panel and ending it. Both are refused by the API while the panel
 * votes; its reason is shown here. Ending asks first: it cannot be undone.
 */
function Panelbeheer({ g, klaar }: { g: Gegevens; klaar: (melding: string) => void }) {
  const actief = g.buurtpanelen.filter((p) => !p.opgehevenOp);
  const [panelId, zetPanelId] = useState('');
  /** null: the panel's members as they are (with their names loaded); a list once changed here. */
  const [leden, zetLeden] = useState<Lid[] | null>(null);
  const [fouten, zetFouten] = useState<Veldfouten>({});
  const [fout, zetFout] = useState<string | null>(null);
  const [bezig, zetBezig] = useState(false);
  const [bevestig, zetBevestig] = useState(false);
  const formulier = useRef<HTMLFormElement>(null);
  const opheffenKnop = useRef<HTMLButtonElement>(null);
  const panel = actief.find((p) => p.id === panelId);
  const huidige = useLedenMetNaam(panel?.leden);
  const getoond = leden ?? huidige.leden;

  const kies = (id: string): void => {
    zetPanelId(id);
    zetLeden(null);
    zetFouten({});
    zetFout(null);
    zetBevestig(false);
  };

  const opslaan = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    zetFout(null);
    const f: Veldfouten = {};
    if (!panel) {
      f.id = 'Kies het buurtpanel.';
    }
    const lijst = (getoond ?? []).map((l) => l.sub);
    if (panel && getoond && lijst.length === 0) {
      f.leden = 'Kies minstens één lid.';
    }
    toonFouten(formulier.current, f, zetFouten);
    if (Object.keys(f).length > 0 || !panel || !getoond) {
      return;
    }
    zetBezig(true);
    try {
      const { buurtpanelLedenWijzigen: p } = await vraag(LEDEN_WIJZIGEN, { id: panel.id, leden: lijst });
      klaar(
        `De leden van “${p.naam}” zijn gewijzigd; het panel heeft nu ${p.aantalLeden} ${p.aantalLeden === 1 ? 'lid' : 'leden'}.`,
      );
    } catch (err) {
      zetFout(algemeneFout(err, 'De leden konden niet worden gewijzigd.'));
      toonFouten(formulier.current, veldfoutenVan(err), zetFouten);
    } finally {
      zetBezig(false);
    }
  };

  const opheffen = async (): Promise<void> => {
    if (!panel) {
      return;
    }
    zetBevestig(false);
    zetFout(null);
    zetBezig(true);
    try {
      const { buurtpanelOpheffen: p } = await vraag(OPHEFFEN, { id: panel.id });
      zetPanelId('');
      zetLeden(null);
      klaar(`“${p.naam}” is opgeheven. De uitslagen blijven bewaard; er kan niets meer aan worden voorgelegd.`);
    } catch (err) {
      zetFout(foutmelding(err, 'Het buurtpanel kon niet worden opgeheven.'));
      opheffenKnop.current?.focus();
    } finally {
      zetBezig(false);
    }
  };

  if (actief.length === 0) {
    return (
      <section className="buurtwerk-blok" aria-labelledby="panel-beheren-kop">
        <Heading2 id="panel-beheren-kop">Panel beheren</Heading2>
        <Paragraph>Er is geen actief buurtpanel om te beheren.</Paragraph>
      </section>
    );
  }
  return (
    <form
      ref={formulier}
      id="panel-beheren"
      noValidate
      onSubmit={(e) => void opslaan(e)}
      aria-labelledby="panel-beheren-kop"
      className="buurtwerk-blok"
    >
      <Heading2 id="panel-beheren-kop">Panel beheren</Heading2>
      <Paragraph className="buurtwerk-klein">
        Wijzig wie er in een panel zit, of hef een panel op. Zolang een panel stemt, blijft het zoals het is.
      </Paragraph>
      {fout && <Foutmelding>{fout}</Foutmelding>}
      <Keuzeveld
        id="beheren-panel"
        naam="id"
        label="Buurtpanel"
        leeg="Kies een buurtpanel"
        verplicht
        waarde={panelId}
        keuzes={actief.map((p) => ({ waarde: p.id, tekst: `${p.naam} (quorum ${p.quorum} van ${p.aantalLeden})` }))}
        fout={fouten.id}
        onKies={kies}
      />
      {panel && (
        <>
          {huidige.fout && <Foutmelding>{huidige.fout}</Foutmelding>}
          {getoond ? (
            <Ledenkiezer
              id="beheren-leden"
              leden={getoond}
              onWijzig={zetLeden}
              fout={fouten.leden}
              uitleg={`Zoek een lid op naam om het toe te voegen; minstens ${panel.quorum} leden (het quorum).`}
            />
          ) : (
            <Paragraph role="status">De leden worden geladen…</Paragraph>
          )}
          <div className="buurtwerk-knoppen">
            <Button type="submit" appearance="primary-action-button" disabled={bezig}>
              Leden opslaan
            </Button>
            {!bevestig && (
              <Button ref={opheffenKnop} appearance="secondary-action-button" disabled={bezig} onClick={() => zetBevestig(true)}>
                Panel opheffen
              </Button>
            )}
          </div>
          {bevestig && (
            <Bevestiging
              label={`Bevestigen: ${panel.naam} opheffen`}
              vraag="Weet je het zeker? Een opgeheven panel krijgt geen initiatieven meer en kan niet terugkomen; de uitslagen blijven bewaard."
              jaTekst="Ja, panel opheffen"
              ja={() => void opheffen()}
              nee={() => {
                flushSync(() => zetBevestig(false));
                opheffenKnop.current?.focus();
              }}
            />
          )}
        </>
      )}
    </form>
  );
}

function Voorlegformulier({ g, kandidaten, klaar }: { g: Gegevens; kandidaten: Initiatief[]; klaar: (melding: string) => void }) {
  const [initiatiefId, zetInitiatiefId] = useState('');
  const [panelId, zetPanelId] = useState('');
  const [sluitDatum, zetSluitDatum] = useState('');
  const [sluitTijd, zetSluitTijd] = useState('17:00');
  const [fouten, zetFouten] = useState<Veldfouten>({});
  const [fout, zetFout] = useState<string | null>(null);
  const [bezig, zetBezig] = useState(false);
  const formulier = useRef<HTMLFormElement>(null);
  const gekozen = kandidaten.find((i) => i.id === initiatiefId);
  // Panels about one of the initiative's buurten first; the API refuses others with its reason.
  const panelen = g.buurtpanelen
    .filter((p) => !p.opgehevenOp)
    .sort(
      (a, b) =>
        Number(b.buurten.some((x) => gekozen?.buurten.some((y) => y.id === x.id))) -
        Number(a.buurten.some((x) => gekozen?.buurten.some((y) => y.id === x.id))),
    );

  const verstuur = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    zetFout(null);
    const f: Veldfouten = {};
    if (!initiatiefId) {
      f.id = 'Kies het initiatief.';
    }
    if (!panelId) {
      f.panelId = 'Kies het buurtpanel.';
    }
    const sluitOp = amsterdamNaarIso(sluitDatum, sluitTijd);
    if (!sluitOp) {
      f.sluitOp = 'Vul een geldige datum en tijd in.';
    }
    toonFouten(formulier.current, f, zetFouten);
    if (Object.keys(f).length > 0 || !sluitOp) {
      return;
    }
    zetBezig(true);
    try {
      const { initiatiefVoorleggenAanPanel: s } = await vraag(VOORLEGGEN, { id: initiatiefId, panelId, sluitOp });
      zetInitiatiefId('');
      zetPanelId('');
      zetSluitDatum('');
      klaar(`Het initiatief ligt nu bij ${s.panel.naam}; de stemming sluit op ${datumTijd(s.sluitOp)}.`);
    } catch (err) {
      zetFout(algemeneFout(err, 'Het initiatief kon niet aan het panel worden voorgelegd.'));
      toonFouten(formulier.current, veldfoutenVan(err), zetFouten);
    } finally {
      zetBezig(false);
    }
  };

  if (kandidaten.length === 0) {
    return (
      <section className="buurtwerk-blok" aria-labelledby="voorleggen-kop">
        <Heading2 id="voorleggen-kop">Initiatief voorleggen</Heading2>
        <Paragraph>
          Er is geen initiatief in behandeling onder een buurtaktie-regeling. Zodra er een is, kun je het hier aan een buurtpanel
          voorleggen.
        </Paragraph>
      </section>
    );
  }
  return (
    <form
      ref={formulier}
      id="voorleggen"
      noValidate
      onSubmit={(e) => void verstuur(e)}
      aria-labelledby="voorleggen-kop"
      className="buurtwerk-blok"
    >
      <Heading2 id="voorleggen-kop">Initiatief voorleggen</Heading2>
      <Paragraph className="buurtwerk-klein">
        Bij een buurtaktie-regeling beslist een buurtpanel. Het panel moet over een buurt van het initiatief gaan, de stemming
        moet sluiten vóór de beslistermijn en het quorum moet haalbaar zijn zonder leden die zich moeten verschonen.
      </Paragraph>
      {fout && <Foutmelding>{fout}</Foutmelding>}
      <Keuzeveld
        id="voorleggen-initiatief"
        naam="id"
        label="Initiatief"
        leeg="Kies een initiatief"
        verplicht
        waarde={initiatiefId}
        keuzes={kandidaten.map((i) => ({
          waarde: i.id,
          tekst: `${i.titel} (${i.referentie}, ${i.buurten.map((b) => b.naam).join(', ')}${
            i.beslissenUiterlijk ? `, beslissen uiterlijk ${datum(i.beslissenUiterlijk)}` : ''
          })`,
        }))}
        fout={fouten.id}
        onKies={zetInitiatiefId}
      />
      <Keuzeveld
        id="voorleggen-panel"
        naam="panelId"
        label="Buurtpanel"
        leeg="Kies een buurtpanel"
        verplicht
        waarde={panelId}
        keuzes={panelen.map((p) => ({
          waarde: p.id,
          tekst: `${p.naam} (${p.buurten.map((b) => b.naam).join(', ')}; quorum ${p.quorum} van ${p.aantalLeden})`,
        }))}
        fout={fouten.panelId}
        onKies={zetPanelId}
      />
      <fieldset
        className="buurtwerk-fieldset utrecht-form-field"
        aria-describedby={fouten.sluitOp ? 'voorleggen-sluitop-fout' : undefined}
      >
        <legend className="utrecht-form-label">Stemming sluit op (tijd in Heerlen)</legend>
        {fouten.sluitOp && <FormFieldErrorMessage id="voorleggen-sluitop-fout">{fouten.sluitOp}</FormFieldErrorMessage>}
        <div className="buurtwerk-formulierrij">
          <FormFieldTextbox
            name="sluitOp"
            type="date"
            label="Datum"
            required
            value={sluitDatum}
            onChange={(e) => zetSluitDatum((e.target as HTMLInputElement).value)}
            invalid={Boolean(fouten.sluitOp)}
          />
          <FormFieldTextbox
            name="sluitTijd"
            type="time"
            label="Tijd"
            required
            value={sluitTijd}
            onChange={(e) => zetSluitTijd((e.target as HTMLInputElement).value)}
            invalid={Boolean(fouten.sluitOp)}
          />
        </div>
      </fieldset>
      <Button type="submit" appearance="primary-action-button" disabled={bezig}>
        Voorleggen aan het panel
      </Button>
    </form>
  );
}

function Stemmingen({ lijst }: { lijst: Array<{ s: Stemming; panel: Panel }> }) {
  if (lijst.length === 0) {
    return <Paragraph>Er is nog geen initiatief aan een buurtpanel voorgelegd.</Paragraph>;
  }
  return (
    <div className="buurtwerk-tabel" role="region" aria-labelledby="stemmingen-bijschrift" tabIndex={0}>
      <Table>
        <TableCaption id="stemmingen-bijschrift">Stemmingen van buurtpanels, de nog open stemmingen eerst</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Initiatief</TableHeaderCell>
            <TableHeaderCell scope="col">Panel</TableHeaderCell>
            <TableHeaderCell scope="col">Stemming</TableHeaderCell>
            <TableHeaderCell scope="col">Uitslag</TableHeaderCell>
            <TableHeaderCell scope="col">Verschoond</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {lijst.map(({ s, panel }) => (
            <TableRow key={`${panel.id}-${s.initiatief.id}-${s.sluitOp}`}>
              <TableHeaderCell scope="row">
                <AppLink naar={`/initiatief/${s.initiatief.id}`}>{s.initiatief.titel}</AppLink>{' '}
                <span className="buurtwerk-klein">
                  {s.initiatief.referentie}, {statusnaam(s.initiatief.status).toLowerCase()}
                </span>
              </TableHeaderCell>
              <TableCell>
                {panel.naam}{' '}
                <span className="buurtwerk-klein">
                  (quorum {panel.quorum} van {panel.aantalLeden})
                </span>
              </TableCell>
              <TableCell>
                {s.gesloten ? (
                  <>Gesloten op {datumTijd(s.geslotenOp ?? s.sluitOp)}</>
                ) : (
                  <>
                    <span className="buurtwerk-label buurtwerk-label--waarschuwing">Open</span> tot {datumTijd(s.sluitOp)}
                  </>
                )}
              </TableCell>
              <TableCell>
                {s.gesloten ? (
                  <>
                    {s.uitkomst ? <strong>{UITKOMST[s.uitkomst] ?? s.uitkomst}</strong> : <strong>Geen uitslag</strong>}:{' '}
                    {s.aantalVoor} voor, {s.aantalTegen} tegen, {s.aantalOnthouding} onthouding
                    {s.uitkomst
                      ? s.initiatief.status === 'BIJ_BUURTPANEL'
                        ? ' (besluit nog nemen: open het initiatief)'
                        : ''
                      : ' (quorum niet gehaald, het besluit ligt weer bij de gemeente)'}
                  </>
                ) : (
                  'Stemmen zijn geheim; de telling volgt na het sluiten.'
                )}
              </TableCell>
              <TableCell>
                {s.verschoningen.length === 0
                  ? 'Niemand'
                  : s.verschoningen.map((v) => `${v.persoon} (${conflictgrond(v.grond)})`).join('; ')}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** Buurtpanels: their composition, putting initiatives before a panel, and the state and results of the votes. */
export function BuurtpanelenPagina({ ik }: { ik: Ik | null }) {
  usePaginatitel('Buurtpanels', APP_NAAM);
  const [g, zetG] = useState<Gegevens | null>(null);
  const [fout, zetFout] = useState<string | null>(null);
  const [melding, zetMelding] = useState<string | null>(null);

  const laad = useCallback(async (): Promise<void> => {
    try {
      zetG(await vraag(BUURTPANELEN));
      zetFout(null);
    } catch (e) {
      zetFout(foutmelding(e, 'De buurtpanels konden niet worden geladen.'));
    }
  }, []);
  useEffect(() => {
    void laad();
  }, [laad]);

  const klaar = (m: string): void => {
    zetMelding(m);
    void laad();
  };
  const initiatieven = g?.initiatieven.edges.map((e) => e.node) ?? [];
  const kandidaten = initiatieven.filter(
    (i) => i.status === 'IN_BEHANDELING' && i.aanvragen.some((a) => a.regeling?.besluitvorming === 'BUURTPANEL'),
  );
  const stemmingen = g ? alleStemmingen(g) : [];
  const voorgelegd = new Set(stemmingen.map(({ s }) => s.initiatief.id)).size;
  const open = new Set(stemmingen.filter(({ s }) => !s.gesloten).map(({ s }) => s.initiatief.id)).size;
  // Who the members are is private: the API gives it only to staff who manage panels.
  const zietLeden = g?.buurtpanelen.some((p) => p.leden != null) ?? false;
  // One lookup for the names of every member shown in the table.
  const alleLeden = useLedenMetNaam(zietLeden ? [...new Set(g?.buurtpanelen.flatMap((p) => p.leden ?? []))] : []);
  const naamVan = new Map((alleLeden.leden ?? []).map((l) => [l.sub, l.naam]));
  const ledenTekst = (subs: readonly string[]): string =>
    subs
      .map((s) => naamVan.get(s) ?? (alleLeden.leden ? `onbekende naam (${s})` : s))
      .sort((a, b) => a.localeCompare(b, 'nl'))
      .join(', ');

  return (
    <>
      <Heading1>Buurtpanels</Heading1>
      <Paragraph>
        Bij een buurtaktie-regeling beslist een panel van bewoners over kleine initiatieven. Hier stel je panels in, leg je
        initiatieven voor en volg je de stemmingen. Wie hoe stemde, blijft geheim; na het sluiten is de telling openbaar.
      </Paragraph>
      <Statusmelding melding={melding} />
      {fout && <Foutmelding>{fout}</Foutmelding>}
      {g === null ? (
        !fout && <Paragraph role="status">Buurtpanels laden …</Paragraph>
      ) : (
        <>
          <section aria-labelledby="panels-kop">
            <Heading2 id="panels-kop">Panels</Heading2>
            {g.buurtpanelen.length === 0 ? (
              <Paragraph>Er is nog geen buurtpanel ingesteld.</Paragraph>
            ) : (
              <div className="buurtwerk-tabel" role="region" aria-labelledby="panels-bijschrift" tabIndex={0}>
                <Table>
                  <TableCaption id="panels-bijschrift">Buurtpanels met hun buurten, leden en quorum</TableCaption>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">Panel</TableHeaderCell>
                      <TableHeaderCell scope="col">Buurten</TableHeaderCell>
                      <TableHeaderCell scope="col" className="buurtwerk-getal">
                        Leden
                      </TableHeaderCell>
                      {zietLeden && <TableHeaderCell scope="col">Wie</TableHeaderCell>}
                      <TableHeaderCell scope="col" className="buurtwerk-getal">
                        Quorum
                      </TableHeaderCell>
                      <TableHeaderCell scope="col">Status</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {g.buurtpanelen.map((p) => (
                      <TableRow key={p.id}>
                        <TableHeaderCell scope="row">{p.naam}</TableHeaderCell>
                        <TableCell>{p.buurten.map((b) => b.naam).join(', ')}</TableCell>
                        <TableCell className="buurtwerk-getal">{p.aantalLeden}</TableCell>
                        {zietLeden && <TableCell>{ledenTekst(p.leden ?? [])}</TableCell>}
                        <TableCell className="buurtwerk-getal">{p.quorum}</TableCell>
                        <TableCell>
                          {p.opgehevenOp ? (
                            <span className="buurtwerk-label buurtwerk-label--geannuleerd">
                              Opgeheven op {datum(vandaag(new Date(p.opgehevenOp)))}
                            </span>
                          ) : (
                            'Actief'
                          )}
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </div>
            )}
          </section>

          <section aria-labelledby="stemmingen-kop">
            <Heading2 id="stemmingen-kop">Stemmingen en uitslagen</Heading2>
            <p className="buurtwerk-klein" role="status">
              {voorgelegd} {voorgelegd === 1 ? 'initiatief' : 'initiatieven'} voorgelegd, waarvan {open} met een open stemming.
            </p>
            <Stemmingen lijst={stemmingen} />
          </section>

          <div className="buurtwerk-kolommen">
            {heeftRol(ik?.rollen, 'BUURTREGISSEUR', 'BELEIDSMEDEWERKER', 'BEHEERDER') && (
              <Voorlegformulier g={g} kandidaten={kandidaten} klaar={klaar} />
            )}
            {heeftRol(ik?.rollen, 'BELEIDSMEDEWERKER', 'BEHEERDER') ? (
              <>
                <Panelformulier g={g} klaar={klaar} />
                <Panelbeheer
                  key={g.buurtpanelen.map((p) => `${p.id}:${p.leden?.join('|') ?? ''}:${p.opgehevenOp ?? ''}`).join()}
                  g={g}
                  klaar={klaar}
                />
              </>
            ) : (
              <section className="buurtwerk-blok" aria-labelledby="panel-instellen-kop">
                <Heading2 id="panel-instellen-kop">Buurtpanel instellen</Heading2>
                <Paragraph>Een beleidsmedewerker of beheerder stelt buurtpanels in.</Paragraph>
              </section>
            )}
          </div>
        </>
      )}
    </>
  );
}
