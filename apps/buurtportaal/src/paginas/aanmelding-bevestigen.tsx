import { Alert, Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { vraag } from '@web-gedeeld/api';
import { foutmelding } from '@web-gedeeld/fouten';
import { AppLink, useLocatie, usePaginatitel } from '@web-gedeeld/router';
import { useEffect, useRef, useState } from 'react';
import { graphql } from '../gql';
import type { BuurtportaalAanmeldingBevestigenMutation } from '../gql/graphql';
import { APP_NAAM } from '../naam';

const BEVESTIGEN = graphql(`
  mutation BuurtportaalAanmeldingBevestigen($aanmeldingId: ID!, $code: String!) {
    aanmeldingBevestigen(aanmeldingId: $aanmeldingId, code: $code) {
      id
      status
      wachtlijstPositie
    }
  }
`);

type Bevestigd = BuurtportaalAanmeldingBevestigenMutation['aanmeldingBevestigen'];

function Uitkomst({ a, afmeldpad }: { a: Bevestigd; afmeldpad: string }) {
  const kop = useRef<HTMLHeadingElement>(null);
  useEffect(() => kop.current?.focus(), []);
  if (a.status === 'AFGEMELD') {
    return (
      <Alert type="info">
        <Heading2 ref={kop} tabIndex={-1}>
          Je bent al afgemeld
        </Heading2>
        <Paragraph>Deze aanmelding is eerder afgemeld. Wil je toch komen? Meld je dan opnieuw aan.</Paragraph>
      </Alert>
    );
  }
  const wachtlijst = a.status === 'WACHTLIJST';
  return (
    <Alert type={wachtlijst ? 'warning' : 'ok'}>
      <Heading2 ref={kop} tabIndex={-1}>
        {wachtlijst ? 'Bevestigd: je staat op de wachtlijst' : 'Bevestigd: je bent aangemeld'}
      </Heading2>
      <Paragraph>
        {wachtlijst
          ? `De bijeenkomst is vol. Je staat op plaats ${a.wachtlijstPositie ?? '?'} van de wachtlijst. Komt er een plaats vrij, dan krijg je bericht.`
          : 'Je aanmelding is definitief. Je krijgt een bevestiging per e-mail.'}
      </Paragraph>
      <Paragraph>
        Kun je toch niet komen? <AppLink naar={afmeldpad}>Meld je af</AppLink>; de link staat ook in je e-mail.
      </Paragraph>
    </Alert>
  );
}

/**
 * The page the link in the confirmation mail opens. Confirming takes a click, not just opening
 * the page: mail scanners that open links must not confirm a sign-up for the person.
 */
export function AanmeldingBevestigenPagina() {
  usePaginatitel('Aanmelding bevestigen', APP_NAAM);
  const { zoek } = useLocatie();
  const aanmelding = zoek.get('aanmelding') ?? '';
  const code = zoek.get('code') ?? '';
  const [fout, zetFout] = useState<string | null>(null);
  const [uitkomst, zetUitkomst] = useState<Bevestigd | null>(null);
  const [bezig, zetBezig] = useState(false);
  const afmeldpad = `/afmelden?aanmelding=${encodeURIComponent(aanmelding)}&code=${encodeURIComponent(code)}`;

  const bevestig = async (): Promise<void> => {
    zetFout(null);
    zetBezig(true);
    try {
      const { aanmeldingBevestigen } = await vraag(BEVESTIGEN, { aanmeldingId: aanmelding, code });
      zetUitkomst(aanmeldingBevestigen);
    } catch (e) {
      zetFout(foutmelding(e, 'Bevestigen is niet gelukt.'));
    } finally {
      zetBezig(false);
    }
  };

  return (
    <>
      <Heading1>Aanmelding bevestigen</Heading1>
      <div role="status">{uitkomst && <Uitkomst a={uitkomst} afmeldpad={afmeldpad} />}</div>
      {fout && (
        <Alert type="error" role="alert">
          <Paragraph>{fout}</Paragraph>
        </Alert>
      )}
      {!uitkomst &&
        (aanmelding === '' || code === '' ? (
          <Paragraph>
            Deze link is niet compleet. Open de link uit de e-mail die je na het aanmelden kreeg, of meld je opnieuw aan.
          </Paragraph>
        ) : (
          <>
            <Paragraph>
              Je hebt je aangemeld voor een netwerkbijeenkomst. We houden je plek vast tot je bevestigt. Kom je? Bevestig dan
              hieronder.
            </Paragraph>
            <Button type="button" appearance="primary-action-button" disabled={bezig} onClick={() => void bevestig()}>
              Ja, ik kom: bevestigen
            </Button>
            <Paragraph>
              Heb je je niet aangemeld, of kom je toch niet? Dan hoef je niets te doen: zonder bevestiging vervalt de aanmelding
              vanzelf.
            </Paragraph>
          </>
        ))}
      <Paragraph>
        <AppLink naar="/bijeenkomsten">Naar de netwerkbijeenkomsten</AppLink>
      </Paragraph>
    </>
  );
}
