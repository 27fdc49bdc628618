import {
  Button,
  FormFieldErrorMessage,
  FormFieldTextarea,
  FormFieldTextbox,
  Heading1,
  Heading2,
  Heading3,
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
import { datumTijd } from '@web-gedeeld/datum';
import { foutmelding } from '@web-gedeeld/fouten';
import type { Ik } from '@web-gedeeld/gebruiker';
import { usePaginatitel } from '@web-gedeeld/router';
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { amsterdamNaarIso } from '../amsterdam';
import {
  algemeneFout,
  Bevestiging,
  Foutmelding,
  heeftRol,
  Keuzeveld,
  Statusmelding,
  toonFouten,
  type Veldfouten,
  veldfoutenVan,
} from '../beheervelden';
import { graphql } from '../gql';
import type { RegiepaneelBurgerberadenQuery, RegiepaneelBeraadAanmeldingenQuery } from '../gql/graphql';
import { leesKenmerken } from '../kenmerken';
import { APP_NAAM } from '../naam';

const BERADEN = graphql(`
  query RegiepaneelBurgerberaden {
    burgerberaden {
      id
      onderwerp
      grootte
      status
      aanmeldenTot
      zaadBron
      zaadToezegging
      invoerHash
      verdelingBerekendOp
      minimaleKans
      naieveMinimaleKans
      panelenInVerdeling
      zaad
      lotgetal
      gekozenPanel
      gelootOp
    }
  }
`);

const AANMELDINGEN = graphql(`
  query RegiepaneelBeraadAanmeldingen($id: ID!) {
    # The quotas of this one assembly: per assembly, so the list of assemblies stays small.
    beraad: node(id: $id) {
      ... on Burgerberaad {
        kenmerken {
          sleutel
          naam
          waarden {
            waarde
            label
            min
            max
          }
        }
      }
    }
    beraadAanmeldingen(beraadId: $id) {
      id
      naam
      selectiekans
      geselecteerd
      kenmerken {
        sleutel
        waarde
      }
    }
  }
`);

const AANMAKEN = graphql(`
  mutation RegiepaneelBurgerberaadAanmaken($input: BurgerberaadInput!) {
    burgerberaadAanmaken(input: $input) {
      id
      onderwerp
    }
  }
`);

const BEREKENEN = graphql(`
  mutation RegiepaneelBeraadVerdelingBerekenen($id: ID!) {
    beraadVerdelingBerekenen(beraadId: $id) {
      id
      minimaleKans
      panelenInVerdeling
    }
  }
`);

const LOTEN = graphql(`
  mutation RegiepaneelBeraadLoten($id: ID!, $zaad: String!) {
    beraadLoten(beraadId: $id, zaad: $zaad) {
      id
      gekozenPanel
    }
  }
`);

type Beraad = RegiepaneelBurgerberadenQuery['burgerberaden'][number];
type Aanmelding = RegiepaneelBeraadAanmeldingenQuery['beraadAanmeldingen'][number];
interface Kenmerk {
  sleutel: string;
  naam: string;
  waarden: Array<{ waarde: string; label: string; min: number; max: number }>;
}

const STATUS: Record<string, string> = {
  AANMELDEN: 'Aanmelden open',
  VERDELING_BEREKEND: 'Verdeling gepubliceerd, wacht op loting',
  GELOOT: 'Geloot',
};

const procent = (k: number | null | undefined): string =>
  k == null ? '–' : `${(k * 100).toLocaleString('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;

const VOORBEELD =
  'Leeftijd\n- 18 tot 40 jaar: 1-3\n- 40 jaar of ouder: 2-4\nStadsdeel\n- Heerlen-Noord: 1-3\n- Heerlen-Centrum: 1-3\n- Heerlen-Zuid: 1-3';

function Instellen({ klaar }: { klaar: (melding: string) => void }) {
  const [onderwerp, zetOnderwerp] = useState('');
  const [beschrijving, zetBeschrijving] = useState('');
  const [grootte, zetGrootte] = useState('');
  const [datum, zetDatum] = useState('');
  const [tijd, zetTijd] = useState('17:00');
  const [zaadBron, zetZaadBron] = useState('');
  const [toezegging, zetToezegging] = useState('');
  const [kenmerken, zetKenmerken] = useState('');
  const [fouten, zetFouten] = useState<Veldfouten>({});
  const [fout, zetFout] = useState<string | null>(null);
  const [bezig, zetBezig] = useState(false);
  const formulier = useRef<HTMLFormElement>(null);

  const verstuur = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    zetFout(null);
    const f: Veldfouten = {};
    if (onderwerp.trim() === '') {
      f.onderwerp = 'Vul het onderwerp in.';
    }
    if (beschrijving.trim() === '') {
      f.beschrijving = 'Beschrijf wat het beraad doet en wat er van deelnemers wordt gevraagd.';
    }
    if (!/^\d+$/.test(grootte.trim())) {
      f.grootte = 'Vul de omvang in als geheel getal, bijvoorbeeld 24.';
    }
    const aanmeldenTot = amsterdamNaarIso(datum, tijd);
    if (!aanmeldenTot) {
      f.aanmeldenTot = 'Vul een geldige datum en tijd in.';
    }
    if (zaadBron.trim() === '') {
      f.zaadBron = 'Zeg waar het openbare toevalsgetal vandaan komt, bijvoorbeeld een drand-ronde.';
    }
    const gelezen = leesKenmerken(kenmerken);
    if (gelezen.fouten.length > 0) {
      f.kenmerken = gelezen.fouten.join(' ');
    }
    toonFouten(formulier.current, f, zetFouten);
    if (Object.keys(f).length > 0 || !aanmeldenTot) {
      return;
    }
    zetBezig(true);
    try {
      const { burgerberaadAanmaken: b } = await vraag(AANMAKEN, {
        input: {
          onderwerp: onderwerp.trim(),
          beschrijving: beschrijving.trim(),
          grootte: Number(grootte.trim()),
          aanmeldenTot,
          zaadBron: zaadBron.trim(),
          zaadToezegging: toezegging.trim() === '' ? null : toezegging.trim().toLowerCase(),
          kenmerken: gelezen.kenmerken,
        },
      });
      zetOnderwerp('');
      zetBeschrijving('');
      zetGrootte('');
      zetKenmerken('');
      zetZaadBron('');
      zetToezegging('');
      klaar(`Burgerberaad “${b.onderwerp}” is ingesteld; bewoners kunnen zich nu aanmelden in het Buurtportaal.`);
    } catch (err) {
      zetFout(algemeneFout(err, 'Het burgerberaad kon niet worden ingesteld.'));
      toonFouten(formulier.current, veldfoutenVan(err), zetFouten);
    } finally {
      zetBezig(false);
    }
  };

  return (
    <form
      ref={formulier}
      id="beraad-instellen"
      noValidate
      onSubmit={(e) => void verstuur(e)}
      aria-labelledby="beraad-instellen-kop"
      className="buurtwerk-blok"
    >
      <Heading2 id="beraad-instellen-kop">Burgerberaad instellen</Heading2>
      {fout && <Foutmelding>{fout}</Foutmelding>}
      <FormFieldTextbox
        name="onderwerp"
        label="Onderwerp"
        autoComplete="off"
        required
        maxLength={200}
        value={onderwerp}
        onChange={(e) => zetOnderwerp((e.target as HTMLInputElement).value)}
        invalid={Boolean(fouten.onderwerp)}
        errorMessage={fouten.onderwerp}
      />
      <FormFieldTextarea
        name="beschrijving"
        label="Beschrijving voor bewoners"
        rows={3}
        value={beschrijving}
        onChange={(e) => zetBeschrijving(e.target.value)}
        invalid={Boolean(fouten.beschrijving)}
        errorMessage={fouten.beschrijving}
      />
      <FormFieldTextbox
        name="grootte"
        label="Omvang van het beraad (aantal mensen)"
        inputMode="numeric"
        size={4}
        required
        value={grootte}
        onChange={(e) => zetGrootte((e.target as HTMLInputElement).value)}
        invalid={Boolean(fouten.grootte)}
        errorMessage={fouten.grootte}
      />
      <fieldset
        className="buurtwerk-fieldset utrecht-form-field"
        aria-describedby={fouten.aanmeldenTot ? 'beraad-aanmeldentot-fout' : undefined}
      >
        <legend className="utrecht-form-label">Aanmelden kan tot (tijd in Heerlen)</legend>
        {fouten.aanmeldenTot && (
          <FormFieldErrorMessage id="beraad-aanmeldentot-fout">{fouten.aanmeldenTot}</FormFieldErrorMessage>
        )}
        <div className="buurtwerk-formulierrij">
          <FormFieldTextbox
            name="aanmeldenTot"
            type="date"
            label="Datum"
            required
            value={datum}
            onChange={(e) => zetDatum((e.target as HTMLInputElement).value)}
            invalid={Boolean(fouten.aanmeldenTot)}
          />
          <FormFieldTextbox
            name="aanmeldenTijd"
            type="time"
            label="Tijd"
            required
            value={tijd}
            onChange={(e) => zetTijd((e.target as HTMLInputElement).value)}
            invalid={Boolean(fouten.aanmeldenTot)}
          />
        </div>
      </fieldset>
      <FormFieldTextarea
        name="kenmerken"
        label="Kenmerken en quota"
        description={`Per kenmerk een regel met de naam, daaronder de waarden als “- naam: minimum-maximum” (zetels in het beraad). Voorbeeld:\n${VOORBEELD}`}
        rows={8}
        value={kenmerken}
        onChange={(e) => zetKenmerken(e.target.value)}
        invalid={Boolean(fouten.kenmerken)}
        errorMessage={fouten.kenmerken}
      />
      <FormFieldTextbox
        name="zaadBron"
        label="Bron van het openbare toevalsgetal"
        description="Maak vooraf bekend welk getal de loting beslist, bijvoorbeeld “drand quicknet, ronde 12345678” (een ronde ná het publiceren van de verdeling)."
        autoComplete="off"
        required
        maxLength={300}
        value={zaadBron}
        onChange={(e) => zetZaadBron((e.target as HTMLInputElement).value)}
        invalid={Boolean(fouten.zaadBron)}
        errorMessage={fouten.zaadBron}
      />
      <FormFieldTextbox
        name="zaadToezegging"
        label="SHA-256 van het zaad (niet verplicht)"
        description="Kies je zelf een zaad, publiceer dan nu alleen de hash; bij de loting wordt een ander zaad geweigerd."
        autoComplete="off"
        value={toezegging}
        onChange={(e) => zetToezegging((e.target as HTMLInputElement).value)}
        invalid={Boolean(fouten.zaadToezegging)}
        errorMessage={fouten.zaadToezegging}
      />
      <Button type="submit" appearance="primary-action-button" disabled={bezig}>
        Burgerberaad instellen
      </Button>
    </form>
  );
}

function Aanmeldingen({ beraad, kenmerken, lijst }: { beraad: Beraad; kenmerken: Kenmerk[]; lijst: Aanmelding[] }) {
  const label = (sleutel: string, waarde: string): string =>
    kenmerken.find((k) => k.sleutel === sleutel)?.waarden.find((w) => w.waarde === waarde)?.label ?? waarde;
  if (lijst.length === 0) {
    return <Paragraph>Er heeft zich nog niemand aangemeld.</Paragraph>;
  }
  return (
    <div className="buurtwerk-tabel" role="region" aria-labelledby="aanmeldingen-bijschrift" tabIndex={0}>
      <Table>
        <TableCaption id="aanmeldingen-bijschrift">Aanmeldingen ({lijst.length}) met hun kans om ingeloot te worden</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Naam</TableHeaderCell>
            {kenmerken.map((k) => (
              <TableHeaderCell key={k.sleutel} scope="col">
                {k.naam}
              </TableHeaderCell>
            ))}
            <TableHeaderCell scope="col">Kans</TableHeaderCell>
            <TableHeaderCell scope="col">Ingeloot</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {lijst.map((a) => (
            <TableRow key={a.id}>
              <TableHeaderCell scope="row">{a.naam}</TableHeaderCell>
              {kenmerken.map((k) => {
                const w = a.kenmerken.find((x) => x.sleutel === k.sleutel)?.waarde;
                return <TableCell key={k.sleutel}>{w ? label(k.sleutel, w) : '–'}</TableCell>;
              })}
              <TableCell>{procent(a.selectiekans)}</TableCell>
              <TableCell>{beraad.status === 'GELOOT' ? (a.geselecteerd ? 'Ja' : 'Nee') : '–'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function Beraadbeheer({ beraad, klaar }: { beraad: Beraad; klaar: (melding: string) => void }) {
  // The list together with the assembly state it was read in: after a draw the assembly comes back
  // before its sign-ups do, and the old list must not show everyone as not drawn in the meantime.
  const [geladen, zetGeladen] = useState<{ lijst: Aanmelding[]; status: string } | null>(null);
  const lijst = geladen && geladen.status === beraad.status ? geladen.lijst : null;
  const [kenmerken, zetKenmerken] = useState<Kenmerk[]>([]);
  const [fout, zetFout] = useState<string | null>(null);
  const [bezig, zetBezig] = useState(false);
  const [bevestig, zetBevestig] = useState(false);
  const [zaad, zetZaad] = useState('');
  const [zaadFout, zetZaadFout] = useState<string | undefined>(undefined);
  const berekenKnop = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    let actueel = true;
    vraag(AANMELDINGEN, { id: beraad.id })
      .then((d) => {
        if (actueel) {
          zetGeladen({ lijst: d.beraadAanmeldingen, status: beraad.status });
          zetKenmerken(d.beraad && 'kenmerken' in d.beraad ? d.beraad.kenmerken : []);
        }
      })
      .catch((e: unknown) => actueel && zetFout(foutmelding(e, 'De aanmeldingen konden niet worden geladen.')));
    return () => {
      actueel = false;
    };
  }, [beraad]);

  const berekenen = async (): Promise<void> => {
    zetBevestig(false);
    zetFout(null);
    zetBezig(true);
    try {
      const { beraadVerdelingBerekenen: b } = await vraag(BEREKENEN, { id: beraad.id });
      klaar(
        `De verdeling is berekend over ${b.panelenInVerdeling ?? 0} mogelijke samenstellingen; de kleinste kans is ${procent(b.minimaleKans)}. De aanmelding is gesloten.`,
      );
    } catch (e) {
      zetFout(foutmelding(e, 'De verdeling kon niet worden berekend.'));
      berekenKnop.current?.focus();
    } finally {
      zetBezig(false);
    }
  };

  const loten = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    zetFout(null);
    if (zaad.trim() === '') {
      flushSync(() => zetZaadFout('Vul het openbare toevalsgetal (het zaad) in.'));
      document.querySelector<HTMLElement>('[name="zaad"]')?.focus();
      return;
    }
    zetZaadFout(undefined);
    zetBezig(true);
    try {
      await vraag(LOTEN, { id: beraad.id, zaad: zaad.trim() });
      klaar(`Er is geloot voor “${beraad.onderwerp}”. De ingelote mensen staan in de tabel.`);
    } catch (err) {
      const velden = veldfoutenVan(err);
      if (velden.zaad) {
        flushSync(() => zetZaadFout(velden.zaad));
        document.querySelector<HTMLElement>('[name="zaad"]')?.focus();
      } else {
        zetFout(foutmelding(err, 'Loten is niet gelukt.'));
      }
    } finally {
      zetBezig(false);
    }
  };

  return (
    <section className="buurtwerk-blok" aria-labelledby="beraad-kop">
      <Heading2 id="beraad-kop">{beraad.onderwerp}</Heading2>
      <Paragraph>
        {STATUS[beraad.status] ?? beraad.status}. Omvang {beraad.grootte}; aanmelden tot {datumTijd(beraad.aanmeldenTot)}.
        Toevalsgetal: {beraad.zaadBron}
        {beraad.zaadToezegging ? ` (hash vooraf vastgelegd: ${beraad.zaadToezegging.slice(0, 16)}…)` : ''}.
      </Paragraph>
      <Heading3>Quota</Heading3>
      <ul>
        {kenmerken.map((k) => (
          <li key={k.sleutel}>
            {k.naam}: {k.waarden.map((w) => `${w.label} ${w.min}–${w.max}`).join(', ')}
          </li>
        ))}
      </ul>
      {fout && <Foutmelding>{fout}</Foutmelding>}
      {beraad.status === 'AANMELDEN' && (
        <>
          <Paragraph className="buurtwerk-klein">
            De verdeling geeft iedereen een zo groot mogelijke kans (LEXIMIN): eerst de kleinste kans zo groot mogelijk, dan de op
            één na kleinste, enzovoort. Berekenen sluit de aanmelding en kan enkele seconden duren.
          </Paragraph>
          {!bevestig && (
            <Button ref={berekenKnop} appearance="primary-action-button" disabled={bezig} onClick={() => zetBevestig(true)}>
              Verdeling berekenen
            </Button>
          )}
          {bevestig && (
            <Bevestiging
              label={`Bevestigen: verdeling berekenen voor ${beraad.onderwerp}`}
              vraag="Na het berekenen kan niemand zich meer aanmelden. De verdeling en de kansen worden openbaar vóór de loting."
              jaTekst="Ja, verdeling berekenen"
              ja={() => void berekenen()}
              nee={() => {
                flushSync(() => zetBevestig(false));
                berekenKnop.current?.focus();
              }}
            />
          )}
          {bezig && <Paragraph role="status">Bezig met berekenen …</Paragraph>}
        </>
      )}
      {beraad.status !== 'AANMELDEN' && (
        <dl className="buurtwerk-feitenlijst">
          <dt>Kleinste kans (LEXIMIN)</dt>
          <dd>{procent(beraad.minimaleKans)}</dd>
          <dt>Kleinste kans bij een eenvoudige loting</dt>
          <dd>{procent(beraad.naieveMinimaleKans)} (geschat uit nagespeelde lotingen met dezelfde quota)</dd>
          <dt>Samenstellingen in de verdeling</dt>
          <dd>{beraad.panelenInVerdeling}</dd>
          <dt>Hash van de invoer</dt>
          <dd>
            <code>{beraad.invoerHash}</code>
          </dd>
          {beraad.status === 'GELOOT' && (
            <>
              <dt>Zaad</dt>
              <dd>
                <code>{beraad.zaad}</code>
              </dd>
              <dt>Lotgetal</dt>
              <dd>{beraad.lotgetal}</dd>
              <dt>Gekozen samenstelling</dt>
              <dd>
                nummer {beraad.gekozenPanel} (geloot op {beraad.gelootOp ? datumTijd(beraad.gelootOp) : '–'})
              </dd>
            </>
          )}
        </dl>
      )}
      {beraad.status === 'VERDELING_BEREKEND' && (
        <form id="beraad-loten" noValidate onSubmit={(e) => void loten(e)} aria-labelledby="loten-kop">
          <Heading3 id="loten-kop">Loten</Heading3>
          <FormFieldTextbox
            name="zaad"
            label="Zaad (het openbare toevalsgetal)"
            description={`Uit de vooraf bekendgemaakte bron: ${beraad.zaadBron}.`}
            autoComplete="off"
            required
            value={zaad}
            onChange={(e) => zetZaad((e.target as HTMLInputElement).value)}
            invalid={Boolean(zaadFout)}
            errorMessage={zaadFout}
          />
          <Button type="submit" appearance="primary-action-button" disabled={bezig}>
            Loten
          </Button>
        </form>
      )}
      <Heading3>Aanmeldingen</Heading3>
      {lijst === null ? (
        <Paragraph role="status">Laden …</Paragraph>
      ) : (
        <Aanmeldingen beraad={beraad} kenmerken={kenmerken} lijst={lijst} />
      )}
    </section>
  );
}

/** Burgerberaden: set one up, compute the fair distribution, draw with the public seed, see who was drawn. */
export function BurgerberadenPagina({ ik }: { ik: Ik | null }) {
  usePaginatitel('Burgerberaden', APP_NAAM);
  const [beraden, zetBeraden] = useState<Beraad[] | null>(null);
  const [gekozen, zetGekozen] = useState('');
  const [fout, zetFout] = useState<string | null>(null);
  const [melding, zetMelding] = useState<string | null>(null);
  const magBeheren = heeftRol(ik?.rollen, 'BELEIDSMEDEWERKER', 'BEHEERDER');

  const laad = useCallback(async (): Promise<void> => {
    try {
      zetBeraden((await vraag(BERADEN)).burgerberaden);
      zetFout(null);
    } catch (e) {
      zetFout(foutmelding(e, 'De burgerberaden konden niet worden geladen.'));
    }
  }, []);
  useEffect(() => {
    void laad();
  }, [laad]);

  const klaar = (m: string): void => {
    zetMelding(m);
    void laad();
  };
  const beraad = beraden?.find((b) => b.id === gekozen);
  return (
    <>
      <Heading1>Burgerberaden</Heading1>
      <Paragraph appearance="lead">
        Een burgerberaad wordt geloot uit bewoners die zich aanmelden, binnen quota per kenmerk. De verdeling geeft iedereen een
        zo groot mogelijke kans en wordt openbaar vóór de loting; het toevalsgetal komt uit een vooraf bekendgemaakte bron.
      </Paragraph>
      <Statusmelding melding={melding} />
      {fout && <Foutmelding>{fout}</Foutmelding>}
      {!magBeheren && <Paragraph>Burgerberaden instellen en loten kunnen beleidsmedewerkers en beheerders.</Paragraph>}
      {magBeheren && beraden === null && !fout && <Paragraph role="status">Laden …</Paragraph>}
      {magBeheren && beraden !== null && (
        <>
          {beraden.length > 0 && (
            <Keuzeveld
              id="beraad-kiezen"
              naam="beraad"
              label="Burgerberaad"
              leeg="Kies een burgerberaad"
              waarde={gekozen}
              keuzes={beraden.map((b) => ({ waarde: b.id, tekst: `${b.onderwerp} (${STATUS[b.status] ?? b.status})` }))}
              onKies={zetGekozen}
            />
          )}
          {beraad && <Beraadbeheer key={`${beraad.id}-${beraad.status}`} beraad={beraad} klaar={klaar} />}
          <Instellen klaar={klaar} />
        </>
      )}
    </>
  );
}
