import {
  Button,
  Checkbox,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormFieldTextarea,
  FormFieldTextbox,
  FormLabel,
  Heading1,
  Heading2,
  Heading3,
  Paragraph,
  RadioButton,
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
import { controleerDatum, foutmelding, type FormVeld, leesbareFout } from '@web-gedeeld/fouten';
import { Foutsamenvatting } from '@web-gedeeld/foutsamenvatting';
import type { Ik } from '@web-gedeeld/gebruiker';
import { usePaginatitel } from '@web-gedeeld/router';
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { amsterdamsMoment } from '../amsterdam';
import { Foutmelding, heeftRol, Keuzeveld, Statusmelding } from '../beheervelden';
import { graphql } from '../gql';
import type {
  ConciergeVerzoekStatus,
  RegiepaneelConciergesQuery,
  RegiepaneelConciergeWerkQuery,
  RegiepaneelConciergePilotcijfersQuery,
} from '../gql/graphql';
import { APP_NAAM } from '../naam';

const CONCIERGES = graphql(`
  query RegiepaneelConcierges {
    buurtconcierges {
      id
      naam
      buurten
      beschikbaarheid
    }
    mijnConciergeschap {
      id
      naam
      buurten
      buurtIds
      beschikbaarheid
    }
    signaalcategorieen {
      naam
      afdeling
    }
  }
`);

/** The concierge's own work: loaded only for a concierge (staff who are not one need not read residents' requests). */
const MIJN_WERK = graphql(`
  query RegiepaneelConciergeWerk {
    conciergeVerzoeken {
      id
      buurt
      buurtId
      soort
      omschrijving
      naam
      status
      signaalReferentie
      reactie
      gevraagdOp
      opgepaktOp
    }
    conciergeLogboek {
      id
      buurt
      datum
      soort
      categorie
      minuten
      notitie
      naamMetToestemming
      doorverwezen
    }
  }
`);

const BUURTEN = graphql(`
  query RegiepaneelConciergeBuurten {
    buurten {
      id
      naam
      wijk {
        naam
      }
    }
  }
`);

const AANSTELLEN = graphql(`
  mutation RegiepaneelConciergeAanstellen($input: BuurtconciergeInput!) {
    buurtconciergeAanstellen(input: $input) {
      id
      naam
      buurten
    }
  }
`);

const OPPAKKEN = graphql(`
  mutation RegiepaneelConciergeOppakken($id: ID!) {
    conciergeVerzoekOppakken(id: $id) {
      id
      status
    }
  }
`);

const AFRONDEN = graphql(`
  mutation RegiepaneelConciergeAfronden($input: ConciergeAfrondenInput!) {
    conciergeVerzoekAfronden(input: $input) {
      id
      status
    }
  }
`);

const DOORZETTEN = graphql(`
  mutation RegiepaneelConciergeDoorzetten($input: ConciergeDoorzettenInput!) {
    conciergeVerzoekDoorzetten(input: $input) {
      id
      signaalReferentie
      reactie
    }
  }
`);

const LOGBOEK = graphql(`
  mutation RegiepaneelConciergeLogboek($input: ConciergeLogregelInput!) {
    conciergeLogboekSchrijven(input: $input)
  }
`);

const PILOTCIJFERS = graphql(`
  query RegiepaneelConciergePilotcijfers($jaar: Int) {
    conciergePilotcijfers(jaar: $jaar) {
      buurt
      buurtcode
      verzoeken
      opgepakt
      afgerond
      gemiddeldeReactietijdUren
      doorverwijzingen
      contacten
      taken
      uren
    }
  }
`);

type Gegevens = RegiepaneelConciergesQuery & Partial<RegiepaneelConciergeWerkQuery>;
type Verzoek = RegiepaneelConciergeWerkQuery['conciergeVerzoeken'][number];
type Cijfers = RegiepaneelConciergePilotcijfersQuery['conciergePilotcijfers'][number];
type Fouten = Record<string, string>;

const STATUS: Record<ConciergeVerzoekStatus, string> = {
  NIEUW: 'Nieuw',
  OPGEPAKT: 'Opgepakt',
  DOORGEZET: 'Doorgezet naar een afdeling',
  AFGEROND: 'Afgerond',
};

const getal = (n: number): string => n.toLocaleString('nl-NL', { maximumFractionDigits: 1 });

/** Shows the errors (rendered first) and moves focus to the first field with one (WCAG 3.3.1). */
function toon(formulier: HTMLFormElement | null, fouten: Fouten, zet: (f: Fouten) => void, volgorde: readonly string[]): void {
  flushSync(() => zet(fouten));
  const eerste = volgorde.find((v) => fouten[v]) ?? Object.keys(fouten)[0];
  if (formulier && eerste) {
    formulier.querySelector<HTMLElement>(`[name="${CSS.escape(eerste)}"]`)?.focus();
  }
}

function Aanstellen({ klaar }: { klaar: (m: string) => void }) {
  const [buurten, zetBuurten] = useState<Array<{ id: string; naam: string; wijk: { naam: string } }> | null>(null);
  const [gebruikerId, zetGebruikerId] = useState('');
  const [naam, zetNaam] = useState('');
  const [gekozen, zetGekozen] = useState<string[]>([]);
  const [beschikbaarheid, zetBeschikbaarheid] = useState('');
  const [fouten, zetFouten] = useState<Fouten>({});
  const [fout, zetFout] = useState<string | null>(null);
  const formulier = useRef<HTMLFormElement>(null);
  const volgorde = ['gebruikerId', 'naam', 'buurtIds', 'beschikbaarheid'];

  useEffect(() => {
    vraag(BUURTEN)
      .then((d) => zetBuurten(d.buurten))
      .catch((e: unknown) => zetFout(foutmelding(e, 'De buurten konden niet worden geladen.')));
  }, []);

  const verstuur = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    zetFout(null);
    const f: Fouten = {};
    if (gebruikerId.trim() === '') {
      f.gebruikerId = 'Vul de gebruikers-id in waarmee de conciërge inlogt.';
    }
    if (naam.trim() === '') {
      f.naam = 'Vul de naam van de conciërge in.';
    }
    if (gekozen.length === 0) {
      f.buurtIds = 'Kies minstens één buurt.';
    } else if (gekozen.length > 10) {
      f.buurtIds = 'Kies hoogstens tien buurten.';
    }
    if (beschikbaarheid.trim() === '') {
      f.beschikbaarheid = 'Schrijf op wanneer en waar bewoners de conciërge treffen.';
    }
    toon(formulier.current, f, zetFouten, volgorde);
    if (Object.keys(f).length > 0) {
      return;
    }
    try {
      const { buurtconciergeAanstellen: c } = await vraag(AANSTELLEN, {
        input: { gebruikerId: gebruikerId.trim(), naam: naam.trim(), buurtIds: gekozen, beschikbaarheid: beschikbaarheid.trim() },
      });
      zetGebruikerId('');
      zetNaam('');
      zetGekozen([]);
      zetBeschikbaarheid('');
      klaar(`${c.naam} is buurtconciërge in ${c.buurten.join(' en ')}.`);
    } catch (err) {
      const r = leesbareFout(
        err,
        {
          gebruikerId: { naam: 'gebruikerId', label: 'Gebruikers-id' },
          naam: { naam: 'naam', label: 'Naam' },
          buurtIds: { naam: 'buurtIds', label: 'Buurten' },
          beschikbaarheid: { naam: 'beschikbaarheid', label: 'Beschikbaarheid' },
        },
        'Aanstellen is niet gelukt.',
      );
      zetFout(r.algemeen);
      toon(formulier.current, r.perVeld, zetFouten, volgorde);
    }
  };

  return (
    <form
      ref={formulier}
      noValidate
      onSubmit={(e) => void verstuur(e)}
      aria-labelledby="aanstellen-kop"
      className="buurtwerk-blok"
      id="concierge-aanstellen"
    >
      <Heading2 id="aanstellen-kop">Conciërge aanstellen</Heading2>
      <Paragraph className="buurtwerk-klein">
        Stel je dezelfde gebruikers-id opnieuw aan, dan veranderen de buurten en de beschikbaarheid van die conciërge.
      </Paragraph>
      <Foutsamenvatting id="aanstellen-fouten" fouten={fouten} algemeen={fout} />
      <FormFieldTextbox
        name="gebruikerId"
        label="Gebruikers-id"
        description="De id waarmee de conciërge inlogt; de conciërge ziet dan de verzoeken van de eigen buurten."
        autoComplete="off"
        value={gebruikerId}
        onChange={(e) => zetGebruikerId((e.target as HTMLInputElement).value)}
        invalid={Boolean(fouten.gebruikerId)}
        errorMessage={fouten.gebruikerId}
      />
      <FormFieldTextbox
        name="naam"
        label="Naam"
        description="Zo zien bewoners de conciërge in het Buurtportaal."
        autoComplete="off"
        value={naam}
        onChange={(e) => zetNaam((e.target as HTMLInputElement).value)}
        invalid={Boolean(fouten.naam)}
        errorMessage={fouten.naam}
      />
      <fieldset
        className="buurtwerk-fieldset utrecht-form-field"
        aria-describedby={fouten.buurtIds ? 'aanstellen-buurten-fout' : undefined}
      >
        <legend className="utrecht-form-label">Buurten</legend>
        {fouten.buurtIds && <FormFieldErrorMessage id="aanstellen-buurten-fout">{fouten.buurtIds}</FormFieldErrorMessage>}
        {!buurten ? (
          <Paragraph role="status">Laden …</Paragraph>
        ) : (
          <div className="buurtwerk-buurtkeuze">
            {buurten.map((b, i) => (
              <div key={b.id} className="buurtwerk-keuze">
                <Checkbox
                  id={`aanstellen-buurt-${b.id}`}
                  // The first box carries the field's name, so the error summary's link lands on it.
                  name={i === 0 ? 'buurtIds' : `buurt-${i}`}
                  checked={gekozen.includes(b.id)}
                  invalid={Boolean(fouten.buurtIds)}
                  onChange={(e) => zetGekozen((g) => (e.target.checked ? [...g, b.id] : g.filter((x) => x !== b.id)))}
                />{' '}
                <FormLabel htmlFor={`aanstellen-buurt-${b.id}`} type="checkbox">
                  {b.naam} ({b.wijk.naam})
                </FormLabel>
              </div>
            ))}
          </div>
        )}
      </fieldset>
      <FormFieldTextarea
        name="beschikbaarheid"
        label="Beschikbaarheid"
        description="Wanneer en waar bewoners de conciërge treffen, bijvoorbeeld: ma–do 9.00–13.00, spreekuur in het buurthuis."
        rows={2}
        value={beschikbaarheid}
        onChange={(e) => zetBeschikbaarheid(e.target.value)}
        invalid={Boolean(fouten.beschikbaarheid)}
        errorMessage={fouten.beschikbaarheid}
      />
      <Button type="submit" appearance="primary-action-button">
        Conciërge aanstellen
      </Button>
    </form>
  );
}

/** One incoming request with what the concierge can do: pick up, complete with an answer, pass on. */
function VerzoekKaart({ v, g, klaar }: { v: Verzoek; g: Gegevens; klaar: (m: string) => void }) {
  const [reactie, zetReactie] = useState('');
  const [categorie, zetCategorie] = useState('');
  const [toelichting, zetToelichting] = useState('');
  const [fouten, zetFouten] = useState<Fouten>({});
  const [fout, zetFout] = useState<string | null>(null);
  const afronden = useRef<HTMLFormElement>(null);
  const doorzetten = useRef<HTMLFormElement>(null);
  const open = v.status === 'NIEUW' || v.status === 'OPGEPAKT';
  const veld = (n: string): string => `${n}-${v.id}`;
  const titel = `${v.soort === 'HULP' ? 'Hulpvraag' : 'Melding'} in ${v.buurt}, ${datumTijd(v.gevraagdOp)}`;

  const doe = async (
    e: FormEvent | null,
    formulier: HTMLFormElement | null,
    f: Fouten,
    actie: () => Promise<string>,
    velden: Record<string, FormVeld>,
  ): Promise<void> => {
    e?.preventDefault();
    zetFout(null);
    toon(formulier, f, zetFouten, Object.keys(f));
    if (Object.keys(f).length > 0) {
      return;
    }
    try {
      klaar(await actie());
    } catch (err) {
      const r = leesbareFout(err, velden, 'Dat is niet gelukt.');
      zetFout(r.algemeen);
      toon(formulier, r.perVeld, zetFouten, Object.keys(r.perVeld));
    }
  };

  return (
    <article className="buurtwerk-blok" aria-labelledby={`kop-${v.id}`}>
      <Heading3 id={`kop-${v.id}`}>{titel}</Heading3>
      <dl className="buurtwerk-feitenlijst">
        <dt>Vraag</dt>
        <dd>{v.omschrijving}</dd>
        <dt>Bewoner</dt>
        <dd>{v.naam ?? 'Geen naam gedeeld (geen toestemming)'}</dd>
        <dt>Stand</dt>
        <dd>
          {STATUS[v.status]}
          {v.opgepaktOp ? `, opgepakt ${datumTijd(v.opgepaktOp)}` : ''}
        </dd>
        {v.signaalReferentie && (
          <>
            <dt>Signaal</dt>
            <dd>{v.signaalReferentie}</dd>
          </>
        )}
        {v.reactie && (
          <>
            <dt>Reactie</dt>
            <dd>{v.reactie}</dd>
          </>
        )}
      </dl>
      {open && (
        <>
          <Foutsamenvatting id={`fouten-${v.id}`} fouten={fouten} algemeen={fout} />
          {v.status === 'NIEUW' && (
            <Button
              appearance="secondary-action-button"
              aria-label={`Oppakken: ${titel}`}
              onClick={() =>
                void doe(
                  null,
                  null,
                  {},
                  async () => {
                    await vraag(OPPAKKEN, { id: v.id });
                    return `Je hebt de ${v.soort === 'HULP' ? 'hulpvraag' : 'melding'} in ${v.buurt} opgepakt.`;
                  },
                  {},
                )
              }
            >
              Oppakken
            </Button>
          )}
          <form
            ref={afronden}
            noValidate
            aria-label={`Afronden: ${titel}`}
            onSubmit={(e) =>
              void doe(
                e,
                afronden.current,
                reactie.trim() === '' ? { [veld('reactie')]: 'Schrijf wat je hebt gedaan of wat je de bewoner laat weten.' } : {},
                async () => {
                  await vraag(AFRONDEN, { input: { id: v.id, reactie: reactie.trim() } });
                  return `Afgerond; de bewoner leest je reactie bij Mijn verzoeken.`;
                },
                { reactie: { naam: veld('reactie'), label: 'Reactie voor de bewoner' } },
              )
            }
          >
            <FormFieldTextarea
              name={veld('reactie')}
              id={veld('reactie')}
              label="Reactie voor de bewoner"
              rows={2}
              value={reactie}
              onChange={(e) => zetReactie(e.target.value)}
              invalid={Boolean(fouten[veld('reactie')])}
              errorMessage={fouten[veld('reactie')]}
            />
            <Button type="submit" appearance="secondary-action-button">
              Afronden
            </Button>
          </form>
          {!v.signaalReferentie && (
            <form
              ref={doorzetten}
              noValidate
              aria-label={`Doorzetten: ${titel}`}
              onSubmit={(e) =>
                void doe(
                  e,
                  doorzetten.current,
                  categorie === '' ? { [veld('categorie')]: 'Kies de afdeling waar het bij hoort.' } : {},
                  async () => {
                    const { conciergeVerzoekDoorzetten: d } = await vraag(DOORZETTEN, {
                      input: { id: v.id, categorie, toelichting: toelichting.trim() || null },
                    });
                    return d.reactie ?? `Doorgezet als signaal ${d.signaalReferentie ?? ''}.`;
                  },
                  {
                    categorie: { naam: veld('categorie'), label: 'Afdeling' },
                    toelichting: { naam: veld('toelichting'), label: 'Toelichting' },
                  },
                )
              }
            >
              <Keuzeveld
                id={veld('categorie')}
                naam={veld('categorie')}
                label="Doorzetten naar de afdeling van"
                beschrijving="Het wordt een signaal van de bewoner, met de termijn en reactie van die afdeling."
                leeg="Kies een onderwerp"
                waarde={categorie}
                keuzes={g.signaalcategorieen.map((c) => ({ waarde: c.naam, tekst: `${c.naam} (${c.afdeling})` }))}
                fout={fouten[veld('categorie')]}
                onKies={zetCategorie}
              />
              <FormFieldTextarea
                name={veld('toelichting')}
                id={veld('toelichting')}
                label="Toelichting voor de afdeling (niet verplicht)"
                rows={2}
                value={toelichting}
                onChange={(e) => zetToelichting(e.target.value)}
                invalid={Boolean(fouten[veld('toelichting')])}
                errorMessage={fouten[veld('toelichting')]}
              />
              <Button type="submit" appearance="secondary-action-button">
                Doorzetten naar de afdeling
              </Button>
            </form>
          )}
        </>
      )}
    </article>
  );
}

function Logboekformulier({ g, klaar }: { g: Gegevens; klaar: (m: string) => void }) {
  const mijn = g.mijnConciergeschap!;
  const leeg = {
    buurtId: mijn.buurtIds.length === 1 ? mijn.buurtIds[0] : '',
    datum: amsterdamsMoment(new Date().toISOString()).datum,
    soort: '',
    categorie: '',
    minuten: '',
    notitie: '',
    naamMetToestemming: '',
    verzoekId: '',
  };
  const [v, zetV] = useState(leeg);
  const [doorverwezen, zetDoorverwezen] = useState(false);
  const [fouten, zetFouten] = useState<Fouten>({});
  const [fout, zetFout] = useState<string | null>(null);
  const formulier = useRef<HTMLFormElement>(null);
  const volgorde = ['buurtId', 'datum', 'soort', 'categorie', 'minuten', 'notitie', 'naamMetToestemming', 'verzoekId'];
  const wijzig = (veld: keyof typeof leeg) => (w: string) => zetV((x) => ({ ...x, [veld]: w }));

  const verstuur = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    zetFout(null);
    const f: Fouten = {};
    if (!v.buurtId) {
      f.buurtId = 'Kies de buurt.';
    }
    const datumFout = controleerDatum(v.datum, 'Datum', true);
    if (datumFout) {
      f.datum = datumFout;
    }
    if (!v.soort) {
      f.soort = 'Kies contact of taak.';
    }
    if (v.categorie.trim() === '') {
      f.categorie = 'Vul een categorie in, bijvoorbeeld eenzaamheid of afval.';
    }
    if (!/^\d+$/.test(v.minuten.trim()) || Number(v.minuten) < 1 || Number(v.minuten) > 720) {
      f.minuten = 'Vul de tijd in hele minuten in, van 1 tot 720.';
    }
    if (v.notitie.trim() === '') {
      f.notitie = 'Schrijf in een paar woorden wat er gebeurde, zonder namen.';
    }
    toon(formulier.current, f, zetFouten, volgorde);
    if (Object.keys(f).length > 0) {
      return;
    }
    try {
      await vraag(LOGBOEK, {
        input: {
          buurtId: v.buurtId,
          datum: v.datum,
          soort: v.soort,
          categorie: v.categorie.trim(),
          minuten: Number(v.minuten),
          notitie: v.notitie.trim(),
          naamMetToestemming: v.naamMetToestemming.trim() || null,
          doorverwezen,
          verzoekId: v.verzoekId || null,
        },
      });
      zetV(leeg);
      zetDoorverwezen(false);
      klaar('De regel staat in je logboek.');
    } catch (err) {
      const r = leesbareFout(
        err,
        Object.fromEntries(volgorde.map((n) => [n, { naam: n, label: LOGLABELS[n] ?? n }])),
        'De regel kon niet worden opgeslagen.',
      );
      zetFout(r.algemeen);
      toon(formulier.current, r.perVeld, zetFouten, volgorde);
    }
  };

  return (
    <form ref={formulier} noValidate onSubmit={(e) => void verstuur(e)} aria-labelledby="logboek-kop" className="buurtwerk-blok">
      <Heading2 id="logboek-kop">Regel in het logboek</Heading2>
      <Paragraph className="buurtwerk-klein">
        Een licht logboek: contacten en taken, met categorie en tijd. Schrijf geen namen van bewoners op, tenzij ze daar
        toestemming voor gaven.
      </Paragraph>
      <Foutsamenvatting id="logboek-fouten" fouten={fouten} algemeen={fout} />
      <Keuzeveld
        id="logboek-buurt"
        naam="buurtId"
        label="Buurt"
        leeg="Kies een buurt"
        waarde={v.buurtId}
        keuzes={mijn.buurtIds.map((id, i) => ({ waarde: id, tekst: mijn.buurten[i] ?? '' }))}
        fout={fouten.buurtId}
        onKies={wijzig('buurtId')}
      />
      <FormFieldTextbox
        name="datum"
        type="date"
        label="Datum"
        value={v.datum}
        onChange={(e) => wijzig('datum')((e.target as HTMLInputElement).value)}
        invalid={Boolean(fouten.datum)}
        errorMessage={fouten.datum}
      />
      <fieldset
        className="buurtwerk-fieldset utrecht-form-field"
        aria-describedby={fouten.soort ? 'logboek-soort-fout' : undefined}
      >
        <legend className="utrecht-form-label">Soort</legend>
        {fouten.soort && <FormFieldErrorMessage id="logboek-soort-fout">{fouten.soort}</FormFieldErrorMessage>}
        {(
          [
            ['CONTACT', 'Contact (een gesprek, een praatje)'],
            ['TAAK', 'Taak (iets gedaan of geregeld)'],
          ] as const
        ).map(([waarde, label]) => (
          <div key={waarde} className="buurtwerk-keuze">
            <RadioButton
              id={`logboek-soort-${waarde}`}
              name="soort"
              value={waarde}
              checked={v.soort === waarde}
              invalid={Boolean(fouten.soort)}
              onChange={() => wijzig('soort')(waarde)}
            />{' '}
            <FormLabel htmlFor={`logboek-soort-${waarde}`} type="radio">
              {label}
            </FormLabel>
          </div>
        ))}
      </fieldset>
      <FormFieldTextbox
        name="categorie"
        label="Categorie"
        description="Bijvoorbeeld eenzaamheid, afval, geldzorgen, buren."
        autoComplete="off"
        value={v.categorie}
        onChange={(e) => wijzig('categorie')((e.target as HTMLInputElement).value)}
        invalid={Boolean(fouten.categorie)}
        errorMessage={fouten.categorie}
      />
      <FormFieldTextbox
        name="minuten"
        label="Tijd (minuten)"
        inputMode="numeric"
        size={4}
        value={v.minuten}
        onChange={(e) => wijzig('minuten')((e.target as HTMLInputElement).value)}
        invalid={Boolean(fouten.minuten)}
        errorMessage={fouten.minuten}
      />
      <FormFieldTextarea
        name="notitie"
        label="Wat gebeurde er?"
        description="Een paar woorden, zonder namen."
        rows={2}
        value={v.notitie}
        onChange={(e) => wijzig('notitie')(e.target.value)}
        invalid={Boolean(fouten.notitie)}
        errorMessage={fouten.notitie}
      />
      <FormFieldTextbox
        name="naamMetToestemming"
        label="Naam van de bewoner (alleen met toestemming)"
        description="Laat leeg als de bewoner geen toestemming gaf. Bij een verzoek zonder toestemming weigert het logboek een naam."
        autoComplete="off"
        value={v.naamMetToestemming}
        onChange={(e) => wijzig('naamMetToestemming')((e.target as HTMLInputElement).value)}
        invalid={Boolean(fouten.naamMetToestemming)}
        errorMessage={fouten.naamMetToestemming}
      />
      <Keuzeveld
        id="logboek-verzoek"
        naam="verzoekId"
        label="Hoort bij verzoek (niet verplicht)"
        leeg="Geen verzoek"
        waarde={v.verzoekId}
        keuzes={(g.conciergeVerzoeken ?? []).map((r) => ({
          waarde: r.id,
          tekst: `${r.soort === 'HULP' ? 'Hulpvraag' : 'Melding'} in ${r.buurt}, ${datumTijd(r.gevraagdOp)}`,
        }))}
        fout={fouten.verzoekId}
        onKies={wijzig('verzoekId')}
      />
      <FormField>
        <div className="buurtwerk-keuze">
          <Checkbox
            id="logboek-doorverwezen"
            name="doorverwezen"
            checked={doorverwezen}
            onChange={(e) => zetDoorverwezen(e.target.checked)}
          />{' '}
          <FormLabel htmlFor="logboek-doorverwezen" type="checkbox">
            Doorverwezen naar een afdeling of organisatie
          </FormLabel>
        </div>
        <FormFieldDescription className="buurtwerk-klein">Telt mee als doorverwijzing in de pilotcijfers.</FormFieldDescription>
      </FormField>
      <Button type="submit" appearance="primary-action-button">
        Regel opslaan
      </Button>
    </form>
  );
}

const LOGLABELS: Record<string, string> = {
  buurtId: 'Buurt',
  datum: 'Datum',
  soort: 'Soort',
  categorie: 'Categorie',
  minuten: 'Tijd',
  notitie: 'Wat gebeurde er',
  naamMetToestemming: 'Naam van de bewoner',
  verzoekId: 'Verzoek',
};

function Logboek({ g }: { g: Gegevens }) {
  const regels = g.conciergeLogboek ?? [];
  if (regels.length === 0) {
    return <Paragraph>Je logboek is nog leeg.</Paragraph>;
  }
  return (
    <div className="buurtwerk-tabel" role="region" aria-labelledby="logboek-bijschrift" tabIndex={0}>
      <Table>
        <TableCaption id="logboek-bijschrift">Mijn logboek (nieuwste eerst)</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Datum</TableHeaderCell>
            <TableHeaderCell scope="col">Buurt</TableHeaderCell>
            <TableHeaderCell scope="col">Soort</TableHeaderCell>
            <TableHeaderCell scope="col">Categorie</TableHeaderCell>
            <TableHeaderCell scope="col" className="buurtwerk-getal">
              Minuten
            </TableHeaderCell>
            <TableHeaderCell scope="col">Notitie</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {regels.map((r) => (
            <TableRow key={r.id}>
              <TableHeaderCell scope="row">{r.datum}</TableHeaderCell>
              <TableCell>{r.buurt}</TableCell>
              <TableCell>{r.soort === 'CONTACT' ? 'Contact' : 'Taak'}</TableCell>
              <TableCell>{r.categorie}</TableCell>
              <TableCell className="buurtwerk-getal">{r.minuten}</TableCell>
              <TableCell>
                {r.notitie}
                {r.naamMetToestemming ? ` (met ${r.naamMetToestemming}, met toestemming)` : ''}
                {r.doorverwezen ? ' Doorverwezen.' : ''}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** Colours with at least 3:1 contrast to white (WCAG 1.4.11). */
const KLEUR = { verzoeken: '#00576b', uren: '#b3541e' };

/** The pilot's evaluation figures per buurt: bars for requests and hours, and the same figures as a table. */
function Pilotcijfers() {
  const [jaar, zetJaar] = useState(String(new Date().getFullYear()));
  const [cijfers, zetCijfers] = useState<Cijfers[] | null>(null);
  const [fouten, zetFouten] = useState<Fouten>({});
  const [fout, zetFout] = useState<string | null>(null);
  const formulier = useRef<HTMLFormElement>(null);

  const laad = useCallback(async (j: string): Promise<void> => {
    zetFout(null);
    try {
      zetCijfers((await vraag(PILOTCIJFERS, { jaar: j === '' ? null : Number(j) })).conciergePilotcijfers);
    } catch (err) {
      zetCijfers(null);
      zetFout(foutmelding(err, 'De pilotcijfers konden niet worden geladen.'));
    }
  }, []);
  useEffect(() => {
    void laad(String(new Date().getFullYear()));
  }, [laad]);

  const toonJaar = (e: FormEvent): void => {
    e.preventDefault();
    const f: Fouten = {};
    if (jaar.trim() !== '' && !/^\d{4}$/.test(jaar.trim())) {
      f.jaar = 'Vul een jaar in met vier cijfers, bijvoorbeeld 2026, of laat het leeg voor alle jaren.';
    }
    toon(formulier.current, f, zetFouten, ['jaar']);
    if (Object.keys(f).length === 0) {
      void laad(jaar.trim());
    }
  };

  const max = Math.max(1, ...(cijfers ?? []).map((c) => Math.max(c.verzoeken, c.uren)));
  const periode = jaar.trim() === '' ? 'alle jaren' : jaar.trim();
  return (
    <section className="buurtwerk-blok" aria-labelledby="cijfers-kop">
      <Heading2 id="cijfers-kop">Pilotcijfers per buurt</Heading2>
      <form ref={formulier} noValidate aria-label="Pilotcijfers tonen" onSubmit={toonJaar}>
        <Foutsamenvatting id="cijfers-fouten" fouten={fouten} />
        <FormFieldTextbox
          name="jaar"
          label="Jaar"
          description="Leeg: alle jaren van de pilot."
          inputMode="numeric"
          size={4}
          value={jaar}
          onChange={(e) => zetJaar((e.target as HTMLInputElement).value)}
          invalid={Boolean(fouten.jaar)}
          errorMessage={fouten.jaar}
        />
        <Button type="submit" appearance="secondary-action-button">
          Cijfers tonen
        </Button>
      </form>
      {fout && <Foutmelding>{fout}</Foutmelding>}
      {cijfers && cijfers.length === 0 && <Paragraph>Er zijn nog geen buurten met een conciërge.</Paragraph>}
      {cijfers && cijfers.length > 0 && (
        <>
          <figure className="buurtwerk-grafiek" aria-labelledby="cijfers-grafiek">
            <figcaption id="cijfers-grafiek">Verzoeken en uren per buurt, {periode}</figcaption>
            <ul className="buurtwerk-staven">
              {cijfers.map((c) => (
                <li key={c.buurtcode}>
                  <span>
                    <strong>{c.buurt}:</strong> {c.verzoeken} verzoeken, {getal(c.uren)} uur.
                  </span>
                  {/* Decorative: the sentence above and the table below say the same in text. */}
                  <svg
                    className="buurtwerk-staaf"
                    viewBox="0 0 1000 40"
                    preserveAspectRatio="none"
                    width="100%"
                    height="40"
                    aria-hidden="true"
                    focusable="false"
                  >
                    <rect x={0} y={2} width={(1000 * c.verzoeken) / max} height={16} fill={KLEUR.verzoeken} />
                    <rect x={0} y={22} width={(1000 * c.uren) / max} height={16} fill={KLEUR.uren} />
                  </svg>
                </li>
              ))}
            </ul>
            <ul className="buurtwerk-legenda">
              <li>
                <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
                  <rect width={18} height={18} fill={KLEUR.verzoeken} />
                </svg>{' '}
                Verzoeken (bovenste staaf)
              </li>
              <li>
                <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
                  <rect width={18} height={18} fill={KLEUR.uren} />
                </svg>{' '}
                Uren (onderste staaf)
              </li>
            </ul>
          </figure>
          <div className="buurtwerk-tabel" role="region" aria-labelledby="cijfers-bijschrift" tabIndex={0}>
            <Table>
              <TableCaption id="cijfers-bijschrift">Pilotcijfers per buurt in cijfers, {periode}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Buurt</TableHeaderCell>
                  {[
                    'Verzoeken',
                    'Opgepakt',
                    'Afgehandeld',
                    'Reactietijd (uur, gemiddeld)',
                    'Doorverwijzingen',
                    'Contacten',
                    'Taken',
                    'Uren',
                  ].map((k) => (
                    <TableHeaderCell key={k} scope="col" className="buurtwerk-getal">
                      {k}
                    </TableHeaderCell>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {cijfers.map((c) => (
                  <TableRow key={c.buurtcode}>
                    <TableHeaderCell scope="row">{c.buurt}</TableHeaderCell>
                    {[
                      String(c.verzoeken),
                      String(c.opgepakt),
                      String(c.afgerond),
                      c.gemiddeldeReactietijdUren === null ? 'nog geen' : getal(c.gemiddeldeReactietijdUren),
                      String(c.doorverwijzingen),
                      String(c.contacten),
                      String(c.taken),
                      getal(c.uren),
                    ].map((w, i) => (
                      <TableCell key={i} className="buurtwerk-getal">
                        {w}
                      </TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </>
      )}
    </section>
  );
}

/** Buurtconciërges (pilot): assignments, the concierge's own requests and logbook, and the pilot's figures. */
export function BuurtconciergesPagina({ ik }: { ik: Ik | null }) {
  usePaginatitel('Buurtconciërges', APP_NAAM);
  const [g, zetG] = useState<Gegevens | null>(null);
  const [fout, zetFout] = useState<string | null>(null);
  const [melding, zetMelding] = useState<string | null>(null);
  const beleid = heeftRol(ik?.rollen, 'BELEIDSMEDEWERKER', 'BEHEERDER');
  const cijfers = beleid || heeftRol(ik?.rollen, 'BUURTREGISSEUR');

  const laad = useCallback(async (): Promise<void> => {
    try {
      const basis = await vraag(CONCIERGES);
      zetG(basis.mijnConciergeschap ? { ...basis, ...(await vraag(MIJN_WERK)) } : basis);
    } catch (e) {
      zetFout(foutmelding(e, 'De buurtconciërges konden niet worden geladen.'));
    }
  }, []);
  useEffect(() => {
    void laad();
  }, [laad]);
  const klaar = (m: string): void => {
    zetMelding(m);
    void laad();
  };

  const mijn = g?.mijnConciergeschap;
  return (
    <>
      <Heading1>Buurtconciërges</Heading1>
      <Paragraph appearance="lead">
        De pilot met buurtconciërges: een bekend gezicht in de straat. Bewoners vragen de conciërge om kleine hulp of melden iets
        in het Buurtportaal; de conciërge handelt het af of zet het door naar de afdeling.
      </Paragraph>
      <Statusmelding melding={melding} />
      {fout && <Foutmelding>{fout}</Foutmelding>}
      {!g && !fout && <Paragraph role="status">Laden …</Paragraph>}
      {g && (
        <>
          {mijn && (
            <section className="buurtwerk-blok" aria-labelledby="mijn-kop">
              <Heading2 id="mijn-kop">Verzoeken in mijn buurten</Heading2>
              <Paragraph>
                Je bent buurtconciërge in {mijn.buurten.join(' en ')} ({mijn.beschikbaarheid}).
              </Paragraph>
              {(g.conciergeVerzoeken ?? []).length === 0 ? (
                <Paragraph>Er zijn nog geen verzoeken.</Paragraph>
              ) : (
                (g.conciergeVerzoeken ?? []).map((v) => <VerzoekKaart key={v.id} v={v} g={g} klaar={klaar} />)
              )}
            </section>
          )}
          {mijn && <Logboekformulier g={g} klaar={klaar} />}
          {mijn && (
            <section className="buurtwerk-blok" aria-labelledby="mijn-logboek-kop">
              <Heading2 id="mijn-logboek-kop">Mijn logboek</Heading2>
              <Logboek g={g} />
            </section>
          )}
          <section className="buurtwerk-blok" aria-labelledby="concierges-kop">
            <Heading2 id="concierges-kop">Conciërges in de pilot</Heading2>
            {g.buurtconcierges.length === 0 ? (
              <Paragraph>Er is nog geen conciërge aangesteld.</Paragraph>
            ) : (
              <div className="buurtwerk-tabel" role="region" aria-labelledby="concierges-bijschrift" tabIndex={0}>
                <Table>
                  <TableCaption id="concierges-bijschrift">Conciërges, hun buurten en beschikbaarheid</TableCaption>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">Naam</TableHeaderCell>
                      <TableHeaderCell scope="col">Buurten</TableHeaderCell>
                      <TableHeaderCell scope="col">Beschikbaarheid</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {g.buurtconcierges.map((c) => (
                      <TableRow key={c.id}>
                        <TableHeaderCell scope="row">{c.naam}</TableHeaderCell>
                        <TableCell>{c.buurten.join(', ')}</TableCell>
                        <TableCell>{c.beschikbaarheid}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </div>
            )}
          </section>
          {beleid && <Aanstellen klaar={klaar} />}
          {cijfers && <Pilotcijfers />}
          {!mijn && !beleid && !cijfers && (
            <Paragraph>Je bent geen buurtconciërge; verzoeken en het logboek zie je alleen als conciërge.</Paragraph>
          )}
        </>
      )}
    </>
  );
}
