import { Alert, Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useVraag, useWijziging } from '@web-gedeeld/data';
import { datumTijd } from '@web-gedeeld/datum';
import { foutmelding } from '@web-gedeeld/fouten';
import { AppLink, usePaginatitel } from '@web-gedeeld/router';
import { useEffect, useRef, useState } from 'react';
import { graphql } from '../gql';
import type { BuurtportaalMijnBijeenkomstaanmeldingenQuery } from '../gql/graphql';
import { APP_NAAM } from '../naam';

const MIJN_AANMELDINGEN = graphql(`
  query BuurtportaalMijnBijeenkomstaanmeldingen {
    mijnBijeenkomstaanmeldingen {
      id
      status
      wachtlijstPositie
      aangemeldOp
      bijeenkomst {
        id
        titel
        begin
        locatie
        status
      }
    }
  }
`);

const AFMELDEN = graphql(`
  mutation BuurtportaalMijnBijeenkomstaanmeldingAfmelden($id: ID!) {
    mijnBijeenkomstaanmeldingAfmelden(aanmeldingId: $id) {
      id
      status
    }
  }
`);

type Aanmelding = BuurtportaalMijnBijeenkomstaanmeldingenQuery['mijnBijeenkomstaanmeldingen'][number];

function stand(a: Aanmelding): string {
  switch (a.status) {
    case 'AANGEMELD':
      return 'Aangemeld';
    case 'WACHTLIJST':
      return a.wachtlijstPositie ? `Op de wachtlijst, plaats ${a.wachtlijstPositie}` : 'Op de wachtlijst';
    case 'TE_BEVESTIGEN':
      return 'Nog niet bevestigd: open de link in je e-mail';
    case 'AFGEMELD':
      return 'Afgemeld';
  }
}

/** One sign-up; cancelling asks first, because the place goes to the next person at once. */
function AanmeldingKaart({ a, afgemeld }: { a: Aanmelding; afgemeld: (titel: string) => void }) {
  const [vraagt, zetVraagt] = useState(false);
  const afmelden = useWijziging(AFMELDEN, [MIJN_AANMELDINGEN]);
  const kanAfmelden = a.status !== 'AFGEMELD' && a.bijeenkomst.status === 'GEPLAND';
  const kop = `aanmelding-${a.id}`;
  return (
    <section className="buurtwerk-blok" aria-labelledby={kop}>
      <Heading2 id={kop}>{a.bijeenkomst.titel}</Heading2>
      <dl className="buurtwerk-feitenlijst">
        <dt>Wanneer</dt>
        <dd>{datumTijd(a.bijeenkomst.begin)}</dd>
        <dt>Waar</dt>
        <dd>{a.bijeenkomst.locatie}</dd>
        <dt>Je aanmelding</dt>
        <dd>
          <span className={`buurtwerk-label${a.status === 'AFGEMELD' ? ' buurtwerk-label--geannuleerd' : ''}`}>{stand(a)}</span>
        </dd>
        {a.bijeenkomst.status !== 'GEPLAND' && (
          <>
            <dt>Bijeenkomst</dt>
            <dd>{a.bijeenkomst.status === 'GEANNULEERD' ? 'Gaat niet door' : 'Is al geweest'}</dd>
          </>
        )}
      </dl>
      {afmelden.error && (
        <Alert type="error" role="alert">
          <Paragraph>{foutmelding(afmelden.error, 'Afmelden is niet gelukt. Probeer het opnieuw.')}</Paragraph>
        </Alert>
      )}
      {kanAfmelden && !vraagt && (
        <Button type="button" appearance="secondary-action-button" onClick={() => zetVraagt(true)}>
          Afmelden voor {a.bijeenkomst.titel}
        </Button>
      )}
      {kanAfmelden && vraagt && (
        <div role="group" aria-labelledby={`${kop}-vraag`}>
          <Paragraph id={`${kop}-vraag`}>
            <strong>Wil je je afmelden voor {a.bijeenkomst.titel}?</strong> Je plaats (of je plaats op de wachtlijst) gaat dan
            naar de volgende.
          </Paragraph>
          <div className="buurtwerk-knoppen">
            <Button
              type="button"
              appearance="primary-action-button"
              disabled={afmelden.isPending}
              onClick={() => afmelden.mutate({ id: a.id }, { onSuccess: () => afgemeld(a.bijeenkomst.titel) })}
            >
              Ja, meld me af
            </Button>
            <Button type="button" appearance="subtle-button" onClick={() => zetVraagt(false)}>
              Nee, ik kom wel
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}

/**
 * "Mijn aanmeldingen" (issue 19, point 4): the network meetings you signed up for while signed
 * in, and cancelling one without a code: the account shows it is yours.
 */
export function MijnAanmeldingenPagina() {
  usePaginatitel('Mijn aanmeldingen', APP_NAAM);
  const { data, error, isPending } = useVraag(MIJN_AANMELDINGEN);
  const [afgemeld, zetAfgemeld] = useState<string | null>(null);
  const melding = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (afgemeld) {
      melding.current?.focus();
    }
  }, [afgemeld]);
  const aanmeldingen = data?.mijnBijeenkomstaanmeldingen ?? [];
  return (
    <>
      <Heading1>Mijn aanmeldingen</Heading1>
      <Paragraph>
        De netwerkbijeenkomsten waarvoor je je aanmeldde terwijl je was ingelogd. Aangemeld zonder in te loggen? Gebruik dan de
        afmeldlink of de afmeldcode uit je e-mail: <AppLink naar="/afmelden">afmelden met je afmeldcode</AppLink>.
      </Paragraph>
      <div role="status">
        {afgemeld && (
          <Alert type="ok">
            <Heading2 ref={melding} tabIndex={-1}>
              Je bent afgemeld voor {afgemeld}
            </Heading2>
            <Paragraph>
              Je krijgt een bevestiging per e-mail. Stond er iemand op de wachtlijst, dan krijgt die jouw plaats.
            </Paragraph>
          </Alert>
        )}
        {isPending && <Paragraph>Laden …</Paragraph>}
      </div>
      {error && (
        <Alert type="error" role="alert">
          <Paragraph>{foutmelding(error, 'Je aanmeldingen konden niet worden geladen. Probeer het later opnieuw.')}</Paragraph>
        </Alert>
      )}
      {data && aanmeldingen.length === 0 && (
        <Paragraph>
          Je hebt je nog niet aangemeld voor een netwerkbijeenkomst.{' '}
          <AppLink naar="/bijeenkomsten">Bekijk de netwerkbijeenkomsten</AppLink>.
        </Paragraph>
      )}
      {aanmeldingen.map((a) => (
        <AanmeldingKaart key={a.id} a={a} afgemeld={zetAfgemeld} />
      ))}
    </>
  );
}
