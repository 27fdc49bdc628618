import { Alert, Checkbox, FormLabel, Heading1, Heading2, Link, Paragraph } from '@utrecht/component-library-react';
import { useVraag } from '@web-gedeeld/data';
import { datum, vandaag } from '@web-gedeeld/datum';
import { foutmelding } from '@web-gedeeld/fouten';
import { usePaginatitel } from '@web-gedeeld/router';
import { useState } from 'react';
import { graphql } from '../gql';
import type { AmbtsdragerFunctie, BuurtportaalNevenfunctieregisterQuery } from '../gql/graphql';
import { APP_NAAM } from '../naam';

/** The public register (Gemeentewet art. 12 and 41b): public queries, no sign-in. */
const REGISTER = graphql(`
  query BuurtportaalNevenfunctieregister($peildatum: Date) {
    ambtsdragers {
      id
      naam
      functie
      partij
      vanaf
      tot
      nevenfuncties(peildatum: $peildatum) {
        id
        functie
        organisatieNaam
        organisatie {
          naam
        }
        bezoldigd
        vanaf
        tot
      }
    }
  }
`);

type Ambtsdrager = BuurtportaalNevenfunctieregisterQuery['ambtsdragers'][number];

const FUNCTIE: Record<AmbtsdragerFunctie, string> = {
  BURGEMEESTER: 'Burgemeester',
  WETHOUDER: 'Wethouder',
  RAADSLID: 'Raadslid',
  COMMISSIELID: 'Commissielid',
};

/**
 * Where the codes of conduct for office holders are published: `VITE_GEDRAGSCODES_URL` at build
 * time (e.g. the code on lokaleregelgeving.overheid.nl), otherwise the municipality's website.
 */
const GEDRAGSCODES_URL = (import.meta.env.VITE_GEDRAGSCODES_URL as string | undefined) || null;

/** The public register of side positions of the mayor, aldermen and council members (issue 19). */
export function NevenfunctiesPagina() {
  usePaginatitel('Nevenfuncties van bestuurders', APP_NAAM);
  const [ookBeeindigd, zetOokBeeindigd] = useState(false);
  const register = useVraag(REGISTER, { peildatum: ookBeeindigd ? null : vandaag() }, { behoudVorige: true });
  const lijst: Ambtsdrager[] | null = register.data?.ambtsdragers ?? null;
  const fout = register.error ? foutmelding(register.error, 'Het register kon niet worden geladen.') : null;

  const nu = vandaag();
  const getoond = (lijst ?? []).filter((a) => ookBeeindigd || a.tot === null || a.tot >= nu);
  return (
    <>
      <Heading1>Nevenfuncties van bestuurders</Heading1>
      <Paragraph appearance="lead">
        De burgemeester, wethouders en raadsleden van Heerlen maken hun nevenfuncties openbaar (Gemeentewet artikel 12, 41b en
        66). Zo kun je zien of iemand ergens anders bij betrokken is.
      </Paragraph>
      <Paragraph>
        Wat van bestuurders verwacht wordt, staat in de gedragscodes:{' '}
        {GEDRAGSCODES_URL ? (
          <Link href={GEDRAGSCODES_URL}>Gedragscodes voor bestuurders en raadsleden</Link>
        ) : (
          <Link href="https://www.heerlen.nl/">de website van de gemeente Heerlen</Link>
        )}
        . Het register is ook open data: <Link href="/api/v1/nevenfunctieregister">als JSON</Link>, of als CSV met de kop{' '}
        <code>Accept: text/csv</code>.
      </Paragraph>
      <div className="buurtwerk-keuze">
        <Checkbox
          id="ook-beeindigd"
          name="ook-beeindigd"
          checked={ookBeeindigd}
          onChange={(e) => zetOokBeeindigd(e.target.checked)}
        />{' '}
        <FormLabel htmlFor="ook-beeindigd" type="checkbox">
          Ook beëindigde nevenfuncties en oud-bestuurders tonen
        </FormLabel>
      </div>
      {fout && (
        <Alert type="error" role="alert">
          <Paragraph>{fout}</Paragraph>
        </Alert>
      )}
      <p role="status" className="buurtwerk-klein">
        {lijst === null ? 'Laden …' : `${getoond.length} ${getoond.length === 1 ? 'bestuurder' : 'bestuurders'}.`}
      </p>
      {getoond.map((a) => (
        <section key={a.id} className="buurtwerk-blok" aria-labelledby={`ambtsdrager-${a.id}`}>
          <Heading2 id={`ambtsdrager-${a.id}`}>{a.naam}</Heading2>
          <Paragraph className="buurtwerk-klein">
            {FUNCTIE[a.functie]}
            {a.partij ? `, ${a.partij}` : ''}
            {a.tot ? ` (tot ${datum(a.tot)})` : ''}
          </Paragraph>
          {a.nevenfuncties.length === 0 ? (
            <Paragraph>{ookBeeindigd ? 'Geen nevenfuncties gemeld.' : 'Geen lopende nevenfuncties.'}</Paragraph>
          ) : (
            <ul>
              {a.nevenfuncties.map((n) => (
                <li key={n.id}>
                  {n.functie} bij {n.organisatie?.naam ?? n.organisatieNaam}, {n.bezoldigd ? 'bezoldigd' : 'onbezoldigd'}; sinds{' '}
                  {datum(n.vanaf)}
                  {n.tot ? `, tot en met ${datum(n.tot)}` : ''}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </>
  );
}
