import {
  Alert,
  Checkbox,
  FormLabel,
  Heading1,
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
import { foutmelding } from '@web-gedeeld/fouten';
import { datum, datumTijd, vandaag } from '@web-gedeeld/datum';
import { statusnaam } from '@web-gedeeld/initiatief';
import { euro } from '@web-gedeeld/geld';
import { AppLink, usePaginatitel } from '@web-gedeeld/router';
import { useEffect, useState } from 'react';
import { graphql } from '../gql';
import type { InitiatiefStatus, RegiepaneelWerkvoorraadQuery } from '../gql/graphql';
import { APP_NAAM } from '../naam';
import { BIJNA_DAGEN, termijnstand, termijntekst } from '../termijn';

const WERKVOORRAAD = graphql(`
  query RegiepaneelWerkvoorraad($status: [InitiatiefStatus!]) {
    initiatieven(first: 100, status: $status) {
      totalCount
      edges {
        node {
          id
          referentie
          titel
          status
          ingediendOp
          beslissenUiterlijk
          termijnStatus
          opgeschortTot
          dwangsom {
            fase
            dagen
            bedrag
          }
          indiener
          buurten {
            naam
          }
          verzendstand {
            wachtend
            mislukt
          }
        }
      }
    }
  }
`);

type Initiatief = RegiepaneelWerkvoorraadQuery['initiatieven']['edges'][number]['node'];

const OPEN: InitiatiefStatus[] = ['INGEDIEND', 'IN_BEHANDELING', 'AANVULLING_GEVRAAGD', 'BIJ_BUURTPANEL', 'UITGEVOERD'];

/** The work queue: submitted initiatives ordered by decision deadline (the API orders them). */
export function WerkvoorraadPagina() {
  usePaginatitel('Werkvoorraad', APP_NAAM);
  const [alles, zetAlles] = useState(false);
  const [lijst, zetLijst] = useState<Initiatief[] | null>(null);
  const [fout, zetFout] = useState<string | null>(null);
  useEffect(() => {
    let actueel = true;
    vraag(WERKVOORRAAD, { status: alles ? null : OPEN })
      .then((d) => actueel && zetLijst(d.initiatieven.edges.map((e) => e.node)))
      .catch((e: unknown) => actueel && zetFout(foutmelding(e, 'De werkvoorraad kon niet worden geladen.')));
    return () => {
      actueel = false;
    };
  }, [alles]);
  const nu = vandaag();
  const verstreken =
    lijst?.filter(
      (i) =>
        OPEN.includes(i.status) && i.termijnStatus !== 'OPGESCHORT' && termijnstand(i.beslissenUiterlijk, nu) === 'verstreken',
    ).length ?? 0;
  const bijna = lijst?.filter((i) => OPEN.includes(i.status) && termijnstand(i.beslissenUiterlijk, nu) === 'bijna').length ?? 0;
  return (
    <>
      <Heading1>Werkvoorraad</Heading1>
      <Paragraph>
        Initiatieven in volgorde van de beslistermijn (Algemene wet bestuursrecht): de vroegste bovenaan. “Bijna” betekent binnen{' '}
        {BIJNA_DAGEN} dagen.
      </Paragraph>
      <div className="buurtwerk-keuze">
        <Checkbox id="ook-afgehandeld" name="alles" checked={alles} onChange={(e) => zetAlles(e.target.checked)} />{' '}
        <FormLabel htmlFor="ook-afgehandeld" type="checkbox">
          Ook afgehandelde initiatieven tonen
        </FormLabel>
      </div>
      {fout && (
        <Alert type="error" role="alert">
          <Paragraph>{fout}</Paragraph>
        </Alert>
      )}
      <p role="status" className="buurtwerk-klein">
        {lijst === null
          ? 'Werkvoorraad laden …'
          : `${lijst.length} ${lijst.length === 1 ? 'initiatief' : 'initiatieven'}, waarvan ${verstreken} over de termijn en ${bijna} bijna.`}
      </p>
      {lijst && lijst.length > 0 && (
        <div className="buurtwerk-tabel" role="region" aria-labelledby="werkvoorraad-bijschrift" tabIndex={0}>
          <Table>
            <TableCaption id="werkvoorraad-bijschrift">Initiatieven op volgorde van beslistermijn</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Initiatief</TableHeaderCell>
                <TableHeaderCell scope="col">Status</TableHeaderCell>
                <TableHeaderCell scope="col">Buurt</TableHeaderCell>
                <TableHeaderCell scope="col">Ingediend</TableHeaderCell>
                <TableHeaderCell scope="col">Beslissen uiterlijk</TableHeaderCell>
                <TableHeaderCell scope="col">Brieven</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {lijst.map((i) => {
                // Awb 4:15: a suspended term is not overdue; the API says so (termijnStatus OPGESCHORT).
                const stand =
                  OPEN.includes(i.status) && i.termijnStatus !== 'OPGESCHORT' ? termijnstand(i.beslissenUiterlijk, nu) : 'geen';
                return (
                  <TableRow key={i.id} data-termijn={stand}>
                    <TableHeaderCell scope="row">
                      <AppLink naar={`/initiatief/${i.id}`}>{i.titel}</AppLink>{' '}
                      <span className="buurtwerk-klein">
                        {i.referentie}
                        {i.indiener ? `, ${i.indiener}` : ''}
                      </span>
                    </TableHeaderCell>
                    <TableCell>{statusnaam(i.status)}</TableCell>
                    <TableCell>{i.buurten.map((b) => b.naam).join(', ')}</TableCell>
                    <TableCell>{i.ingediendOp ? datumTijd(i.ingediendOp) : '–'}</TableCell>
                    <TableCell>
                      {i.beslissenUiterlijk ? datum(i.beslissenUiterlijk) : '–'}
                      {stand === 'verstreken' && (
                        <>
                          {' '}
                          <span className="buurtwerk-label buurtwerk-label--geannuleerd">
                            Termijn verstreken ({termijntekst(i.beslissenUiterlijk!, nu)})
                          </span>
                        </>
                      )}
                      {i.termijnStatus === 'OPGESCHORT' && i.opgeschortTot && (
                        <>
                          {' '}
                          <span className="buurtwerk-label">Opgeschort tot en met {datum(i.opgeschortTot)}</span>
                        </>
                      )}
                      {i.termijnStatus === 'IN_GEBREKE' && (
                        <>
                          {' '}
                          <span className="buurtwerk-label buurtwerk-label--geannuleerd">
                            In gebreke gesteld
                            {i.dwangsom && i.dwangsom.dagen > 0
                              ? `: dwangsom ${euro(i.dwangsom.bedrag)} (${i.dwangsom.dagen} dagen)`
                              : ''}
                          </span>
                        </>
                      )}
                      {stand === 'bijna' && (
                        <>
                          {' '}
                          <span className="buurtwerk-label buurtwerk-label--waarschuwing">
                            Bijna ({termijntekst(i.beslissenUiterlijk!, nu)})
                          </span>
                        </>
                      )}
                    </TableCell>
                    <TableCell>
                      {/* Awb 3:41: a letter that could not be sent has not made its decision known. */}
                      {i.verzendstand && i.verzendstand.mislukt > 0 ? (
                        <span className="buurtwerk-label buurtwerk-label--geannuleerd">
                          {i.verzendstand.mislukt === 1
                            ? '1 brief niet verzonden'
                            : `${i.verzendstand.mislukt} brieven niet verzonden`}
                        </span>
                      ) : i.verzendstand && i.verzendstand.wachtend > 0 ? (
                        // Waiting is normal (the outbox sends within minutes): plain text, no label.
                        i.verzendstand.wachtend === 1 ? (
                          '1 brief wordt verzonden'
                        ) : (
                          `${i.verzendstand.wachtend} brieven worden verzonden`
                        )
                      ) : (
                        'Alles verzonden'
                      )}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </div>
      )}
    </>
  );
}
