import {
  Button,
  FormFieldTextbox,
  Heading1,
  Heading2,
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
import type { Ik } from '@web-gedeeld/gebruiker';
import { centenUitInvoer, euro } from '@web-gedeeld/geld';
import { usePaginatitel } from '@web-gedeeld/router';
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import {
  toonFouten,
  Foutmelding,
  heeftRol,
  Keuzeveld,
  Statusmelding,
  type Veldfouten,
  veldfoutenVan,
  algemeneFout,
} from '../beheervelden';
import { graphql } from '../gql';
import type { RegiepaneelPlafondsQuery } from '../gql/graphql';
import { APP_NAAM } from '../naam';

const PLAFONDS = graphql(`
  query RegiepaneelPlafonds {
    subsidieregelingen {
      id
      code
      naam
      versie
      plafonds {
        periode
        bedrag
        verleend
        gereserveerd
        beschikbaar
        stadsdeel {
          id
          naam
        }
      }
    }
    stadsdelen {
      id
      naam
    }
  }
`);

const PLAFOND_VASTSTELLEN = graphql(`
  mutation RegiepaneelPlafondVaststellen($input: SubsidieplafondInput!) {
    subsidieplafondVaststellen(input: $input) {
      periode
      bedrag
      beschikbaar
    }
  }
`);

type Gegevens = RegiepaneelPlafondsQuery;
type Regeling = Gegevens['subsidieregelingen'][number];
type Plafond = Regeling['plafonds'][number];

/** Colours with at least 3:1 contrast to white and to each other's neighbours (WCAG 1.4.11); the reserved part is also hatched. */
const KLEUR = { verleend: '#00576b', gereserveerd: '#b3541e', beschikbaar: '#e6f1f3', rand: '#26343a' };

function gebied(p: Plafond): string {
  return p.stadsdeel ? `stadsdeel ${p.stadsdeel.naam}` : 'heel Heerlen';
}

function Staaf({ p, max }: { p: Plafond; max: number }) {
  const breedte = (c: number): number => (max === 0 ? 0 : (1000 * c) / max);
  const verleend = breedte(p.verleend);
  const gereserveerd = breedte(p.gereserveerd);
  const beschikbaar = breedte(Math.max(0, p.beschikbaar));
  return (
    // Decorative: the sentence above the bar and the table below say the same in text.
    <svg
      className="buurtwerk-staaf"
      viewBox="0 0 1000 28"
      preserveAspectRatio="none"
      width="100%"
      height="28"
      aria-hidden="true"
      focusable="false"
    >
      <rect x={0} y={2} width={verleend} height={24} fill={KLEUR.verleend} />
      <rect x={verleend} y={2} width={gereserveerd} height={24} fill={KLEUR.gereserveerd} />
      <rect x={verleend} y={2} width={gereserveerd} height={24} fill="url(#plafond-arcering)" />
      <rect x={verleend + gereserveerd} y={2} width={beschikbaar} height={24} fill={KLEUR.beschikbaar} />
      <rect
        x={0.5}
        y={2.5}
        width={Math.max(0, breedte(p.bedrag) - 1)}
        height={23}
        fill="none"
        stroke={KLEUR.rand}
        strokeWidth={1}
        vectorEffect="non-scaling-stroke"
      />
    </svg>
  );
}

function Legenda() {
  const blokje = (kleur: string, arcering = false) => (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
      <rect x={0.5} y={0.5} width={17} height={17} fill={kleur} stroke={KLEUR.rand} />
      {arcering && <rect x={0.5} y={0.5} width={17} height={17} fill="url(#plafond-arcering)" />}
    </svg>
  );
  return (
    <ul className="buurtwerk-legenda">
      <li>{blokje(KLEUR.verleend)} Verleend</li>
      <li>{blokje(KLEUR.gereserveerd, true)} Gereserveerd (ontvangen, nog niet beslist)</li>
      <li>{blokje(KLEUR.beschikbaar)} Beschikbaar</li>
    </ul>
  );
}

/** The ceilings of one rule: a bar per period and area, with the same figures as a table. */
function PlafondGrafiek({ r, periode }: { r: Regeling; periode: string }) {
  const rijen = r.plafonds.filter((p) => periode === '' || p.periode === periode);
  const max = Math.max(0, ...rijen.map((p) => p.bedrag));
  const kop = `plafond-${r.code}`;
  return (
    <section aria-labelledby={kop}>
      <Heading2 id={kop}>
        {r.naam} <span className="buurtwerk-klein">({r.code})</span>
      </Heading2>
      {rijen.length === 0 ? (
        <Paragraph>Voor deze regeling is {periode ? `voor ${periode} ` : ''}nog geen subsidieplafond vastgesteld.</Paragraph>
      ) : (
        <>
          <figure className="buurtwerk-grafiek" aria-labelledby={`${kop}-grafiek`}>
            <figcaption id={`${kop}-grafiek`}>
              Verleend, gereserveerd en beschikbaar per periode en gebied voor {r.naam}
            </figcaption>
            <Legenda />
            <ul className="buurtwerk-staven">
              {rijen.map((p) => (
                <li key={`${p.periode}-${p.stadsdeel?.id ?? 'stad'}`}>
                  <span>
                    <strong>
                      {p.periode}, {gebied(p)}:
                    </strong>{' '}
                    {euro(p.verleend)} verleend, {euro(p.gereserveerd)} gereserveerd, {euro(p.beschikbaar)} beschikbaar van{' '}
                    {euro(p.bedrag)}.
                  </span>
                  <Staaf p={p} max={max} />
                </li>
              ))}
            </ul>
          </figure>
          <div className="buurtwerk-tabel" role="region" aria-labelledby={`${kop}-tabel`} tabIndex={0}>
            <Table>
              <TableCaption id={`${kop}-tabel`}>Subsidieplafonds van {r.naam} in cijfers</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Periode en gebied</TableHeaderCell>
                  <TableHeaderCell scope="col" className="buurtwerk-getal">
                    Plafond
                  </TableHeaderCell>
                  <TableHeaderCell scope="col" className="buurtwerk-getal">
                    Verleend
                  </TableHeaderCell>
                  <TableHeaderCell scope="col" className="buurtwerk-getal">
                    Gereserveerd
                  </TableHeaderCell>
                  <TableHeaderCell scope="col" className="buurtwerk-getal">
                    Beschikbaar
                  </TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {rijen.map((p) => (
                  <TableRow key={`${p.periode}-${p.stadsdeel?.id ?? 'stad'}`}>
                    <TableHeaderCell scope="row">
                      {p.periode}, {gebied(p)}
                    </TableHeaderCell>
                    {[p.bedrag, p.verleend, p.gereserveerd, p.beschikbaar].map((c, n) => (
                      <TableCell key={n} className="buurtwerk-getal">
                        {euro(c)}
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

function Plafondformulier({ g, klaar }: { g: Gegevens; klaar: (melding: string) => void }) {
  const [regelingId, zetRegelingId] = useState('');
  const [periode, zetPeriode] = useState('');
  const [stadsdeelId, zetStadsdeelId] = useState('');
  const [bedrag, zetBedrag] = useState('');
  const [fouten, zetFouten] = useState<Veldfouten>({});
  const [fout, zetFout] = useState<string | null>(null);
  const [bezig, zetBezig] = useState(false);
  const formulier = useRef<HTMLFormElement>(null);

  const verstuur = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    zetFout(null);
    const f: Veldfouten = {};
    if (!regelingId) {
      f.regelingId = 'Kies de subsidieregeling.';
    }
    if (periode.trim() === '') {
      f.periode = 'Vul het jaar in, bijvoorbeeld 2027.';
    }
    const b = centenUitInvoer(bedrag);
    if (b.soort === 'leeg') {
      f.bedrag = 'Vul het plafond in euro’s in.';
    } else if (b.soort === 'fout') {
      f.bedrag = b.melding;
    }
    toonFouten(formulier.current, f, zetFouten);
    if (Object.keys(f).length > 0 || b.soort !== 'bedrag') {
      return;
    }
    zetBezig(true);
    try {
      const { subsidieplafondVaststellen: p } = await vraag(PLAFOND_VASTSTELLEN, {
        input: { regelingId, periode: periode.trim(), stadsdeelId: stadsdeelId || null, bedrag: b.centen },
      });
      zetBedrag('');
      klaar(`Het subsidieplafond voor ${p.periode} is vastgesteld op ${euro(p.bedrag)}; beschikbaar ${euro(p.beschikbaar)}.`);
    } catch (err) {
      zetFout(algemeneFout(err, 'Het plafond kon niet worden vastgesteld.'));
      toonFouten(formulier.current, veldfoutenVan(err), zetFouten);
    } finally {
      zetBezig(false);
    }
  };

  return (
    <form
      ref={formulier}
      noValidate
      onSubmit={(e) => void verstuur(e)}
      aria-labelledby="plafond-vaststellen-kop"
      className="buurtwerk-blok"
    >
      <Heading2 id="plafond-vaststellen-kop">Subsidieplafond vaststellen</Heading2>
      <Paragraph className="buurtwerk-klein">
        Een nieuw plafond stel je vast vóór de periode begint (Awb 4:22). Een bestaand plafond kun je verhogen, maar niet verlagen
        onder wat al verleend en gereserveerd is.
      </Paragraph>
      {fout && <Foutmelding>{fout}</Foutmelding>}
      <Keuzeveld
        id="plafond-regeling"
        naam="regelingId"
        label="Subsidieregeling"
        leeg="Kies een regeling"
        verplicht
        waarde={regelingId}
        keuzes={g.subsidieregelingen.map((r) => ({ waarde: r.id, tekst: `${r.naam} (${r.code})` }))}
        fout={fouten.regelingId}
        onKies={zetRegelingId}
      />
      <div className="buurtwerk-formulierrij">
        <FormFieldTextbox
          name="periode"
          label="Periode (kalenderjaar)"
          inputMode="numeric"
          autoComplete="off"
          size={6}
          required
          value={periode}
          onChange={(e) => zetPeriode((e.target as HTMLInputElement).value)}
          invalid={Boolean(fouten.periode)}
          errorMessage={fouten.periode}
        />
        <Keuzeveld
          id="plafond-stadsdeel"
          naam="stadsdeelId"
          label="Gebied"
          waarde={stadsdeelId}
          keuzes={[
            { waarde: '', tekst: 'Heel Heerlen (algemeen plafond)' },
            ...g.stadsdelen.map((s) => ({ waarde: s.id, tekst: `Stadsdeel ${s.naam}` })),
          ]}
          fout={fouten.stadsdeelId}
          onKies={zetStadsdeelId}
        />
        <FormFieldTextbox
          name="bedrag"
          label="Plafond in euro’s"
          inputMode="decimal"
          autoComplete="off"
          size={12}
          required
          value={bedrag}
          onChange={(e) => zetBedrag((e.target as HTMLInputElement).value)}
          invalid={Boolean(fouten.bedrag)}
          errorMessage={fouten.bedrag}
        />
      </div>
      <Button type="submit" appearance="primary-action-button" disabled={bezig}>
        Plafond vaststellen
      </Button>
    </form>
  );
}

/** Subsidy ceilings (Awb 4:22) per rule, period and stadsdeel: granted, reserved and available, as bars and as a table. */
export function PlafondsPagina({ ik }: { ik: Ik | null }) {
  usePaginatitel('Subsidieplafonds', APP_NAAM);
  const [g, zetG] = useState<Gegevens | null>(null);
  const [fout, zetFout] = useState<string | null>(null);
  const [melding, zetMelding] = useState<string | null>(null);
  const [periode, zetPeriode] = useState('');

  const laad = useCallback(async (): Promise<void> => {
    try {
      zetG(await vraag(PLAFONDS));
      zetFout(null);
    } catch (e) {
      zetFout(foutmelding(e, 'De subsidieplafonds konden niet worden geladen.'));
    }
  }, []);
  useEffect(() => {
    void laad();
  }, [laad]);

  const perioden = [...new Set(g?.subsidieregelingen.flatMap((r) => r.plafonds.map((p) => p.periode)) ?? [])].sort();
  const aantal = g?.subsidieregelingen.reduce((n, r) => n + r.plafonds.length, 0) ?? 0;
  return (
    <>
      <Heading1>Subsidieplafonds</Heading1>
      <Paragraph>
        Per subsidieregeling het plafond per jaar, voor heel Heerlen of per stadsdeel: wat al verleend is, wat gereserveerd is
        voor ontvangen aanvragen (in volgorde van binnenkomst, Awb 4:25) en wat nog beschikbaar is.
      </Paragraph>
      <Statusmelding melding={melding} />
      {fout && <Foutmelding>{fout}</Foutmelding>}
      {/* The hatching of the reserved part, defined once for every bar on the page. */}
      <svg width="0" height="0" aria-hidden="true" focusable="false" className="buurtwerk-visueel-verborgen">
        <defs>
          <pattern id="plafond-arcering" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="3" height="8" fill="#ffffff" fillOpacity="0.45" />
          </pattern>
        </defs>
      </svg>
      {g === null ? (
        !fout && <Paragraph role="status">Subsidieplafonds laden …</Paragraph>
      ) : (
        <>
          <p role="status" className="buurtwerk-klein">
            {g.subsidieregelingen.length} {g.subsidieregelingen.length === 1 ? 'regeling' : 'regelingen'} met samen {aantal}{' '}
            {aantal === 1 ? 'plafond' : 'plafonds'}.
          </p>
          {perioden.length > 1 && (
            <Keuzeveld
              id="plafonds-periode"
              naam="periode-filter"
              label="Periode tonen"
              waarde={periode}
              keuzes={[{ waarde: '', tekst: 'Alle perioden' }, ...perioden.map((p) => ({ waarde: p, tekst: p }))]}
              onKies={zetPeriode}
            />
          )}
          {g.subsidieregelingen.map((r) => (
            <PlafondGrafiek key={r.code} r={r} periode={periode} />
          ))}
          {heeftRol(ik?.rollen, 'BELEIDSMEDEWERKER', 'BEHEERDER') && (
            <Plafondformulier
              g={g}
              klaar={(m) => {
                zetMelding(m);
                void laad();
              }}
            />
          )}
        </>
      )}
    </>
  );
}
