import { Alert, Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { vraag } from '@web-gedeeld/api';
import { datum, datumTijd } from '@web-gedeeld/datum';
import { foutmelding } from '@web-gedeeld/fouten';
import { AppLink, usePaginatitel } from '@web-gedeeld/router';
import { useEffect, useState } from 'react';
import { graphql } from '../gql';
import type { BuurtportaalMijnSignalenQuery, SignaalStatus } from '../gql/graphql';
import { APP_NAAM } from '../naam';

/** A resident sees the signals they reported (the API's `signalen` answers a BEWONER with their own). */
const MIJN_SIGNALEN = graphql(`
  query BuurtportaalMijnSignalen($after: String) {
    signalen(first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          referentie
          categorie
          omschrijving
          status
          afdeling
          gemeldOp
          reactieUiterlijk
          overTijd
          terugkoppeling
          buurt {
            code
            naam
          }
          buurtregisseur {
            naam
          }
        }
      }
    }
  }
`);

type Signaal = BuurtportaalMijnSignalenQuery['signalen']['edges'][number]['node'];

const STATUS: Record<SignaalStatus, string> = {
  NIEUW: 'Ontvangen',
  IN_BEHANDELING: 'In behandeling',
  DOORGEZET: 'Doorgezet naar de afdeling',
  AFGEHANDELD: 'Afgehandeld',
};

function SignaalKaart({ s }: { s: Signaal }) {
  return (
    <section className="buurtwerk-blok" aria-labelledby={`signaal-${s.id}`}>
      <Heading2 id={`signaal-${s.id}`}>
        {s.categorie} in {s.buurt.naam}
      </Heading2>
      <dl className="buurtwerk-feitenlijst">
        <dt>Kenmerk</dt>
        <dd>{s.referentie}</dd>
        <dt>Status</dt>
        <dd>
          <span className="buurtwerk-label">{STATUS[s.status]}</span>
        </dd>
        <dt>Gemeld op</dt>
        <dd>{datumTijd(s.gemeldOp)}</dd>
        {s.status !== 'AFGEHANDELD' && (
          <>
            <dt>Reactie uiterlijk</dt>
            <dd>
              {datum(s.reactieUiterlijk)}
              {s.overTijd ? ' (de termijn is verstreken; je buurtregisseur is op de hoogte)' : ''}
            </dd>
          </>
        )}
        {s.afdeling && (
          <>
            <dt>Afdeling</dt>
            <dd>{s.afdeling}</dd>
          </>
        )}
        {s.buurtregisseur && (
          <>
            <dt>Buurtregisseur</dt>
            <dd>{s.buurtregisseur.naam}</dd>
          </>
        )}
        <dt>Je melding</dt>
        <dd>{s.omschrijving}</dd>
        {s.terugkoppeling && (
          <>
            <dt>Reactie van de gemeente</dt>
            <dd>{s.terugkoppeling}</dd>
          </>
        )}
      </dl>
    </section>
  );
}

/** "Je krijgt bericht": here the resident follows every signal they reported (issue 19). */
export function MijnSignalenPagina() {
  usePaginatitel('Mijn signalen', APP_NAAM);
  const [lijst, zetLijst] = useState<Signaal[] | null>(null);
  const [totaal, zetTotaal] = useState(0);
  const [volgende, zetVolgende] = useState<string | null>(null);
  const [fout, zetFout] = useState<string | null>(null);
  const [bezig, zetBezig] = useState(false);

  useEffect(() => {
    let actueel = true;
    vraag(MIJN_SIGNALEN, { after: null })
      .then((d) => {
        if (actueel) {
          zetLijst(d.signalen.edges.map((e) => e.node));
          zetTotaal(d.signalen.totalCount);
          zetVolgende(d.signalen.pageInfo.hasNextPage ? (d.signalen.pageInfo.endCursor ?? null) : null);
        }
      })
      .catch((e: unknown) => actueel && zetFout(foutmelding(e, 'Je signalen konden niet worden geladen.')));
    return () => {
      actueel = false;
    };
  }, []);

  const meer = async (): Promise<void> => {
    zetBezig(true);
    try {
      const d = await vraag(MIJN_SIGNALEN, { after: volgende });
      zetLijst((l) => [...(l ?? []), ...d.signalen.edges.map((e) => e.node)]);
      zetVolgende(d.signalen.pageInfo.hasNextPage ? (d.signalen.pageInfo.endCursor ?? null) : null);
    } catch (e) {
      zetFout(foutmelding(e, 'Meer signalen laden is niet gelukt.'));
    } finally {
      zetBezig(false);
    }
  };

  return (
    <>
      <Heading1>Mijn signalen</Heading1>
      <Paragraph>
        Hier volg je wat je hebt gemeld: bij welke afdeling het ligt, wanneer je uiterlijk een reactie krijgt en wat de gemeente
        heeft gedaan. <AppLink naar="/signaal">Nieuw signaal melden</AppLink>
      </Paragraph>
      {fout && (
        <Alert type="error" role="alert">
          <Paragraph>{fout}</Paragraph>
        </Alert>
      )}
      <p role="status" className="buurtwerk-klein">
        {lijst === null
          ? 'Laden …'
          : totaal === 0
            ? 'Je hebt nog geen signalen gemeld.'
            : `${totaal} ${totaal === 1 ? 'signaal' : 'signalen'}${lijst.length < totaal ? `, ${lijst.length} getoond` : ''}.`}
      </p>
      {lijst?.map((s) => (
        <SignaalKaart key={s.id} s={s} />
      ))}
      {volgende && (
        <Button type="button" appearance="secondary-action-button" onClick={() => void meer()} disabled={bezig}>
          Meer signalen tonen
        </Button>
      )}
    </>
  );
}
