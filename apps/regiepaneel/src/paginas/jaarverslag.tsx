import {
  FormFieldTextbox,
  Heading1,
  Heading2,
  Link,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { vraag } from '@web-gedeeld/api';
import { vandaag } from '@web-gedeeld/datum';
import { foutmelding } from '@web-gedeeld/fouten';
import { euro } from '@web-gedeeld/geld';
import { usePaginatitel } from '@web-gedeeld/router';
import { useEffect, useState } from 'react';
import { Foutmelding, Keuzeveld } from '../beheervelden';
import { graphql } from '../gql';
import type { RegiepaneelJaarverslagQuery } from '../gql/graphql';
import { APP_NAAM } from '../naam';

const GEBIEDEN = graphql(`
  query RegiepaneelJaarverslagGebieden {
    stadsdelen {
      id
      naam
    }
    buurten {
      id
      code
      naam
    }
  }
`);

const VERSLAG = graphql(`
  query RegiepaneelJaarverslag($jaar: Int!, $buurtId: ID, $stadsdeelId: ID) {
    jaarverslag(jaar: $jaar, buurtId: $buurtId, stadsdeelId: $stadsdeelId) {
      jaar
      schaal
      gebied
      initiatieven {
        ontvangen
        toegekend
        afgewezen
        buitenBehandeling
      }
      geldPerInstrument {
        instrument
        toegekend
        vastgesteld
      }
      plafonds {
        regeling
        stadsdeel
        bedrag
        verleend
        gereserveerd
        benutProcent
      }
      beslistermijnen {
        besluiten
        binnenTermijn
        teLaat
        zonderTermijn
        gemiddeldeDagen
      }
      activiteiten {
        doorgegaan
        geannuleerd
      }
      netwerkbijeenkomsten {
        gehouden
        gepland
        geannuleerd
        aanmeldingen
      }
      signalen {
        afdeling
        gemeld
        afgehandeld
        binnenTermijn
        gemiddeldeDagen
      }
      behoeften {
        geopend
        beantwoord
      }
      panel {
        stemmingen
        stemmen
        mogelijkeStemmen
        deelnameProcent
      }
      concierges {
        verzoeken
        opgepakt
        doorverwijzingen
        contacten
        uren
      }
    }
  }
`);

type Verslag = RegiepaneelJaarverslagQuery['jaarverslag'];

/** Colours with at least 3:1 contrast to white (WCAG 1.4.11), as the ceilings chart. */
const KLEUREN = ['#00576b', '#b3541e', '#5b3f8c'];

interface Reeks {
  naam: string;
  waarden: number[];
  tekst: (n: number) => string;
}

/**
 * A bar chart as in the ceilings page: per row a sentence with the figures (what a screen reader
 * reads) and decorative bars, and below it the same figures as a table.
 */
function Staafgrafiek({ id, titel, rijen, reeksen }: { id: string; titel: string; rijen: string[]; reeksen: Reeks[] }) {
  const max = Math.max(1, ...reeksen.flatMap((r) => r.waarden));
  return (
    <section aria-labelledby={id}>
      <Heading2 id={id}>{titel}</Heading2>
      {rijen.length === 0 ? (
        <Paragraph>Geen gegevens in dit jaar.</Paragraph>
      ) : (
        <>
          <figure className="buurtwerk-grafiek" aria-labelledby={`${id}-grafiek`}>
            <figcaption id={`${id}-grafiek`}>{titel} als staafdiagram</figcaption>
            <ul className="buurtwerk-legenda">
              {reeksen.map((r, i) => (
                <li key={r.naam}>
                  <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
                    <rect x={0.5} y={0.5} width={17} height={17} fill={KLEUREN[i % KLEUREN.length]} />
                  </svg>{' '}
                  {r.naam}
                </li>
              ))}
            </ul>
            <ul className="buurtwerk-staven">
              {rijen.map((rij, n) => (
                <li key={rij}>
                  <span>
                    <strong>{rij}:</strong> {reeksen.map((r) => `${r.tekst(r.waarden[n])} ${r.naam.toLowerCase()}`).join(', ')}.
                  </span>
                  <svg
                    className="buurtwerk-staaf"
                    viewBox={`0 0 1000 ${reeksen.length * 14}`}
                    preserveAspectRatio="none"
                    width="100%"
                    height={reeksen.length * 14}
                    aria-hidden="true"
                    focusable="false"
                  >
                    {reeksen.map((r, i) => (
                      <rect
                        key={r.naam}
                        x={0}
                        y={i * 14 + 1}
                        width={(1000 * r.waarden[n]) / max}
                        height={12}
                        fill={KLEUREN[i % KLEUREN.length]}
                      />
                    ))}
                  </svg>
                </li>
              ))}
            </ul>
          </figure>
          <div className="buurtwerk-tabel" role="region" aria-labelledby={`${id}-tabel`} tabIndex={0}>
            <Table>
              <TableCaption id={`${id}-tabel`}>{titel} in cijfers</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Onderdeel</TableHeaderCell>
                  {reeksen.map((r) => (
                    <TableHeaderCell key={r.naam} scope="col" className="buurtwerk-getal">
                      {r.naam}
                    </TableHeaderCell>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {rijen.map((rij, n) => (
                  <TableRow key={rij}>
                    <TableHeaderCell scope="row">{rij}</TableHeaderCell>
                    {reeksen.map((r) => (
                      <TableCell key={r.naam} className="buurtwerk-getal">
                        {r.tekst(r.waarden[n])}
                      </TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </>
      )}
    </section>
  );
}

function Kerncijfers({ id, titel, rijen }: { id: string; titel: string; rijen: Array<[string, string]> }) {
  return (
    <section aria-labelledby={id}>
      <Heading2 id={id}>{titel}</Heading2>
      <div className="buurtwerk-tabel" role="region" aria-labelledby={`${id}-tabel`} tabIndex={0}>
        <Table>
          <TableCaption id={`${id}-tabel`}>{titel}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Kenmerk</TableHeaderCell>
              <TableHeaderCell scope="col" className="buurtwerk-getal">
                Waarde
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rijen.map(([k, w]) => (
              <TableRow key={k}>
                <TableHeaderCell scope="row">{k}</TableHeaderCell>
                <TableCell className="buurtwerk-getal">{w}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}

const aantal = (n: number) => n.toLocaleString('nl-NL');
const ofGeen = (n: number | null | undefined, eenheid = '') =>
  n === null || n === undefined ? 'geen' : `${aantal(n)}${eenheid}`;

/** The year report of buurtregie per buurt, stadsdeel or city: charts with their tables, and the PDF and open data. */
export function JaarverslagPagina() {
  usePaginatitel('Jaarverslag', APP_NAAM);
  const [jaar, zetJaar] = useState(vandaag().slice(0, 4));
  const [gebied, zetGebied] = useState('');
  const [keuzes, zetKeuzes] = useState<{
    stadsdelen: Array<{ id: string; naam: string }>;
    buurten: Array<{ id: string; code: string; naam: string }>;
  } | null>(null);
  const [verslag, zetVerslag] = useState<Verslag | null>(null);
  const [fout, zetFout] = useState<string | null>(null);

  useEffect(() => {
    vraag(GEBIEDEN)
      .then(zetKeuzes)
      .catch((e: unknown) => zetFout(foutmelding(e, 'De gebieden konden niet worden geladen.')));
  }, []);
  useEffect(() => {
    const j = Number(jaar);
    if (!/^\d{4}$/.test(jaar)) {
      return;
    }
    let actueel = true;
    zetVerslag(null);
    const [soort, id] = gebied.split(':');
    vraag(VERSLAG, { jaar: j, buurtId: soort === 'buurt' ? id : null, stadsdeelId: soort === 'stadsdeel' ? id : null })
      .then((d) => {
        if (actueel) {
          zetVerslag(d.jaarverslag);
          zetFout(null);
        }
      })
      .catch((e: unknown) => actueel && zetFout(foutmelding(e, 'Het jaarverslag kon niet worden berekend.')));
    return () => {
      actueel = false;
    };
  }, [jaar, gebied]);

  const [soort, id] = gebied.split(':');
  const buurtcode = soort === 'buurt' ? keuzes?.buurten.find((b) => b.id === id)?.code : undefined;
  const parameters = `jaar=${jaar}${buurtcode ? `&buurtcode=${buurtcode}` : ''}${soort === 'stadsdeel' ? `&stadsdeelId=${encodeURIComponent(id)}` : ''}`;
  return (
    <>
      <Heading1>Jaarverslag buurtregie</Heading1>
      <Paragraph>
        De cijfers van een jaar voor een buurt, een stadsdeel of de hele stad. Ze worden berekend uit de registratie op het moment
        dat je de pagina opent, zonder persoonsgegevens.
      </Paragraph>
      <form aria-label="Jaar en gebied kiezen" onSubmit={(e) => e.preventDefault()}>
        <FormFieldTextbox
          name="verslag-jaar"
          label="Jaar"
          inputMode="numeric"
          value={jaar}
          onChange={(e) => zetJaar((e.target as HTMLInputElement).value.trim())}
        />
        <Keuzeveld
          id="verslag-gebied"
          naam="verslag-gebied"
          label="Gebied"
          waarde={gebied}
          keuzes={[
            { waarde: '', tekst: 'De hele stad' },
            ...(keuzes?.stadsdelen.map((s) => ({ waarde: `stadsdeel:${s.id}`, tekst: `Stadsdeel ${s.naam}` })) ?? []),
            ...(keuzes?.buurten.map((b) => ({ waarde: `buurt:${b.id}`, tekst: `Buurt ${b.naam}` })) ?? []),
          ]}
          onKies={zetGebied}
        />
      </form>
      {fout && <Foutmelding>{fout}</Foutmelding>}
      {!verslag && !fout && <Paragraph role="status">Jaarverslag berekenen …</Paragraph>}
      {verslag && (
        <>
          <Heading2>
            {verslag.gebied}, {verslag.jaar}
          </Heading2>
          <UnorderedList>
            <UnorderedListItem>
              <Link href={`/api/v1/open-data/jaarverslag/pdf?${parameters}`}>Jaarverslag als PDF</Link>
            </UnorderedListItem>
            <UnorderedListItem>
              <Link href={`/api/v1/open-data/jaarverslag?${parameters}`}>Open data (JSON; CSV met Accept: text/csv)</Link>
            </UnorderedListItem>
          </UnorderedList>
          <Staafgrafiek
            id="verslag-initiatieven"
            titel="Initiatieven"
            rijen={['Ontvangen', 'Toegekend', 'Afgewezen', 'Buiten behandeling']}
            reeksen={[
              {
                naam: 'Aantal',
                waarden: [
                  verslag.initiatieven.ontvangen,
                  verslag.initiatieven.toegekend,
                  verslag.initiatieven.afgewezen,
                  verslag.initiatieven.buitenBehandeling,
                ],
                tekst: aantal,
              },
            ]}
          />
          <Staafgrafiek
            id="verslag-geld"
            titel="Geld per instrument"
            rijen={verslag.geldPerInstrument.map((g) => g.instrument)}
            reeksen={[
              { naam: 'Toegekend', waarden: verslag.geldPerInstrument.map((g) => g.toegekend), tekst: euro },
              { naam: 'Vastgesteld', waarden: verslag.geldPerInstrument.map((g) => g.vastgesteld), tekst: euro },
            ]}
          />
          <Staafgrafiek
            id="verslag-plafonds"
            titel="Benutting van de subsidieplafonds"
            rijen={verslag.plafonds.map((p) => `${p.regeling} (${p.stadsdeel ?? 'hele stad'})`)}
            reeksen={[
              { naam: 'Plafond', waarden: verslag.plafonds.map((p) => p.bedrag), tekst: euro },
              { naam: 'Verleend', waarden: verslag.plafonds.map((p) => p.verleend), tekst: euro },
              { naam: 'Gereserveerd', waarden: verslag.plafonds.map((p) => p.gereserveerd), tekst: euro },
            ]}
          />
          <Kerncijfers
            id="verslag-termijnen"
            titel="Beslistermijnen (Awb 4:13)"
            rijen={[
              ['Besluiten op aanvragen', aantal(verslag.beslistermijnen.besluiten)],
              ['Binnen de termijn', aantal(verslag.beslistermijnen.binnenTermijn)],
              ['Te laat', aantal(verslag.beslistermijnen.teLaat)],
              ['Zonder termijn', aantal(verslag.beslistermijnen.zonderTermijn)],
              ['Gemiddeld aantal dagen tot het besluit', ofGeen(verslag.beslistermijnen.gemiddeldeDagen)],
            ]}
          />
          <Staafgrafiek
            id="verslag-signalen"
            titel="Signalen per afdeling"
            rijen={verslag.signalen.map((s) => s.afdeling)}
            reeksen={[
              { naam: 'Gemeld', waarden: verslag.signalen.map((s) => s.gemeld), tekst: aantal },
              { naam: 'Afgehandeld', waarden: verslag.signalen.map((s) => s.afgehandeld), tekst: aantal },
              { naam: 'Binnen de termijn', waarden: verslag.signalen.map((s) => s.binnenTermijn), tekst: aantal },
            ]}
          />
          <Kerncijfers
            id="verslag-reactietijd"
            titel="Reactietijd per afdeling"
            rijen={verslag.signalen.map((s) => [s.afdeling, `${ofGeen(s.gemiddeldeDagen)} dagen gemiddeld`])}
          />
          <Kerncijfers
            id="verslag-buurt"
            titel="Activiteiten, bijeenkomsten, buurtagenda en buurtpanel"
            rijen={[
              ['Activiteiten doorgegaan', aantal(verslag.activiteiten.doorgegaan)],
              ['Activiteiten geannuleerd', aantal(verslag.activiteiten.geannuleerd)],
              ['Netwerkbijeenkomsten gehouden', aantal(verslag.netwerkbijeenkomsten.gehouden)],
              ['Netwerkbijeenkomsten nog gepland', aantal(verslag.netwerkbijeenkomsten.gepland)],
              ['Aanmeldingen voor gehouden bijeenkomsten', aantal(verslag.netwerkbijeenkomsten.aanmeldingen)],
              ['Behoeften op de agenda gezet', aantal(verslag.behoeften.geopend)],
              ['Behoeften beantwoord', aantal(verslag.behoeften.beantwoord)],
              ['Stemmingen van het buurtpanel', aantal(verslag.panel.stemmingen)],
              ['Deelname aan stemmingen', ofGeen(verslag.panel.deelnameProcent, '%')],
              ...(verslag.concierges
                ? ([
                    ['Verzoeken aan buurtconciërges', aantal(verslag.concierges.verzoeken)],
                    ['Uren van buurtconciërges', aantal(verslag.concierges.uren)],
                  ] as Array<[string, string]>)
                : []),
            ]}
          />
        </>
      )}
    </>
  );
}
