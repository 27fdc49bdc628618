import { Alert, Heading1, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { foutmelding, vraag } from '@web-gedeeld/api';
import { datum, datumTijd } from '@web-gedeeld/datum';
import { euro } from '@web-gedeeld/geld';
import { statusnaam } from '@web-gedeeld/initiatief';
import { AppLink, usePaginatitel } from '@web-gedeeld/router';
import { useEffect, useState } from 'react';
import { graphql } from '../gql';
import type { BuurtportaalMijnInitiatievenQuery } from '../gql/graphql';
import { APP_NAAM } from '../naam';

const MIJN = graphql(`
  query BuurtportaalMijnInitiatieven {
    mijnInitiatieven {
      id
      referentie
      titel
      status
      ingediendOp
      beslissenUiterlijk
      aanvullingVerzoek
      aanvullenUiterlijk
      aanvragen {
        id
        instrument {
          naam
        }
        gevraagdBedrag
        toegekendBedrag
        vastgesteldBedrag
      }
      besluit {
        uitkomst
        motivering
        genomenOp
        verleendBedrag
        bezwaarMogelijkTot
      }
      historie {
        van
        naar
        op
        toelichting
      }
    }
  }
`);

type Initiatief = BuurtportaalMijnInitiatievenQuery['mijnInitiatieven'][number];

function InitiatiefKaart({ i }: { i: Initiatief }) {
  const kop = `kop-${i.id}`;
  return (
    <section className="buurtwerk-blok" aria-labelledby={kop}>
      <Heading2 id={kop}>{i.titel}</Heading2>
      <dl className="buurtwerk-feitenlijst">
        <dt>Status</dt>
        <dd>
          <span
            data-testid="status"
            className={`buurtwerk-label${i.status === 'AFGEWEZEN' ? ' buurtwerk-label--geannuleerd' : ''}`}
          >
            {statusnaam(i.status)}
          </span>
        </dd>
        {i.status !== 'CONCEPT' && (
          <>
            <dt>Kenmerk</dt>
            <dd>{i.referentie}</dd>
          </>
        )}
        {i.ingediendOp && (
          <>
            <dt>Ingediend op</dt>
            <dd>{datumTijd(i.ingediendOp)}</dd>
          </>
        )}
        {i.beslissenUiterlijk && !i.besluit && (
          <>
            <dt>Besluit uiterlijk</dt>
            <dd>{datum(i.beslissenUiterlijk)}</dd>
          </>
        )}
      </dl>
      {i.status === 'CONCEPT' && (
        <Paragraph>
          Dit is een concept: nog niet ingediend. <AppLink naar={`/idee/${i.id}`}>Verder met “{i.titel}”</AppLink>
        </Paragraph>
      )}
      {i.status === 'AANVULLING_GEVRAAGD' && i.aanvullingVerzoek && (
        <Alert type="warning">
          <Paragraph>
            De gemeente vraagt je om aanvulling: {i.aanvullingVerzoek}
            {i.aanvullenUiterlijk ? ` Graag uiterlijk ${datum(i.aanvullenUiterlijk)}.` : ''} Tot dan staat de beslistermijn stil.
          </Paragraph>
        </Alert>
      )}
      {i.besluit && (
        <section aria-labelledby={`besluit-${i.id}`}>
          <Heading3 id={`besluit-${i.id}`}>Besluit: {i.besluit.uitkomst === 'TOEGEKEND' ? 'toegekend' : 'afgewezen'}</Heading3>
          <Paragraph>{i.besluit.motivering}</Paragraph>
          <dl className="buurtwerk-feitenlijst">
            <dt>Besloten op</dt>
            <dd>{datumTijd(i.besluit.genomenOp)}</dd>
            {i.besluit.uitkomst === 'TOEGEKEND' && (
              <>
                <dt>Toegekend</dt>
                <dd>{euro(i.besluit.verleendBedrag)}</dd>
              </>
            )}
            <dt>Bezwaar maken kan tot en met</dt>
            <dd>{datum(i.besluit.bezwaarMogelijkTot)}</dd>
          </dl>
          <Paragraph className="buurtwerk-klein">
            Ben je het niet eens met dit besluit? Dan kun je tot en met {datum(i.besluit.bezwaarMogelijkTot)} bezwaar maken bij de
            gemeente Heerlen (Algemene wet bestuursrecht, artikel 6:7).
          </Paragraph>
        </section>
      )}
      {i.aanvragen.length > 0 && (
        <>
          <Heading3>Gevraagde ondersteuning</Heading3>
          <ul>
            {i.aanvragen.map((a) => (
              <li key={a.id}>
                {a.instrument.naam}
                {a.gevraagdBedrag != null ? `: gevraagd ${euro(a.gevraagdBedrag)}` : ''}
                {a.toegekendBedrag != null ? `, toegekend ${euro(a.toegekendBedrag)}` : ''}
                {a.vastgesteldBedrag != null ? `, vastgesteld ${euro(a.vastgesteldBedrag)}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      <details>
        <summary>Geschiedenis ({i.historie.length})</summary>
        <ol>
          {i.historie.map((h, n) => (
            <li key={n}>
              {datumTijd(h.op)}: {h.van ? `${statusnaam(h.van)} → ` : ''}
              {statusnaam(h.naar)}
              {h.toelichting ? ` (${h.toelichting})` : ''}
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}

/** The resident's own initiatives: status, deadlines, decisions with the objection deadline, history. */
export function MijnInitiatievenPagina() {
  usePaginatitel('Mijn initiatieven', APP_NAAM);
  const [lijst, zetLijst] = useState<Initiatief[] | null>(null);
  const [fout, zetFout] = useState<string | null>(null);
  useEffect(() => {
    let actueel = true;
    vraag(MIJN)
      .then((d) => actueel && zetLijst(d.mijnInitiatieven))
      .catch((e: unknown) => actueel && zetFout(foutmelding(e, 'Je initiatieven konden niet worden geladen.')));
    return () => {
      actueel = false;
    };
  }, []);
  return (
    <>
      <Heading1>Mijn initiatieven</Heading1>
      <Paragraph>
        Hier volg je je ideeën: de status, wanneer de gemeente uiterlijk beslist, het besluit en tot wanneer je bezwaar kunt
        maken. <AppLink naar="/idee">Nieuw idee indienen</AppLink>
      </Paragraph>
      {fout && (
        <Alert type="error" role="alert">
          <Paragraph>{fout}</Paragraph>
        </Alert>
      )}
      <p role="status" className="buurtwerk-klein">
        {lijst === null
          ? 'Laden …'
          : lijst.length === 0
            ? 'Je hebt nog geen initiatieven.'
            : `${lijst.length} ${lijst.length === 1 ? 'initiatief' : 'initiatieven'}.`}
      </p>
      {lijst?.map((i) => (
        <InitiatiefKaart key={i.id} i={i} />
      ))}
    </>
  );
}
