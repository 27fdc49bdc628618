import {
  Alert,
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
import { datumTijd } from '@web-gedeeld/datum';
import { foutmelding, leesbareFout } from '@web-gedeeld/fouten';
import { usePaginatitel } from '@web-gedeeld/router';
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { graphql } from '../gql';
import type { BuurtportaalHeitjeQuery } from '../gql/graphql';
import { APP_NAAM } from '../naam';

const HEITJE = graphql(`
  query BuurtportaalHeitje {
    heitjeKlussen {
      id
      titel
      beschrijving
      buurtnaam
      materialen
      beloning
      plaatsenVrij
      organisatienaam
    }
    mijnHeitjes {
      saldo
      verdiendDitJaar
      jaarplafond
      deelnames {
        id
        klusId
        klustitel
        status
      }
      mutaties {
        op
        omschrijving
        bedrag
      }
    }
    heitjeWinkels {
      id
      naam
      actief
    }
  }
`);

const CLAIMEN = graphql(`
  mutation BuurtportaalHeitjeClaimen($id: ID!) {
    heitjeKlusClaimen(klusId: $id) {
      id
      klustitel
    }
  }
`);

const CODE = graphql(`
  mutation BuurtportaalHeitjeBetaalcode($bedrag: Int!) {
    heitjeBetaalcodeMaken(bedrag: $bedrag) {
      code
      bedrag
      geldigTot
    }
  }
`);

type Gegevens = BuurtportaalHeitjeQuery;
type Code = { code: string; bedrag: number; geldigTot: string };

function Betalen({ saldo }: { saldo: number }) {
  const [bedrag, zetBedrag] = useState('');
  const [fout, zetFout] = useState<string | undefined>(undefined);
  const [code, zetCode] = useState<Code | null>(null);

  const verstuur = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    zetCode(null);
    if (!/^\d+$/.test(bedrag.trim()) || Number(bedrag) < 1) {
      zetFout('Vul een aantal heitjes in, bijvoorbeeld 5.');
      document.querySelector<HTMLElement>('[name="bedrag"]')?.focus();
      return;
    }
    try {
      const { heitjeBetaalcodeMaken } = await vraag(CODE, { bedrag: Number(bedrag) });
      zetFout(undefined);
      zetCode(heitjeBetaalcodeMaken);
    } catch (err) {
      const r = leesbareFout(err, { bedrag: { naam: 'bedrag', label: 'Bedrag' } }, 'Er kon geen betaalcode worden gemaakt.');
      zetFout(r.perVeld.bedrag ?? r.algemeen ?? undefined);
    }
  };

  return (
    <form noValidate onSubmit={(e) => void verstuur(e)} aria-labelledby="betalen-kop" className="buurtwerk-blok">
      <Heading2 id="betalen-kop">Betalen bij een winkel</Heading2>
      <Paragraph className="buurtwerk-klein">
        Maak een betaalcode en laat die bij de kassa zien. De winkel bevestigt de code; pas dan gaan de heitjes van je saldo af.
        Een code is een paar minuten geldig en werkt één keer.
      </Paragraph>
      <FormFieldTextbox
        name="bedrag"
        label="Hoeveel heitjes?"
        description={`Je hebt ${saldo} heitjes.`}
        inputMode="numeric"
        size={6}
        value={bedrag}
        onChange={(e) => zetBedrag((e.target as HTMLInputElement).value)}
        invalid={Boolean(fout)}
        errorMessage={fout}
      />
      <Button type="submit" appearance="primary-action-button">
        Betaalcode maken
      </Button>
      <div role="status">
        {code && (
          <Alert type="ok">
            <Paragraph>
              Je betaalcode voor {code.bedrag} heitjes: <strong>{code.code}</strong>. Geldig tot {datumTijd(code.geldigTot)}.
            </Paragraph>
          </Alert>
        )}
      </div>
    </form>
  );
}

/** 't Heerlens Heitje: pick a job in your buurt, earn heitjes, spend them at local shops. */
export function HeitjePagina() {
  usePaginatitel("'t Heerlens Heitje", APP_NAAM);
  const [g, zetG] = useState<Gegevens | null>(null);
  const [fout, zetFout] = useState<string | null>(null);
  const [melding, zetMelding] = useState<string | null>(null);

  const laad = useCallback(async (): Promise<void> => {
    try {
      zetG(await vraag(HEITJE));
    } catch (e) {
      zetFout(foutmelding(e, 'De klussen konden niet worden geladen.'));
    }
  }, []);
  useEffect(() => {
    void laad();
  }, [laad]);

  const claim = async (id: string): Promise<void> => {
    zetFout(null);
    try {
      const { heitjeKlusClaimen } = await vraag(CLAIMEN, { id });
      zetMelding(`Je doet mee aan “${heitjeKlusClaimen.klustitel}”. De begeleidende organisatie neemt contact met je op.`);
      await laad();
    } catch (e) {
      zetFout(foutmelding(e, 'Meedoen is niet gelukt.'));
    }
  };

  const mijn = g?.mijnHeitjes;
  const meegedaan = new Set(mijn?.deelnames.map((d) => d.klusId) ?? []);
  return (
    <>
      <Heading1>'t Heerlens Heitje</Heading1>
      <Paragraph appearance="lead">
        Help mee in je buurt: schilder bankjes, knap afvalbakken op of zet stoepmarkeringen bij. De gemeente levert het materiaal,
        een buurtorganisatie begeleidt je, en je verdient heitjes om uit te geven bij winkels in Heerlen.
      </Paragraph>
      <div role="status">
        {melding && (
          <Alert type="ok">
            <Paragraph>{melding}</Paragraph>
          </Alert>
        )}
      </div>
      {fout && (
        <Alert type="error" role="alert">
          <Paragraph>{fout}</Paragraph>
        </Alert>
      )}
      {!g && !fout && <Paragraph role="status">Laden …</Paragraph>}
      {g && mijn && (
        <>
          <section className="buurtwerk-blok" aria-labelledby="portemonnee-kop">
            <Heading2 id="portemonnee-kop">Mijn heitjes</Heading2>
            <Paragraph>
              Saldo: <strong>{mijn.saldo} heitjes</strong>. Dit jaar verdiend: {mijn.verdiendDitJaar} van de {mijn.jaarplafond}{' '}
              die je per jaar mag verdienen.
            </Paragraph>
            {mijn.mutaties.length > 0 && (
              <ul>
                {mijn.mutaties.map((m, i) => (
                  <li key={`${m.op}-${i}`}>
                    {datumTijd(m.op)}: {m.omschrijving} ({m.bedrag > 0 ? `+${m.bedrag}` : m.bedrag})
                  </li>
                ))}
              </ul>
            )}
          </section>
          {mijn.saldo > 0 && <Betalen saldo={mijn.saldo} />}
          <section className="buurtwerk-blok" aria-labelledby="klussen-kop">
            <Heading2 id="klussen-kop">Klussen</Heading2>
            {g.heitjeKlussen.length === 0 ? (
              <Paragraph>Er staan nu geen klussen open.</Paragraph>
            ) : (
              <div className="buurtwerk-tabel" role="region" aria-labelledby="klussen-bijschrift" tabIndex={0}>
                <Table>
                  <TableCaption id="klussen-bijschrift">Open klussen met hun beloning</TableCaption>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">Klus</TableHeaderCell>
                      <TableHeaderCell scope="col">Buurt</TableHeaderCell>
                      <TableHeaderCell scope="col">Beloning</TableHeaderCell>
                      <TableHeaderCell scope="col">Plaatsen vrij</TableHeaderCell>
                      <TableHeaderCell scope="col">Meedoen</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {g.heitjeKlussen.map((k) => (
                      <TableRow key={k.id}>
                        <TableHeaderCell scope="row">
                          {k.titel}
                          <span className="buurtwerk-klein">
                            {' '}
                            {k.beschrijving} Materiaal: {k.materialen}. Begeleiding: {k.organisatienaam}.
                          </span>
                        </TableHeaderCell>
                        <TableCell>{k.buurtnaam}</TableCell>
                        <TableCell>{k.beloning} heitjes</TableCell>
                        <TableCell>{k.plaatsenVrij}</TableCell>
                        <TableCell>
                          {meegedaan.has(k.id) ? (
                            'Je doet mee'
                          ) : k.plaatsenVrij > 0 ? (
                            <Button
                              appearance="secondary-action-button"
                              onClick={() => void claim(k.id)}
                              aria-label={`Meedoen: ${k.titel}`}
                            >
                              Meedoen
                            </Button>
                          ) : (
                            'Vol'
                          )}
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </div>
            )}
          </section>
          <section className="buurtwerk-blok" aria-labelledby="winkels-kop">
            <Heading2 id="winkels-kop">Hier betaal je met heitjes</Heading2>
            <ul>
              {g.heitjeWinkels
                .filter((w) => w.actief)
                .map((w) => (
                  <li key={w.id}>{w.naam}</li>
                ))}
            </ul>
          </section>
        </>
      )}
    </>
  );
}
