import {
  Button,
  FormFieldTextarea,
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
import { datum } from '@web-gedeeld/datum';
import type { Ik } from '@web-gedeeld/gebruiker';
import { usePaginatitel } from '@web-gedeeld/router';
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { Bevestiging, Foutmelding, heeftRol, Statusmelding, toonFouten, type Veldfouten, veldfoutenVan } from '../beheervelden';
import { graphql } from '../gql';
import type { RegiepaneelGelijkgesteldeDagenQuery } from '../gql/graphql';
import { APP_NAAM } from '../naam';

const DAGEN = graphql(`
  query RegiepaneelGelijkgesteldeDagen {
    gelijkgesteldeDagen {
      id
      datum
      besluit
    }
  }
`);

const TOEVOEGEN = graphql(`
  mutation RegiepaneelGelijkgesteldeDagToevoegen($input: GelijkgesteldeDagInput!) {
    gelijkgesteldeDagToevoegen(input: $input) {
      id
      datum
    }
  }
`);

const VERWIJDEREN = graphql(`
  mutation RegiepaneelGelijkgesteldeDagVerwijderen($id: ID!) {
    gelijkgesteldeDagVerwijderen(id: $id) {
      id
      datum
    }
  }
`);

type Dag = RegiepaneelGelijkgesteldeDagenQuery['gelijkgesteldeDagen'][number];

const WEEKDAG = new Intl.DateTimeFormat('nl-NL', { weekday: 'long', timeZone: 'UTC' });

function weekdag(d: string): string {
  return WEEKDAG.format(new Date(`${d}T00:00:00Z`));
}

function Toevoegformulier({ klaar }: { klaar: (melding: string) => void }) {
  const [dag, zetDag] = useState('');
  const [besluit, zetBesluit] = useState('');
  const [fouten, zetFouten] = useState<Veldfouten>({});
  const [fout, zetFout] = useState<string | null>(null);
  const [bezig, zetBezig] = useState(false);
  const formulier = useRef<HTMLFormElement>(null);

  const verstuur = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    zetFout(null);
    const f: Veldfouten = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(dag.trim())) {
      f.datum = 'Vul de datum in als JJJJ-MM-DD, bijvoorbeeld 2027-05-07.';
    }
    if (besluit.trim() === '') {
      f.besluit = 'Noem het besluit dat de dag gelijkstelt, met de vindplaats in de Staatscourant.';
    }
    toonFouten(formulier.current, f, zetFouten);
    if (Object.keys(f).length > 0) {
      return;
    }
    zetBezig(true);
    try {
      const { gelijkgesteldeDagToevoegen: d } = await vraag(TOEVOEGEN, { input: { datum: dag.trim(), besluit: besluit.trim() } });
      zetDag('');
      klaar(
        `${weekdag(d.datum)} ${datum(d.datum)} is met een feestdag gelijkgesteld; lopende termijnen die op die dag eindigden, eindigen nu op de eerstvolgende werkdag.`,
      );
    } catch (err) {
      zetFout(foutmelding(err, 'De dag kon niet worden toegevoegd.'));
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
      aria-labelledby="dag-toevoegen-kop"
      className="buurtwerk-blok"
    >
      <Heading2 id="dag-toevoegen-kop">Gelijkgestelde dag toevoegen</Heading2>
      <Paragraph className="buurtwerk-klein">
        Voeg een dag toe zodra het besluit in de Staatscourant staat. Termijnen die op die dag eindigen, lopen door tot de
        eerstvolgende werkdag; dat geldt ook voor termijnen die al zijn genoemd.
      </Paragraph>
      {fout && <Foutmelding>{fout}</Foutmelding>}
      <FormFieldTextbox
        name="datum"
        label="Datum (JJJJ-MM-DD)"
        autoComplete="off"
        size={12}
        required
        value={dag}
        onChange={(e) => zetDag((e.target as HTMLInputElement).value)}
        invalid={Boolean(fouten.datum)}
        errorMessage={fouten.datum}
      />
      <FormFieldTextarea
        name="besluit"
        label="Besluit (vindplaats)"
        description="Bijvoorbeeld: Besluit gelijkstelling van … met een algemeen erkende feestdag (Stcrt. …)."
        rows={3}
        required
        value={besluit}
        onChange={(e) => zetBesluit(e.target.value)}
        invalid={Boolean(fouten.besluit)}
        errorMessage={fouten.besluit}
      />
      <Button type="submit" appearance="primary-action-button" disabled={bezig}>
        Dag toevoegen
      </Button>
    </form>
  );
}

/** Days equated with general holidays by decree (Algemene termijnenwet art. 3 lid 3); kept by a beheerder. */
export function GelijkgesteldeDagenPagina({ ik }: { ik: Ik | null }) {
  usePaginatitel('Gelijkgestelde dagen', APP_NAAM);
  const [dagen, zetDagen] = useState<Dag[] | null>(null);
  const [fout, zetFout] = useState<string | null>(null);
  const [melding, zetMelding] = useState<string | null>(null);
  const [teVerwijderen, zetTeVerwijderen] = useState<string | null>(null);
  const beheerder = heeftRol(ik?.rollen, 'BEHEERDER');

  const laad = useCallback(async (): Promise<void> => {
    try {
      zetDagen((await vraag(DAGEN)).gelijkgesteldeDagen);
      zetFout(null);
    } catch (e) {
      zetFout(foutmelding(e, 'De gelijkgestelde dagen konden niet worden geladen.'));
    }
  }, []);
  useEffect(() => {
    void laad();
  }, [laad]);

  const verwijder = async (d: Dag): Promise<void> => {
    zetTeVerwijderen(null);
    try {
      await vraag(VERWIJDEREN, { id: d.id });
      zetMelding(
        `${datum(d.datum)} is verwijderd. Nieuwe termijnen slaan deze dag niet meer over; al genoemde termijnen blijven staan.`,
      );
      await laad();
    } catch (e) {
      zetFout(foutmelding(e, 'De dag kon niet worden verwijderd.'));
    }
  };

  return (
    <>
      <Heading1>Gelijkgestelde dagen</Heading1>
      <Paragraph>
        Een termijn die eindigt op een zaterdag, zondag of algemeen erkende feestdag loopt door tot de eerstvolgende werkdag
        (Algemene termijnenwet, artikel 1). De regering stelt bij besluit ook andere dagen met een feestdag gelijk (artikel 3 lid
        3), meestal voor drie jaar tegelijk. Die dagen gelden voor de beslistermijn, de aanvullingstermijn en de bezwaartermijn.
      </Paragraph>
      <Statusmelding melding={melding} />
      {fout && <Foutmelding>{fout}</Foutmelding>}
      {dagen === null ? (
        !fout && <Paragraph role="status">Gelijkgestelde dagen laden …</Paragraph>
      ) : (
        <div className="buurtwerk-tabel" role="region" aria-labelledby="dagen-tabel" tabIndex={0}>
          <Table>
            <TableCaption id="dagen-tabel">Met een feestdag gelijkgestelde dagen ({dagen.length})</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Datum</TableHeaderCell>
                <TableHeaderCell scope="col">Besluit</TableHeaderCell>
                {beheerder && <TableHeaderCell scope="col">Actie</TableHeaderCell>}
              </TableRow>
            </TableHeader>
            <TableBody>
              {dagen.map((d) => (
                <TableRow key={d.id}>
                  <TableHeaderCell scope="row">
                    {weekdag(d.datum)} {datum(d.datum)}
                  </TableHeaderCell>
                  <TableCell>{d.besluit}</TableCell>
                  {beheerder && (
                    <TableCell>
                      {teVerwijderen === d.id ? (
                        <Bevestiging
                          label={`Bevestigen: ${datum(d.datum)} verwijderen`}
                          vraag="Alleen voor een dag die per vergissing is toegevoegd. Verwijderen?"
                          jaTekst="Ja, verwijderen"
                          ja={() => void verwijder(d)}
                          nee={() => zetTeVerwijderen(null)}
                        />
                      ) : (
                        <Button appearance="secondary-action-button" onClick={() => zetTeVerwijderen(d.id)}>
                          Verwijderen<span className="buurtwerk-visueel-verborgen"> ({datum(d.datum)})</span>
                        </Button>
                      )}
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {beheerder ? (
        <Toevoegformulier
          klaar={(m) => {
            zetMelding(m);
            void laad();
          }}
        />
      ) : (
        <Paragraph className="buurtwerk-klein">Alleen een beheerder kan deze lijst aanvullen.</Paragraph>
      )}
    </>
  );
}
