import {
  Alert,
  FormFieldTextbox,
  Heading1,
  Heading2,
  Heading3,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { vraag } from '@web-gedeeld/api';
import { datum } from '@web-gedeeld/datum';
import { foutmelding } from '@web-gedeeld/fouten';
import { euro } from '@web-gedeeld/geld';
import { usePaginatitel } from '@web-gedeeld/router';
import { graphql } from '../gql';
import type { RegiepaneelJaarsubsidiesQuery } from '../gql/graphql';
import { APP_NAAM } from '../naam';

const JAARSUBSIDIES = graphql(`
  query RegiepaneelJaarsubsidies($boekjaar: Int) {
    jaarsubsidies(boekjaar: $boekjaar) {
      id
      referentie
      organisatieNaam
      boekjaar
      status
      gevraagdBedrag
      verleendBedrag
      vastgesteldBedrag
      betaald
      verantwoordingUiterlijk
      nieuweTermijnTot
      accountantsverklaringNodig
      regeling {
        naam
      }
      betalingen {
        id
        soort
        volgnummer
        bedrag
        vervaldatum
        status
      }
      wijzigingen {
        id
        omschrijving
        afgehandeld
      }
      afwijkingen {
        code
        omschrijving
      }
    }
  }
`);

type Jaarsubsidie = RegiepaneelJaarsubsidiesQuery['jaarsubsidies'][number];

const STATUS: Record<string, string> = {
  INGEDIEND: 'Aangevraagd',
  VERLEEND: 'Verleend',
  AFGEWEZEN: 'Afgewezen',
  VERANTWOORD: 'Verantwoord, nog vast te stellen',
  VASTGESTELD: 'Vastgesteld',
};
const SOORT: Record<string, string> = { VOORSCHOT: 'Voorschot', NABETALING: 'Nabetaling', TERUGVORDERING: 'Terugvordering' };
const BETALING: Record<string, string> = { GEPLAND: 'Gepland', BETAALD: 'Betaald', VERVALLEN: 'Vervallen' };

/** What is due from the organisation now: the account, or the settlement by staff. */
function verslagStand(j: Jaarsubsidie): string {
  if (j.status === 'VERLEEND' && j.nieuweTermijnTot) {
    return `Verantwoording te laat; nieuwe termijn tot en met ${datum(j.nieuweTermijnTot)}`;
  }
  if (j.status === 'VERLEEND' && j.verantwoordingUiterlijk) {
    return `Verantwoording uiterlijk ${datum(j.verantwoordingUiterlijk)}${j.accountantsverklaringNodig ? ', met accountantsverklaring' : ''}`;
  }
  if (j.status === 'VERANTWOORD') {
    return 'Verantwoording ontvangen; vaststellen';
  }
  return 'Niets open';
}

function Dossier({ j }: { j: Jaarsubsidie }) {
  const kop = `jaarsubsidie-${j.id.replace(/[^A-Za-z0-9]/g, '')}`;
  const open = j.wijzigingen.filter((w) => !w.afgehandeld);
  return (
    <section aria-labelledby={kop} className="buurtwerk-blok">
      <Heading2 id={kop}>
        {j.organisatieNaam} <span className="buurtwerk-klein">{j.referentie}</span>
      </Heading2>
      <dl className="buurtwerk-feitenlijst">
        <dt>Regeling en boekjaar</dt>
        <dd>
          {j.regeling.naam}, {j.boekjaar}
        </dd>
        <dt>Stand</dt>
        <dd>{STATUS[j.status] ?? j.status}</dd>
        <dt>Gevraagd / verleend / vastgesteld</dt>
        <dd>
          {euro(j.gevraagdBedrag)} / {j.verleendBedrag == null ? 'nog niet' : euro(j.verleendBedrag)} /{' '}
          {j.vastgesteldBedrag == null ? 'nog niet' : euro(j.vastgesteldBedrag)}
        </dd>
        <dt>Voorschotten betaald</dt>
        <dd>{euro(j.betaald)}</dd>
        <dt>Verslag</dt>
        <dd>{verslagStand(j)}</dd>
      </dl>
      {j.betalingen.length > 0 && (
        <div className="buurtwerk-tabel" role="region" aria-labelledby={`${kop}-betalingen`} tabIndex={0}>
          <Table>
            <TableCaption id={`${kop}-betalingen`}>Betalingen van {j.organisatieNaam}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Betaling</TableHeaderCell>
                <TableHeaderCell scope="col">Vervaldag</TableHeaderCell>
                <TableHeaderCell scope="col" className="buurtwerk-getal">
                  Bedrag
                </TableHeaderCell>
                <TableHeaderCell scope="col">Stand</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {j.betalingen.map((b) => (
                <TableRow key={b.id}>
                  <TableHeaderCell scope="row">
                    {SOORT[b.soort] ?? b.soort} {b.soort === 'VOORSCHOT' ? b.volgnummer : ''}
                  </TableHeaderCell>
                  <TableCell>{datum(b.vervaldatum)}</TableCell>
                  <TableCell className="buurtwerk-getal">{euro(b.bedrag)}</TableCell>
                  <TableCell>{BETALING[b.status] ?? b.status}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      <Heading3>Afwijkingen en meldingen</Heading3>
      {j.afwijkingen.length === 0 && open.length === 0 ? (
        <Paragraph>Geen afwijkingen en geen open meldingen.</Paragraph>
      ) : (
        <ul>
          {open.map((w) => (
            <li key={w.id}>Melding (Awb 4:38), nog af te handelen: {w.omschrijving}</li>
          ))}
          {j.afwijkingen.map((a) => (
            <li key={a.code}>
              {a.code}: {a.omschrijving}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Per organisation: the yearly subsidy of a book year, its payments, what is due and the deviations. */
export function JaarsubsidiesPagina() {
  usePaginatitel('Jaarsubsidies', APP_NAAM);
  const [boekjaar, zetBoekjaar] = useState(String(new Date().getFullYear()));
  const [lijst, zetLijst] = useState<Jaarsubsidie[] | null>(null);
  const [fout, zetFout] = useState<string | null>(null);

  useEffect(() => {
    let actueel = true;
    const jaar = /^\d{4}$/.test(boekjaar.trim()) ? Number(boekjaar.trim()) : null;
    if (jaar === null) {
      return;
    }
    const wacht = window.setTimeout(() => {
      vraag(JAARSUBSIDIES, { boekjaar: jaar })
        .then((d) => {
          if (actueel) {
            zetLijst(d.jaarsubsidies);
            zetFout(null);
          }
        })
        .catch((e: unknown) => actueel && zetFout(foutmelding(e, 'De jaarsubsidies konden niet worden geladen.')));
    }, 250);
    return () => {
      actueel = false;
      window.clearTimeout(wacht);
    };
  }, [boekjaar]);

  return (
    <>
      <Heading1>Jaarsubsidies</Heading1>
      <Paragraph>
        De jaarsubsidies van buurtorganisaties per boekjaar: de verlening, de voorschotten, wat de organisatie nog moet
        verantwoorden en waar het resultaat afwijkt van het plan.
      </Paragraph>
      <form role="search" onSubmit={(e) => e.preventDefault()} aria-label="Boekjaar kiezen">
        <FormFieldTextbox
          name="boekjaar"
          label="Boekjaar"
          inputMode="numeric"
          value={boekjaar}
          onChange={(e) => zetBoekjaar((e.target as HTMLInputElement).value)}
          autoComplete="off"
        />
      </form>
      <p role="status" className="buurtwerk-klein">
        {lijst === null ? 'Jaarsubsidies laden …' : `${lijst.length} ${lijst.length === 1 ? 'organisatie' : 'organisaties'}`}
      </p>
      {fout && (
        <Alert type="error" role="alert">
          <Paragraph>{fout}</Paragraph>
        </Alert>
      )}
      {lijst?.map((j) => (
        <Dossier key={j.id} j={j} />
      ))}
    </>
  );
}
