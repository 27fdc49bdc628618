import {
  Alert,
  Button,
  FormFieldTextarea,
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
import { datum, vandaag } from '@web-gedeeld/datum';
import { foutmelding, leesbareFout } from '@web-gedeeld/fouten';
import { Foutsamenvatting } from '@web-gedeeld/foutsamenvatting';
import { useIk } from '@web-gedeeld/gebruiker';
import { AppLink, usePaginatitel } from '@web-gedeeld/router';
import { type FormEvent, useEffect, useState } from 'react';
import { graphql } from '../gql';
import type { BuurtportaalOpenPlannenQuery, BuurtportaalVerslagQuery, Standpunt } from '../gql/graphql';
import { APP_NAAM } from '../naam';

const PLANNEN = graphql(`
  query BuurtportaalOpenPlannen {
    openPlannen {
      id
      titel
      omschrijving
      afdeling
      startdatum
      einddatum
      vraag
      openVan
      openTot
      open
      aantalReacties
      buurten {
        naam
      }
    }
  }
`);

const REAGEREN = graphql(`
  mutation BuurtportaalPlanReageren($participatieId: ID!, $input: PlanReactieInput!) {
    planReageren(participatieId: $participatieId, input: $input) {
      id
    }
  }
`);

const VERSLAG = graphql(`
  query BuurtportaalVerslag($id: ID!) {
    participatieverslag(participatieId: $id) {
      titel
      afdeling
      vraag
      buurten
      regisseursGeinformeerdOp
      aantalGeinformeerdeRegisseurs
      gepubliceerdOp
      openVan
      openTot
      reacties
      voor
      tegen
      neutraal
      zonderStandpunt
      vanBewoners
      vanPartners
      beantwoord
      onbeantwoord
      antwoorden {
        standpunt
        van
        ontvangenOp
        antwoord
      }
    }
  }
`);

type Plan = BuurtportaalOpenPlannenQuery['openPlannen'][number];

const STANDPUNT: Record<Standpunt, string> = { VOOR: 'Voor', TEGEN: 'Tegen', NEUTRAAL: 'Neutraal' };

/** Plans of the municipality that residents can react to early (Omgevingswet). */
export function PlannenPagina() {
  usePaginatitel('Plannen in je buurt', APP_NAAM);
  const [plannen, zetPlannen] = useState<Plan[] | null>(null);
  const [fout, zetFout] = useState<string | null>(null);
  const { ik } = useIk();
  useEffect(() => {
    let actueel = true;
    vraag(PLANNEN)
      .then((d) => actueel && zetPlannen(d.openPlannen))
      .catch((e: unknown) => actueel && zetFout(foutmelding(e)));
    return () => {
      actueel = false;
    };
  }, []);
  return (
    <>
      <Heading1>Plannen in je buurt</Heading1>
      <Paragraph appearance="lead">
        De gemeente legt plannen voor je leefomgeving vroeg aan je voor. Zeg wat je ervan vindt: de gemeente antwoordt op elke
        reactie en laat in een verslag zien wat ermee is gedaan.
      </Paragraph>
      {fout && (
        <Alert type="error" role="alert">
          <Paragraph>{fout}</Paragraph>
        </Alert>
      )}
      {!plannen ? (
        <Paragraph role="status">Laden …</Paragraph>
      ) : plannen.length === 0 ? (
        <Paragraph>Er liggen nu geen plannen voor.</Paragraph>
      ) : (
        plannen.map((p) => (
          <section key={p.id} aria-labelledby={`plan-${p.id}`} className="buurtwerk-agenda-plan">
            <Heading2 id={`plan-${p.id}`}>{p.titel}</Heading2>
            <Paragraph className="buurtwerk-klein">
              {p.afdeling} · {p.buurten.map((b) => b.naam).join(', ')} · start {datum(p.startdatum)}
              {p.einddatum ? `, klaar ${datum(p.einddatum)}` : ''}
            </Paragraph>
            {p.omschrijving && <Paragraph>{p.omschrijving}</Paragraph>}
            <Paragraph>
              <strong>De vraag aan de buurt:</strong> {p.vraag}
            </Paragraph>
            <Paragraph>
              {p.open
                ? `Reageren kan tot en met ${datum(p.openTot)}.`
                : vandaag() < p.openVan
                  ? `Reageren kan vanaf ${datum(p.openVan)}.`
                  : `Reageren kon tot en met ${datum(p.openTot)}.`}{' '}
              {p.aantalReacties === 1 ? '1 reactie' : `${p.aantalReacties} reacties`} ontvangen.{' '}
              <AppLink naar={`/plannen/${p.id}/verslag`}>Participatieverslag van {p.titel}</AppLink>
            </Paragraph>
            {p.open &&
              (ik ? (
                <Reageren plan={p} />
              ) : (
                <Paragraph>
                  <AppLink naar={`/inloggen?terug=${encodeURIComponent('/plannen')}`}>Log in</AppLink> om te reageren.
                </Paragraph>
              ))}
          </section>
        ))
      )}
    </>
  );
}

function Reageren({ plan }: { plan: Plan }) {
  const [tekst, zetTekst] = useState('');
  const [standpunt, zetStandpunt] = useState<Standpunt | null>(null);
  const [fouten, zetFouten] = useState<Record<string, string>>({});
  const [fout, zetFout] = useState<string | null>(null);
  const [klaar, zetKlaar] = useState(false);
  const v = `reactie-${plan.id}`;
  const verstuur = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (!tekst.trim()) {
      zetFouten({ [v]: 'Schrijf je reactie op het plan.' });
      document.querySelector<HTMLElement>(`[name="${v}"]`)?.focus();
      return;
    }
    try {
      await vraag(REAGEREN, { participatieId: plan.id, input: { tekst: tekst.trim(), standpunt } });
      zetKlaar(true);
    } catch (err) {
      const r = leesbareFout(err, { tekst: { naam: v, label: 'Reactie' } }, 'Reageren is niet gelukt.');
      zetFouten(r.perVeld);
      zetFout(r.algemeen);
    }
  };
  if (klaar) {
    return (
      <Alert type="ok">
        <Paragraph>
          Bedankt voor je reactie op “{plan.titel}”. De gemeente antwoordt; je leest het antwoord in het participatieverslag.
        </Paragraph>
      </Alert>
    );
  }
  return (
    <form noValidate onSubmit={(e) => void verstuur(e)} aria-label={`Reageren op ${plan.titel}`}>
      <Heading3>Reageren</Heading3>
      <Foutsamenvatting fouten={fouten} algemeen={fout} />
      <FormFieldTextarea
        name={v}
        label="Je reactie"
        description="Schrijf geen namen, adressen of telefoonnummers van anderen op."
        rows={4}
        value={tekst}
        onChange={(e) => zetTekst(e.target.value)}
        invalid={Boolean(fouten[v])}
        errorMessage={fouten[v]}
      />
      <fieldset className="buurtwerk-fieldset utrecht-form-field">
        <legend className="utrecht-form-label">Ben je voor of tegen het plan? (niet verplicht)</legend>
        {(['VOOR', 'TEGEN', 'NEUTRAAL'] as const).map((s) => (
          <div key={s} className="buurtwerk-keuze">
            <RadioButton
              id={`${v}-${s}`}
              name={`${v}-standpunt`}
              value={s}
              checked={standpunt === s}
              onChange={() => zetStandpunt(s)}
            />{' '}
            <FormLabel htmlFor={`${v}-${s}`} type="radio">
              {STANDPUNT[s]}
            </FormLabel>
          </div>
        ))}
      </fieldset>
      <Button type="submit" appearance="primary-action-button">
        Reactie versturen
      </Button>
    </form>
  );
}

/** The participation report of one plan: how the buurt was involved and what was done with the reactions. */
export function VerslagPagina({ id }: { id: string }) {
  const [verslag, zetVerslag] = useState<BuurtportaalVerslagQuery['participatieverslag'] | undefined>(undefined);
  const [fout, zetFout] = useState<string | null>(null);
  usePaginatitel(verslag ? `Participatieverslag ${verslag.titel}` : 'Participatieverslag', APP_NAAM);
  useEffect(() => {
    let actueel = true;
    vraag(VERSLAG, { id })
      .then((d) => actueel && zetVerslag(d.participatieverslag ?? null))
      .catch((e: unknown) => actueel && zetFout(foutmelding(e)));
    return () => {
      actueel = false;
    };
  }, [id]);
  if (fout) {
    return (
      <Alert type="error" role="alert">
        <Paragraph>{fout}</Paragraph>
      </Alert>
    );
  }
  if (verslag === undefined) {
    return <Paragraph role="status">Laden …</Paragraph>;
  }
  if (verslag === null) {
    return (
      <>
        <Heading1>Verslag niet gevonden</Heading1>
        <Paragraph>
          Dit plan ligt (nog) niet voor aan bewoners. <AppLink naar="/plannen">Naar de plannen</AppLink>
        </Paragraph>
      </>
    );
  }
  return (
    <>
      <Heading1>Participatieverslag: {verslag.titel}</Heading1>
      <Paragraph appearance="lead">
        Hoe de buurt bij dit plan van {verslag.afdeling} is betrokken en wat er met de reacties is gedaan. Dit verslag komt
        rechtstreeks uit het dossier.
      </Paragraph>
      <Heading2>Hoe de buurt is betrokken</Heading2>
      <Paragraph>
        Het plan raakt {verslag.buurten.join(', ')}. Eerst{' '}
        {verslag.aantalGeinformeerdeRegisseurs === 1
          ? 'is de buurtregisseur'
          : `zijn ${verslag.aantalGeinformeerdeRegisseurs} buurtregisseurs`}{' '}
        geïnformeerd, op {datum(vandaag(new Date(verslag.regisseursGeinformeerdOp)))}. Daarna kon iedereen reageren van{' '}
        {datum(verslag.openVan)} tot en met {datum(verslag.openTot)} op de vraag: “{verslag.vraag}”
      </Paragraph>
      <div className="buurtwerk-tabel" role="region" aria-labelledby="verslag-telling" tabIndex={0}>
        <Table>
          <TableCaption id="verslag-telling">Reacties in cijfers</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Wat</TableHeaderCell>
              <TableHeaderCell scope="col">Aantal</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {(
              [
                ['Reacties', verslag.reacties],
                ['Voor', verslag.voor],
                ['Tegen', verslag.tegen],
                ['Neutraal', verslag.neutraal],
                ['Zonder standpunt', verslag.zonderStandpunt],
                ['Van bewoners', verslag.vanBewoners],
                ['Van partners', verslag.vanPartners],
                ['Beantwoord', verslag.beantwoord],
                ['Nog niet beantwoord', verslag.onbeantwoord],
              ] as const
            ).map(([wat, n]) => (
              <TableRow key={wat}>
                <TableHeaderCell scope="row">{wat}</TableHeaderCell>
                <TableCell>{n}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <Heading2>Wat er met de reacties is gedaan</Heading2>
      {verslag.antwoorden.length === 0 ? (
        <Paragraph>Er zijn geen reacties ontvangen.</Paragraph>
      ) : (
        <ol>
          {verslag.antwoorden.map((a, i) => (
            <li key={i}>
              <Paragraph>
                Reactie van {a.van} op {datum(a.ontvangenOp)}
                {a.standpunt ? ` (${STANDPUNT[a.standpunt].toLowerCase()})` : ''}:{' '}
                {a.antwoord ?? 'de gemeente heeft nog niet geantwoord.'}
              </Paragraph>
            </li>
          ))}
        </ol>
      )}
      <Paragraph>
        <AppLink naar="/plannen">Terug naar de plannen</AppLink>
      </Paragraph>
    </>
  );
}
