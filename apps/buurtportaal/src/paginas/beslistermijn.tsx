/**
 * The decision term in the resident's file (issue 17): a term that stands still for an aanvulling
 * (Awb 4:15), a delay with both terms (Awb 4:14), the notice of default and the penalty (Awb 4:17).
 */
import { Alert, Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import { vraag } from '@web-gedeeld/api';
import { foutmelding } from '@web-gedeeld/fouten';
import { datum } from '@web-gedeeld/datum';
import { euro } from '@web-gedeeld/geld';
import { useState } from 'react';
import { graphql } from '../gql';

const IN_GEBREKE_STELLEN = graphql(`
  mutation BuurtportaalIngebrekestelling($id: ID!) {
    ingebrekestellingIndienen(id: $id) {
      id
    }
  }
`);

export interface TermijnGegevens {
  id: string;
  titel: string;
  beslissenUiterlijk?: string | null;
  opgeschortTot?: string | null;
  ingebrekestellingMogelijk: boolean;
  verdaging?: { oorspronkelijkeTermijn: string; nieuweTermijn: string; motivering: string } | null;
  dwangsom?: {
    ingebrekestellingOntvangen: string;
    verschuldigdVanaf: string;
    fase: string;
    dagen: number;
    bedrag: number;
    besluit?: { verschuldigd: boolean; bedrag: number; motivering: string } | null;
  } | null;
}

export function Beslistermijn({ i, gewijzigd }: { i: TermijnGegevens; gewijzigd: (melding: string) => void }) {
  const [fout, zetFout] = useState<string | null>(null);
  const [bezig, zetBezig] = useState(false);
  const kop = `termijn-${i.id}`;
  if (!i.opgeschortTot && !i.verdaging && !i.dwangsom && !i.ingebrekestellingMogelijk) {
    return null;
  }

  const inGebrekeStellen = async (): Promise<void> => {
    zetBezig(true);
    zetFout(null);
    try {
      await vraag(IN_GEBREKE_STELLEN, { id: i.id });
      gewijzigd(`Je hebt de gemeente in gebreke gesteld voor “${i.titel}”.`);
    } catch (e) {
      zetFout(foutmelding(e, 'De ingebrekestelling is niet verstuurd. Probeer het opnieuw.'));
    } finally {
      zetBezig(false);
    }
  };

  return (
    <section aria-labelledby={kop}>
      <Heading3 id={kop}>Beslistermijn</Heading3>
      {i.opgeschortTot && (
        <Paragraph data-testid="opgeschort">
          De beslistermijn staat stil tot je de aanvulling geeft, en uiterlijk tot en met {datum(i.opgeschortTot)} (Algemene wet
          bestuursrecht, artikel 4:15).
        </Paragraph>
      )}
      {i.verdaging && (
        <Paragraph data-testid="verdaging">
          De gemeente heeft meer tijd genomen: eerst uiterlijk {datum(i.verdaging.oorspronkelijkeTermijn)}, nu uiterlijk{' '}
          {datum(i.verdaging.nieuweTermijn)} (artikel 4:14). De reden: {i.verdaging.motivering}
        </Paragraph>
      )}
      {i.dwangsom && (
        <Paragraph data-testid="dwangsom">
          Je hebt de gemeente op {datum(i.dwangsom.ingebrekestellingOntvangen)} in gebreke gesteld.{' '}
          {i.dwangsom.fase === 'WACHTTIJD'
            ? `Beslist de gemeente niet vóór ${datum(i.dwangsom.verschuldigdVanaf)}, dan krijg je vanaf die dag een dwangsom per dag (artikel 4:17).`
            : `De dwangsom is ${euro(i.dwangsom.bedrag)} over ${i.dwangsom.dagen} ${i.dwangsom.dagen === 1 ? 'dag' : 'dagen'}${i.dwangsom.fase === 'LOOPT' ? ' en loopt door tot het besluit (hoogstens 42 dagen)' : ''}.`}
          {i.dwangsom.besluit &&
            ` De gemeente heeft besloten: ${i.dwangsom.besluit.verschuldigd ? `je krijgt ${euro(i.dwangsom.besluit.bedrag)}` : 'je krijgt geen dwangsom'}. ${i.dwangsom.besluit.motivering}`}
        </Paragraph>
      )}
      {i.ingebrekestellingMogelijk && (
        <>
          <Paragraph>
            De gemeente heeft niet op tijd beslist (uiterlijk{' '}
            {i.beslissenUiterlijk ? datum(i.beslissenUiterlijk) : 'de beslistermijn'}). Je kunt de gemeente in gebreke stellen.
            Beslist zij dan niet binnen twee weken, dan krijg je een dwangsom voor elke dag dat zij te laat is: € 23 per dag de
            eerste 14 dagen, € 35 de volgende 14 dagen en daarna € 45, hoogstens 42 dagen (artikel 4:17).
          </Paragraph>
          {fout && (
            <Alert type="error" role="alert">
              <Paragraph>{fout}</Paragraph>
            </Alert>
          )}
          <Button appearance="secondary-action-button" disabled={bezig} onClick={() => void inGebrekeStellen()}>
            Ingebrekestelling indienen
          </Button>
        </>
      )}
    </section>
  );
}
