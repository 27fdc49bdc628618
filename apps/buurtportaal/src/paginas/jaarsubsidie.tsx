import {
  Alert,
  Button,
  FormField,
  FormFieldErrorMessage,
  FormFieldTextarea,
  FormFieldTextbox,
  FormLabel,
  Heading1,
  Heading2,
  Heading3,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { vraag } from '@web-gedeeld/api';
import { datum } from '@web-gedeeld/datum';
import { foutmelding, leesbareFout } from '@web-gedeeld/fouten';
import { Foutsamenvatting } from '@web-gedeeld/foutsamenvatting';
import { centenUitInvoer, euro } from '@web-gedeeld/geld';
import { usePaginatitel } from '@web-gedeeld/router';
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { graphql } from '../gql';
import type { BuurtportaalMijnJaarsubsidiesQuery } from '../gql/graphql';
import { APP_NAAM } from '../naam';

const MIJN = graphql(`
  query BuurtportaalMijnJaarsubsidies {
    mijnJaarsubsidies {
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
      verplichtingen
      activiteiten {
        code
        omschrijving
      }
      begroting {
        code
        omschrijving
        soort
      }
      betalingen {
        id
        soort
        volgnummer
        bedrag
        vervaldatum
        status
      }
      besluiten {
        id
        soort
        datum
        bezwaarMogelijkTot
        brief
      }
      wijzigingen {
        id
        omschrijving
        afgehandeld
      }
    }
  }
`);

const MELDEN = graphql(`
  mutation BuurtportaalJaarsubsidieWijzigingMelden($id: ID!, $input: JaarsubsidieWijzigingInput!) {
    jaarsubsidieWijzigingMelden(id: $id, input: $input) {
      id
    }
  }
`);

type Jaarsubsidie = BuurtportaalMijnJaarsubsidiesQuery['mijnJaarsubsidies'][number];

const STATUS: Record<string, string> = {
  INGEDIEND: 'Aangevraagd, de gemeente beslist nog',
  VERLEEND: 'Verleend',
  AFGEWEZEN: 'Afgewezen',
  VERANTWOORD: 'Verantwoord, de gemeente stelt de subsidie vast',
  VASTGESTELD: 'Vastgesteld',
};
const BESLUIT: Record<string, string> = {
  VERLENING: 'Verlening',
  AFWIJZING: 'Afwijzing',
  WIJZIGING: 'Wijziging',
  VASTSTELLING: 'Vaststelling',
  AMBTSHALVE_VASTSTELLING: 'Ambtshalve vaststelling',
};
const SOORT: Record<string, string> = {
  VOORSCHOT: 'Voorschot',
  NABETALING: 'Nabetaling',
  TERUGVORDERING: 'Terugbetalen aan de gemeente',
};
const BETALING: Record<string, string> = { GEPLAND: 'Gepland', BETAALD: 'Betaald', VERVALLEN: 'Vervallen' };

function WijzigingMelden({ j, gemeld }: { j: Jaarsubsidie; gemeld: () => void }) {
  const id = j.id.replace(/[^A-Za-z0-9]/g, '');
  const [soort, zetSoort] = useState('');
  const [betreft, zetBetreft] = useState('');
  const [bedrag, zetBedrag] = useState('');
  const [omschrijving, zetOmschrijving] = useState('');
  const [fouten, zetFouten] = useState<Record<string, string>>({});
  const [fout, zetFout] = useState<string | null>(null);
  const [klaar, zetKlaar] = useState(false);

  const verstuur = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    zetFout(null);
    zetKlaar(false);
    const f: Record<string, string> = {};
    if (!soort) {
      f[`soort-${id}`] = 'Kies wat er verandert.';
    }
    if (soort && soort !== 'OVERIG' && !betreft) {
      f[`betreft-${id}`] =
        soort === 'ACTIVITEIT_VERVALT' ? 'Kies de activiteit die vervalt.' : 'Kies de kostenregel waar het geld vandaan gaat.';
    }
    const centen = centenUitInvoer(bedrag);
    if (soort === 'BEGROTINGSVERSCHUIVING' && centen.soort !== 'bedrag') {
      f[`bedrag-${id}`] = centen.soort === 'fout' ? centen.melding : 'Vul het bedrag in dat verschuift.';
    }
    if (omschrijving.trim() === '') {
      f[`omschrijving-${id}`] = 'Beschrijf wat er verandert en waarom.';
    }
    zetFouten(f);
    if (Object.keys(f).length > 0) {
      document.querySelector<HTMLElement>(`[name="${Object.keys(f)[0]}"]`)?.focus();
      return;
    }
    try {
      await vraag(MELDEN, {
        id: j.id,
        input: {
          soort: soort as 'ACTIVITEIT_VERVALT',
          betreft: soort === 'OVERIG' ? null : betreft,
          bedrag: soort === 'BEGROTINGSVERSCHUIVING' && centen.soort === 'bedrag' ? centen.centen : null,
          omschrijving: omschrijving.trim(),
        },
      });
      zetSoort('');
      zetBetreft('');
      zetBedrag('');
      zetOmschrijving('');
      zetKlaar(true);
      gemeld();
    } catch (e) {
      const r = leesbareFout(
        e,
        {
          soort: { naam: `soort-${id}`, label: 'Wat verandert er?' },
          betreft: { naam: `betreft-${id}`, label: 'Welke activiteit of kostenregel' },
          bedrag: { naam: `bedrag-${id}`, label: 'Bedrag' },
          omschrijving: { naam: `omschrijving-${id}`, label: 'Toelichting' },
        },
        'Melden is niet gelukt.',
      );
      zetFouten(r.perVeld);
      zetFout(r.algemeen);
    }
  };

  const keuzes = soort === 'ACTIVITEIT_VERVALT' ? j.activiteiten : j.begroting.filter((b) => b.soort === 'KOSTEN');
  return (
    <form noValidate onSubmit={(e) => void verstuur(e)} aria-labelledby={`melden-${id}`}>
      <Heading3 id={`melden-${id}`}>Een wijziging melden</Heading3>
      <Paragraph>
        Vervalt een activiteit, of schuift er geld tussen de kostenregels? Meld het meteen (Awb 4:38). De gemeente kijkt dan of de
        verlening moet veranderen.
      </Paragraph>
      <Foutsamenvatting fouten={fouten} algemeen={fout} />
      {klaar && (
        <Alert type="ok" role="status">
          <Paragraph>Je melding is ontvangen. De gemeente laat je weten wat ermee gebeurt.</Paragraph>
        </Alert>
      )}
      <FormField invalid={Boolean(fouten[`soort-${id}`])}>
        <FormLabel htmlFor={`soort-${id}`}>Wat verandert er?</FormLabel>
        {fouten[`soort-${id}`] && <FormFieldErrorMessage id={`soort-${id}-fout`}>{fouten[`soort-${id}`]}</FormFieldErrorMessage>}
        <Select
          id={`soort-${id}`}
          name={`soort-${id}`}
          invalid={Boolean(fouten[`soort-${id}`])}
          aria-describedby={fouten[`soort-${id}`] ? `soort-${id}-fout` : undefined}
          value={soort}
          onChange={(e) => {
            zetSoort(e.target.value);
            zetBetreft('');
          }}
        >
          <SelectOption value="">Kies</SelectOption>
          <SelectOption value="ACTIVITEIT_VERVALT">Een activiteit vervalt</SelectOption>
          <SelectOption value="BEGROTINGSVERSCHUIVING">Geld schuift tussen kostenregels</SelectOption>
          <SelectOption value="OVERIG">Iets anders</SelectOption>
        </Select>
      </FormField>
      {soort && soort !== 'OVERIG' && (
        <FormField invalid={Boolean(fouten[`betreft-${id}`])}>
          <FormLabel htmlFor={`betreft-${id}`}>
            {soort === 'ACTIVITEIT_VERVALT' ? 'Welke activiteit' : 'Van welke kostenregel'}
          </FormLabel>
          {fouten[`betreft-${id}`] && (
            <FormFieldErrorMessage id={`betreft-${id}-fout`}>{fouten[`betreft-${id}`]}</FormFieldErrorMessage>
          )}
          <Select
            id={`betreft-${id}`}
            name={`betreft-${id}`}
            invalid={Boolean(fouten[`betreft-${id}`])}
            aria-describedby={fouten[`betreft-${id}`] ? `betreft-${id}-fout` : undefined}
            value={betreft}
            onChange={(e) => zetBetreft(e.target.value)}
          >
            <SelectOption value="">Kies</SelectOption>
            {keuzes.map((k) => (
              <SelectOption key={k.code} value={k.code}>
                {k.code}: {k.omschrijving}
              </SelectOption>
            ))}
          </Select>
        </FormField>
      )}
      {soort === 'BEGROTINGSVERSCHUIVING' && (
        <FormFieldTextbox
          name={`bedrag-${id}`}
          label="Bedrag dat verschuift (in euro)"
          inputMode="decimal"
          value={bedrag}
          onChange={(e) => zetBedrag((e.target as HTMLInputElement).value)}
          invalid={Boolean(fouten[`bedrag-${id}`])}
          errorMessage={fouten[`bedrag-${id}`]}
        />
      )}
      <FormFieldTextarea
        name={`omschrijving-${id}`}
        label="Toelichting"
        rows={3}
        value={omschrijving}
        onChange={(e) => zetOmschrijving(e.target.value)}
        invalid={Boolean(fouten[`omschrijving-${id}`])}
        errorMessage={fouten[`omschrijving-${id}`]}
      />
      <Button type="submit" appearance="primary-action-button">
        Wijziging melden
      </Button>
    </form>
  );
}

function Dossier({ j, herlaad }: { j: Jaarsubsidie; herlaad: () => void }) {
  const kop = `dossier-${j.id.replace(/[^A-Za-z0-9]/g, '')}`;
  return (
    <section aria-labelledby={kop}>
      <Heading2 id={kop}>
        {j.organisatieNaam}: jaarsubsidie {j.boekjaar}
      </Heading2>
      <dl className="buurtwerk-feitenlijst">
        <dt>Kenmerk</dt>
        <dd>{j.referentie}</dd>
        <dt>Stand</dt>
        <dd>{STATUS[j.status] ?? j.status}</dd>
        <dt>Gevraagd</dt>
        <dd>{euro(j.gevraagdBedrag)}</dd>
        {j.verleendBedrag != null && (
          <>
            <dt>Verleend</dt>
            <dd>{euro(j.verleendBedrag)}</dd>
          </>
        )}
        {j.vastgesteldBedrag != null && (
          <>
            <dt>Vastgesteld</dt>
            <dd>{euro(j.vastgesteldBedrag)}</dd>
          </>
        )}
        <dt>Voorschotten ontvangen</dt>
        <dd>{euro(j.betaald)}</dd>
        {j.status === 'VERLEEND' && j.verantwoordingUiterlijk && (
          <>
            <dt>Verantwoorden</dt>
            <dd>
              uiterlijk {datum(j.nieuweTermijnTot ?? j.verantwoordingUiterlijk)}
              {j.accountantsverklaringNodig ? ', met een verklaring van een accountant' : ''}
            </dd>
          </>
        )}
      </dl>
      {j.verplichtingen.length > 0 && (
        <>
          <Heading3>Verplichtingen</Heading3>
          <ul>
            {j.verplichtingen.map((v) => (
              <li key={v}>{v}</li>
            ))}
          </ul>
        </>
      )}
      {j.betalingen.length > 0 && (
        <div className="buurtwerk-tabel" role="region" aria-labelledby={`${kop}-betalingen`} tabIndex={0}>
          <Table>
            <TableCaption id={`${kop}-betalingen`}>Betalingen {j.boekjaar}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Betaling</TableHeaderCell>
                <TableHeaderCell scope="col">Datum</TableHeaderCell>
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
      <Heading3>Brieven</Heading3>
      {j.besluiten.length === 0 ? (
        <Paragraph>Nog geen brieven.</Paragraph>
      ) : (
        j.besluiten.map((b) => (
          <details key={b.id}>
            <summary>
              {BESLUIT[b.soort] ?? b.soort} van {datum(b.datum)}
              {b.bezwaarMogelijkTot ? ` (bezwaar tot en met ${datum(b.bezwaarMogelijkTot)})` : ''}
            </summary>
            <div className="buurtwerk-brief">
              {b.brief.split('\n').map((regel, i) => (regel === '' ? <br key={i} /> : <Paragraph key={i}>{regel}</Paragraph>))}
            </div>
          </details>
        ))
      )}
      {j.wijzigingen.length > 0 && (
        <>
          <Heading3>Gemelde wijzigingen</Heading3>
          <ul>
            {j.wijzigingen.map((w) => (
              <li key={w.id}>
                {w.omschrijving} ({w.afgehandeld ? 'afgehandeld' : 'de gemeente kijkt ernaar'})
              </li>
            ))}
          </ul>
        </>
      )}
      {j.status === 'VERLEEND' && <WijzigingMelden j={j} gemeld={herlaad} />}
    </section>
  );
}

/** The organisation's yearly subsidies: the file, the letters and the report of a change. */
export function JaarsubsidiePagina() {
  usePaginatitel('Jaarsubsidie', APP_NAAM);
  const [lijst, zetLijst] = useState<Jaarsubsidie[] | null>(null);
  const [fout, zetFout] = useState<string | null>(null);
  const laad = useCallback(() => {
    vraag(MIJN)
      .then((d) => {
        zetLijst(d.mijnJaarsubsidies);
        zetFout(null);
      })
      .catch((e: unknown) => zetFout(foutmelding(e, 'Je jaarsubsidies konden niet worden geladen.')));
  }, []);
  useEffect(() => laad(), [laad]);

  return (
    <>
      <Heading1>Jaarsubsidie</Heading1>
      <Paragraph appearance="lead">
        De jaarsubsidie van je buurtorganisatie: wat is verleend, welke voorschotten komen, de brieven van de gemeente, en wanneer
        je verantwoordt.
      </Paragraph>
      {fout && (
        <Alert type="error" role="alert">
          <Paragraph>{fout}</Paragraph>
        </Alert>
      )}
      {lijst === null ? (
        <Paragraph role="status">Laden …</Paragraph>
      ) : lijst.length === 0 ? (
        <Paragraph>
          Er is geen jaarsubsidie van een organisatie waaraan je bent gekoppeld. Hoort dat wel zo te zijn? Vraag de gemeente om je
          aan je organisatie te koppelen.
        </Paragraph>
      ) : (
        lijst.map((j) => <Dossier key={j.id} j={j} herlaad={laad} />)
      )}
    </>
  );
}
