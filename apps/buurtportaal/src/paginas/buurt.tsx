import {
  Alert,
  BreadcrumbNav,
  BreadcrumbNavLink,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading1,
  Heading2,
  Heading3,
  Link,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { useVraag } from '@web-gedeeld/data';
import { foutmelding } from '@web-gedeeld/fouten';
import { graphql } from '../gql';
import type { BuurtportaalBuurtQuery } from '../gql/graphql';
import { Buurtenkaart } from '../kaart/buurtenkaart';
import { APP_NAAM } from '../naam';
import { aantal, organisatiesoort, wanneer } from '../opmaak';
import { AppLink, href, navigeer, usePaginatitel } from '@web-gedeeld/router';

const BUURT = graphql(`
  query BuurtportaalBuurt($code: String!, $vanaf: DateTime!) {
    buurt(code: $code) {
      code
      naam
      wijk {
        naam
      }
      stadsdeel {
        naam
      }
      buurtregisseur {
        naam
        functie
        email
        telefoon
      }
      partners(first: 100) {
        totalCount
        edges {
          node {
            id
            naam
            soort
            beschrijving
            website
          }
        }
      }
      activiteiten(vanaf: $vanaf, first: 50) {
        totalCount
        edges {
          node {
            id
            titel
            beschrijving
            begin
            eind
            locatie
            geannuleerd
            vrijwilligersGezocht
            organisator {
              naam
            }
          }
        }
      }
    }
  }
`);

type Buurt = NonNullable<BuurtportaalBuurtQuery['buurt']>;

function Buurtregisseur({ buurt }: { buurt: Buurt }) {
  const r = buurt.buurtregisseur;
  return (
    <section aria-labelledby="regisseur-kop" className="buurtwerk-blok">
      <Heading2 id="regisseur-kop">Je buurtregisseur</Heading2>
      {r ? (
        <>
          <Paragraph>
            <strong>{r.naam}</strong>
            <br />
            {r.functie}
          </Paragraph>
          <DataList>
            {r.email && (
              <DataListItem>
                <DataListKey>E-mail</DataListKey>
                <DataListValue>
                  <Link href={`mailto:${r.email}`}>{r.email}</Link>
                </DataListValue>
              </DataListItem>
            )}
            {r.telefoon && (
              <DataListItem>
                <DataListKey>Telefoon</DataListKey>
                <DataListValue>
                  <Link href={`tel:${r.telefoon.replace(/\s/g, '')}`}>{r.telefoon}</Link>
                </DataListValue>
              </DataListItem>
            )}
          </DataList>
          <Paragraph className="buurtwerk-klein">
            De buurtregisseur is het gezicht van de gemeente in {buurt.naam}: voor ideeën, vragen en zorgen over de buurt.
          </Paragraph>
        </>
      ) : (
        <Paragraph>Voor deze buurt is nog geen buurtregisseur bekend. Bel de gemeente Heerlen op 14 045 voor hulp.</Paragraph>
      )}
    </section>
  );
}

function Partners({ buurt }: { buurt: Buurt }) {
  const partners = buurt.partners.edges.map((e) => e.node);
  return (
    <section aria-labelledby="partners-kop">
      <Heading2 id="partners-kop">Partners in de buurt</Heading2>
      {partners.length === 0 ? (
        <Paragraph>Er zijn nog geen partnerorganisaties aan deze buurt gekoppeld.</Paragraph>
      ) : (
        <>
          <Paragraph>{aantal(buurt.partners.totalCount, 'organisatie is', 'organisaties zijn')} actief in deze buurt.</Paragraph>
          <UnorderedList>
            {partners.map((p) => (
              <UnorderedListItem key={p.id}>
                <strong>{p.naam}</strong> <span className="buurtwerk-klein">({organisatiesoort(p.soort)})</span>
                {p.beschrijving && <div>{p.beschrijving}</div>}
                {p.website && (
                  <div>
                    <Link href={p.website} external>
                      Website van {p.naam}
                    </Link>
                  </div>
                )}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}
    </section>
  );
}

function Activiteiten({ buurt }: { buurt: Buurt }) {
  const activiteiten = buurt.activiteiten.edges.map((e) => e.node);
  return (
    <section aria-labelledby="activiteiten-kop">
      <Heading2 id="activiteiten-kop">Activiteiten</Heading2>
      {activiteiten.length === 0 ? (
        <Paragraph>Er staan geen activiteiten gepland in deze buurt.</Paragraph>
      ) : (
        <>
          {buurt.activiteiten.totalCount > activiteiten.length && (
            <Paragraph>
              De eerste {activiteiten.length} van {buurt.activiteiten.totalCount} komende activiteiten.
            </Paragraph>
          )}
          <ul className="buurtwerk-activiteiten">
            {activiteiten.map((a) => (
              <li key={a.id} className="buurtwerk-blok">
                <Heading3>{a.titel}</Heading3>
                {a.geannuleerd && <span className="buurtwerk-label buurtwerk-label--geannuleerd">Gaat niet door</span>}{' '}
                {a.vrijwilligersGezocht && <span className="buurtwerk-label">Vrijwilligers gezocht</span>}
                <DataList>
                  <DataListItem>
                    <DataListKey>Wanneer</DataListKey>
                    <DataListValue>{wanneer(a.begin, a.eind)}</DataListValue>
                  </DataListItem>
                  {a.locatie && (
                    <DataListItem>
                      <DataListKey>Waar</DataListKey>
                      <DataListValue>{a.locatie}</DataListValue>
                    </DataListItem>
                  )}
                  {a.organisator && (
                    <DataListItem>
                      <DataListKey>Organisator</DataListKey>
                      <DataListValue>{a.organisator.naam}</DataListValue>
                    </DataListItem>
                  )}
                </DataList>
                {a.beschrijving && <Paragraph>{a.beschrijving}</Paragraph>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function BuurtPagina({ code }: { code: string }) {
  // The moment the page opened (per buurt): part of the cache key, so it must not change per render.
  const vanaf = useMemo(() => (code ? new Date().toISOString() : ''), [code]);
  const gelezen = useVraag(BUURT, { code: code.toUpperCase(), vanaf });
  const buurt: Buurt | null | undefined = gelezen.data ? (gelezen.data.buurt ?? null) : undefined;
  const fout = gelezen.error ? foutmelding(gelezen.error, 'De buurt kon niet worden geladen.') : null;

  const titel = buurt
    ? buurt.naam
    : buurt === null
      ? 'Buurt niet gevonden'
      : fout
        ? 'Buurt kon niet worden geladen'
        : 'Buurt laden';
  usePaginatitel(titel, APP_NAAM);
  const gemarkeerd = useMemo(() => new Set(buurt ? [buurt.code] : []), [buurt]);

  return (
    <>
      <BreadcrumbNav label="Kruimelpad">
        <BreadcrumbNavLink
          href={href('/')}
          index={0}
          onClick={(e) => {
            e.preventDefault();
            navigeer('/');
          }}
        >
          Vind je buurt
        </BreadcrumbNavLink>
        <BreadcrumbNavLink href={href(`/buurt/${code}`)} index={1} current>
          {buurt?.naam ?? code}
        </BreadcrumbNavLink>
      </BreadcrumbNav>
      {fout ? (
        <>
          <Heading1>{titel}</Heading1>
          <Alert type="error" role="alert">
            <Paragraph>{fout}</Paragraph>
          </Alert>
        </>
      ) : buurt === undefined ? (
        <>
          <Heading1>{titel}</Heading1>
          <Paragraph role="status">De gegevens van de buurt worden geladen …</Paragraph>
        </>
      ) : buurt === null ? (
        <>
          <Heading1>{titel}</Heading1>
          <Paragraph>
            Er is geen buurt in Heerlen met code {code}. <Link href={href('/')}>Zoek je buurt opnieuw</Link>.
          </Paragraph>
        </>
      ) : (
        <>
          <Heading1>{buurt.naam}</Heading1>
          <Paragraph appearance="lead">
            Buurt in {buurt.wijk.naam}
            {buurt.stadsdeel ? `, stadsdeel ${buurt.stadsdeel.naam}` : ''}. CBS-buurtcode {buurt.code}.
          </Paragraph>
          <nav aria-label={`Iets doen in ${buurt.naam}`} className="buurtwerk-acties">
            <ul>
              <li>
                <AppLink naar={`/idee?buurt=${encodeURIComponent(buurt.code)}`}>Idee indienen voor {buurt.naam}</AppLink>
              </li>
              <li>
                <AppLink naar={`/signaal?buurt=${encodeURIComponent(buurt.code)}`}>Signaal melden in {buurt.naam}</AppLink>
              </li>
              <li>
                <AppLink naar={`/buurt/${encodeURIComponent(buurt.code)}/agenda`}>Buurtagenda van {buurt.naam}</AppLink>
              </li>
            </ul>
          </nav>
          <div className="buurtwerk-kolommen">
            <Buurtregisseur buurt={buurt} />
            <div className="buurtwerk-buurtkaart">
              <Buurtenkaart
                id="kaart-buurt"
                titel={`Kaart van Heerlen met ${buurt.naam} donker gekleurd.`}
                gemarkeerd={gemarkeerd}
                onKies={(c) => navigeer(`/buurt/${c}`)}
              />
            </div>
          </div>
          <Activiteiten buurt={buurt} />
          <Partners buurt={buurt} />
        </>
      )}
    </>
  );
}
