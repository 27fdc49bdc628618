import {
  Alert,
  Button,
  FormFieldTextarea,
  FormFieldTextbox,
  Heading1,
  Heading2,
  Heading3,
  Paragraph,
} from '@utrecht/component-library-react';
import { vraag } from '@web-gedeeld/api';
import { datum, datumTijd, vandaag } from '@web-gedeeld/datum';
import { foutmelding, leesbareFout } from '@web-gedeeld/fouten';
import { Foutsamenvatting } from '@web-gedeeld/foutsamenvatting';
import { usePaginatitel } from '@web-gedeeld/router';
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { graphql } from '../gql';
import type { RegiepaneelPlannenQuery, RegiepaneelPlanReactiesQuery } from '../gql/graphql';
import { APP_NAAM } from '../naam';

const PLANNEN = graphql(`
  query RegiepaneelPlannen {
    plannen {
      id
      titel
      afdeling
      startdatum
      buurten {
        naam
      }
      buurtregisseurs {
        naam
      }
    }
    planParticipaties {
      id
      planId
      status
      open
      vraag
      openVan
      openTot
      aantalReacties
    }
  }
`);

const VOORBEREIDEN = graphql(`
  mutation RegiepaneelParticipatieVoorbereiden($planId: ID!, $input: ParticipatieInput!) {
    planParticipatieVoorbereiden(planId: $planId, input: $input) {
      id
    }
  }
`);

const PUBLICEREN = graphql(`
  mutation RegiepaneelParticipatiePubliceren($id: ID!) {
    planParticipatiePubliceren(id: $id) {
      id
    }
  }
`);

const REACTIES = graphql(`
  query RegiepaneelPlanReacties($id: ID!) {
    planReacties(participatieId: $id) {
      id
      tekst
      standpunt
      ingediendOp
      antwoord
      organisatie {
        naam
      }
    }
  }
`);

const BEANTWOORDEN = graphql(`
  mutation RegiepaneelReactieBeantwoorden($id: ID!, $antwoord: String!) {
    planReactieBeantwoorden(id: $id, antwoord: $antwoord) {
      id
    }
  }
`);

type Plan = RegiepaneelPlannenQuery['plannen'][number];
type Participatie = RegiepaneelPlannenQuery['planParticipaties'][number];
type Reactie = RegiepaneelPlanReactiesQuery['planReacties'][number];

/** Plans and their early participation: inform the buurtregisseurs, publish, answer reactions. */
export function PlannenPagina() {
  usePaginatitel('Plannen en participatie', APP_NAAM);
  const [gegevens, zetGegevens] = useState<RegiepaneelPlannenQuery | null>(null);
  const [fout, zetFout] = useState<string | null>(null);
  const [melding, zetMelding] = useState<string | null>(null);
  const laad = useCallback(async () => zetGegevens(await vraag(PLANNEN)), []);
  useEffect(() => {
    laad().catch((e: unknown) => zetFout(foutmelding(e, 'De plannen konden niet worden geladen.')));
  }, [laad]);
  const gewijzigd = (tekst: string) => {
    zetMelding(tekst);
    zetFout(null);
    void laad();
  };
  return (
    <>
      <Heading1>Plannen en participatie</Heading1>
      <Paragraph>
        Leg een plan vroeg aan de buurt voor (Omgevingswet). De buurtregisseurs van de geraakte buurten horen het eerst; daarna
        publiceer je het voor bewoners en partners, beantwoord je hun reacties en volgt het participatieverslag uit het dossier.
      </Paragraph>
      {fout && (
        <Alert type="error" role="alert">
          <Paragraph>{fout}</Paragraph>
        </Alert>
      )}
      <div role="status">{melding && <Paragraph>{melding}</Paragraph>}</div>
      {!gegevens ? (
        <Paragraph>Plannen laden …</Paragraph>
      ) : gegevens.plannen.length === 0 ? (
        <Paragraph>Er zijn nog geen plannen geregistreerd.</Paragraph>
      ) : (
        gegevens.plannen.map((p) => (
          <PlanKaart
            key={p.id}
            plan={p}
            participatie={gegevens.planParticipaties.find((x) => x.planId === p.id) ?? null}
            naWijziging={gewijzigd}
          />
        ))
      )}
    </>
  );
}

function PlanKaart({
  plan: p,
  participatie,
  naWijziging,
}: {
  plan: Plan;
  participatie: Participatie | null;
  naWijziging: (t: string) => void;
}) {
  const v = `plan-${p.id}`;
  const [vraagTekst, zetVraag] = useState(participatie?.vraag ?? '');
  const [openVan, zetOpenVan] = useState(participatie?.openVan ?? vandaag());
  const [openTot, zetOpenTot] = useState(participatie?.openTot ?? '');
  const [fouten, zetFouten] = useState<Record<string, string>>({});
  const [fout, zetFout] = useState<string | null>(null);

  const voorbereiden = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    const f: Record<string, string> = {};
    if (!vraagTekst.trim()) {
      f[`${v}-vraag`] = 'Schrijf op wat je de buurt vraagt.';
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(openVan)) {
      f[`${v}-van`] = 'Vul de eerste dag in als JJJJ-MM-DD.';
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(openTot)) {
      f[`${v}-tot`] = 'Vul de laatste dag in als JJJJ-MM-DD.';
    }
    zetFouten(f);
    if (Object.keys(f).length > 0) {
      return;
    }
    try {
      await vraag(VOORBEREIDEN, { planId: p.id, input: { vraag: vraagTekst.trim(), openVan, openTot } });
      naWijziging(`De buurtregisseurs van “${p.titel}” zijn geïnformeerd.`);
    } catch (err) {
      const r = leesbareFout(
        err,
        {
          vraag: { naam: `${v}-vraag`, label: 'Vraag' },
          openVan: { naam: `${v}-van`, label: 'Eerste dag' },
          openTot: { naam: `${v}-tot`, label: 'Laatste dag' },
        },
        'Voorbereiden is niet gelukt.',
      );
      zetFouten(r.perVeld);
      zetFout(r.algemeen);
    }
  };
  const publiceren = async (): Promise<void> => {
    try {
      await vraag(PUBLICEREN, { id: participatie!.id });
      naWijziging(`“${p.titel}” ligt nu voor aan de buurt.`);
    } catch (err) {
      zetFout(foutmelding(err, 'Publiceren is niet gelukt.'));
    }
  };
  return (
    <section aria-labelledby={`${v}-kop`} className="buurtwerk-kaart">
      <Heading2 id={`${v}-kop`}>{p.titel}</Heading2>
      <Paragraph className="buurtwerk-klein">
        {p.afdeling} · {p.buurten.map((b) => b.naam).join(', ')} · start {datum(p.startdatum)} · buurtregisseurs:{' '}
        {p.buurtregisseurs.map((m) => m.naam).join(', ') || 'geen'}
      </Paragraph>
      <Foutsamenvatting fouten={fouten} algemeen={fout} />
      {participatie?.status === 'GEPUBLICEERD' ? (
        <>
          <Paragraph>
            Ligt voor aan de buurt: reageren {participatie.open ? 'kan' : 'kon'} van {datum(participatie.openVan)} tot en met{' '}
            {datum(participatie.openTot)}. {participatie.aantalReacties}{' '}
            {participatie.aantalReacties === 1 ? 'reactie' : 'reacties'}.{' '}
            <a href={`/buurtportaal/plannen/${participatie.id}/verslag`}>Participatieverslag van {p.titel}</a>
          </Paragraph>
          <Reacties participatieId={participatie.id} titel={p.titel} />
        </>
      ) : (
        <>
          {participatie && (
            <Paragraph>
              De buurtregisseurs zijn geïnformeerd; bewoners zien het plan nog niet.{' '}
              <Button appearance="primary-action-button" onClick={() => void publiceren()}>
                Publiceren voor bewoners: {p.titel}
              </Button>
            </Paragraph>
          )}
          <form noValidate onSubmit={(e) => void voorbereiden(e)} aria-label={`Participatie voorbereiden voor ${p.titel}`}>
            <Heading3>{participatie ? 'Opnieuw voorbereiden' : 'Participatie voorbereiden'}</Heading3>
            <FormFieldTextarea
              name={`${v}-vraag`}
              label="Wat vraag je de buurt?"
              rows={2}
              value={vraagTekst}
              onChange={(e) => zetVraag(e.target.value)}
              invalid={Boolean(fouten[`${v}-vraag`])}
              errorMessage={fouten[`${v}-vraag`]}
            />
            <FormFieldTextbox
              name={`${v}-van`}
              label="Eerste dag om te reageren"
              description="JJJJ-MM-DD"
              value={openVan}
              onChange={(e) => zetOpenVan((e.target as HTMLInputElement).value)}
              invalid={Boolean(fouten[`${v}-van`])}
              errorMessage={fouten[`${v}-van`]}
            />
            <FormFieldTextbox
              name={`${v}-tot`}
              label="Laatste dag om te reageren"
              description="JJJJ-MM-DD"
              value={openTot}
              onChange={(e) => zetOpenTot((e.target as HTMLInputElement).value)}
              invalid={Boolean(fouten[`${v}-tot`])}
              errorMessage={fouten[`${v}-tot`]}
            />
            <Button type="submit" appearance="secondary-action-button">
              Buurtregisseurs informeren
            </Button>
          </form>
        </>
      )}
    </section>
  );
}

function Reacties({ participatieId, titel }: { participatieId: string; titel: string }) {
  const [reacties, zetReacties] = useState<Reactie[] | null>(null);
  const [fout, zetFout] = useState<string | null>(null);
  const laad = useCallback(
    async () => zetReacties((await vraag(REACTIES, { id: participatieId })).planReacties),
    [participatieId],
  );
  useEffect(() => {
    laad().catch((e: unknown) => zetFout(foutmelding(e)));
  }, [laad]);
  if (fout) {
    return (
      <Alert type="error" role="alert">
        <Paragraph>{fout}</Paragraph>
      </Alert>
    );
  }
  if (!reacties) {
    return <Paragraph>Reacties laden …</Paragraph>;
  }
  return (
    <>
      <Heading3>Reacties op {titel}</Heading3>
      {reacties.length === 0 ? (
        <Paragraph>Nog geen reacties.</Paragraph>
      ) : (
        <ol>
          {reacties.map((r, i) => (
            <li key={r.id}>
              <Antwoorden reactie={r} nummer={i + 1} naAntwoord={() => void laad()} />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

function Antwoorden({ reactie: r, nummer, naAntwoord }: { reactie: Reactie; nummer: number; naAntwoord: () => void }) {
  const [antwoord, zetAntwoord] = useState(r.antwoord ?? '');
  const [fouten, zetFouten] = useState<Record<string, string>>({});
  const [fout, zetFout] = useState<string | null>(null);
  const v = `antwoord-${r.id}`;
  const verstuur = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (!antwoord.trim()) {
      zetFouten({ [v]: 'Schrijf wat de gemeente met deze reactie doet.' });
      return;
    }
    try {
      await vraag(BEANTWOORDEN, { id: r.id, antwoord: antwoord.trim() });
      zetFouten({});
      zetFout(null);
      naAntwoord();
    } catch (err) {
      const res = leesbareFout(err, { antwoord: { naam: v, label: 'Antwoord' } }, 'Beantwoorden is niet gelukt.');
      zetFouten(res.perVeld);
      zetFout(res.algemeen);
    }
  };
  return (
    <>
      <Paragraph>
        {r.organisatie ? r.organisatie.naam : 'Bewoner'}, {datumTijd(r.ingediendOp)}
        {r.standpunt ? ` (${r.standpunt.toLowerCase()})` : ''}: {r.tekst}
      </Paragraph>
      <Foutsamenvatting fouten={fouten} algemeen={fout} />
      <form noValidate onSubmit={(e) => void verstuur(e)} aria-label={`Reactie ${nummer} beantwoorden`}>
        <FormFieldTextarea
          name={v}
          label={`Antwoord op reactie ${nummer}`}
          rows={2}
          value={antwoord}
          onChange={(e) => zetAntwoord(e.target.value)}
          invalid={Boolean(fouten[v])}
          errorMessage={fouten[v]}
        />
        <Button type="submit" appearance="secondary-action-button">
          {r.antwoord ? `Antwoord ${nummer} wijzigen` : `Antwoord ${nummer} opslaan`}
        </Button>
      </form>
    </>
  );
}
