import {
  Button,
  FormFieldTextarea,
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
import { vraag } from '@web-gedeeld/api';
import { foutmelding } from '@web-gedeeld/fouten';
import { datum } from '@web-gedeeld/datum';
import type { Ik } from '@web-gedeeld/gebruiker';
import { euro } from '@web-gedeeld/geld';
import { AppLink, usePaginatitel } from '@web-gedeeld/router';
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { Bevestiging, Foutmelding, heeftRol, Keuzeveld, Statusmelding } from '../beheervelden';
import { graphql } from '../gql';
import type { RegiepaneelTenderQuery, RegiepaneelTenderregelsQuery } from '../gql/graphql';
import { APP_NAAM } from '../naam';

const REGELS = graphql(`
  query RegiepaneelTenderregels {
    subsidieregelingen {
      id
      naam
      verdeelmethode
    }
  }
`);

const TENDER = graphql(`
  query RegiepaneelTender($regelingId: ID!, $periode: String!) {
    tender(regelingId: $regelingId, periode: $periode) {
      regelingNaam
      voorstel
      seed
      verdeeldOp
      verdeeldDoor
      aanvraagperiodeVan
      aanvraagperiodeTot
      gedeeltelijkToekennen
      plafondBedrag
      vrij
      criteria {
        code
        omschrijving
        gewicht
      }
      regels {
        initiatiefId
        referentie
        plaats
        totaal
        beslecht
        toegekendBedrag
        reden
      }
      beoordelingen {
        initiatiefId
        criterium
        score
        toelichting
        beoordelaar
      }
    }
  }
`);

const BEOORDELEN = graphql(`
  mutation RegiepaneelTenderBeoordelen($initiatiefId: ID!, $scores: [TenderScoreInput!]!) {
    tenderBeoordelen(initiatiefId: $initiatiefId, scores: $scores) {
      voorstel
    }
  }
`);

const VERDELEN = graphql(`
  mutation RegiepaneelTenderVerdelen($regelingId: ID!, $periode: String!) {
    tenderVerdelen(regelingId: $regelingId, periode: $periode) {
      voorstel
    }
  }
`);

type Tender = RegiepaneelTenderQuery['tender'];
type Regeling = RegiepaneelTenderregelsQuery['subsidieregelingen'][number];

const BESLECHT: Record<string, string> = {
  SCORE: 'op score',
  DATUM: 'gelijke score: eerder volledig gaat voor',
  LOT: 'gelijke score en datum: lot',
};

/** Scores with reasons for one request on every criterion (Awb 4:26); the API refuses who has an interest. */
function Beoordeling({ t, regel, klaar }: { t: Tender; regel: Tender['regels'][number]; klaar: (m: string) => void }) {
  const [scores, zetScores] = useState<Record<string, { score: string; toelichting: string }>>({});
  const [fout, zetFout] = useState<string | null>(null);
  const verstuur = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    const invoer = t.criteria
      .filter((c) => scores[c.code]?.score)
      .map((c) => ({ criterium: c.code, score: Number(scores[c.code].score), toelichting: scores[c.code].toelichting }));
    if (invoer.some((s) => !Number.isInteger(s.score) || s.score < 0 || s.score > 10)) {
      zetFout('Een score is een geheel getal van 0 tot en met 10.');
      return;
    }
    try {
      await vraag(BEOORDELEN, { initiatiefId: regel.initiatiefId, scores: invoer });
      zetFout(null);
      klaar(`Je scores voor ${regel.referentie} zijn opgeslagen.`);
    } catch (err) {
      zetFout(foutmelding(err, 'De scores zijn niet opgeslagen.'));
    }
  };
  return (
    <form noValidate onSubmit={(e) => void verstuur(e)} aria-label={`Beoordelen: ${regel.referentie}`} className="buurtwerk-blok">
      <Heading3>
        Beoordelen: <AppLink naar={`/initiatief/${regel.initiatiefId}`}>{regel.referentie}</AppLink>
      </Heading3>
      {fout && <Foutmelding>{fout}</Foutmelding>}
      {t.criteria.map((c) => (
        <fieldset key={c.code} className="buurtwerk-fieldset">
          <legend className="utrecht-form-label">
            {c.omschrijving} (weegt {c.gewicht})
          </legend>
          <FormFieldTextbox
            name={`score-${regel.initiatiefId}-${c.code}`}
            label="Score (0 tot en met 10)"
            inputMode="numeric"
            size={3}
            value={scores[c.code]?.score ?? ''}
            onChange={(e) =>
              zetScores((s) => ({
                ...s,
                [c.code]: { toelichting: s[c.code]?.toelichting ?? '', score: (e.target as HTMLInputElement).value },
              }))
            }
          />
          <FormFieldTextarea
            name={`toelichting-${regel.initiatiefId}-${c.code}`}
            label="Waarom deze score"
            rows={2}
            value={scores[c.code]?.toelichting ?? ''}
            onChange={(e) =>
              zetScores((s) => ({ ...s, [c.code]: { score: s[c.code]?.score ?? '', toelichting: e.target.value } }))
            }
          />
        </fieldset>
      ))}
      <Button type="submit" appearance="secondary-action-button">
        Scores opslaan
      </Button>
    </form>
  );
}

export function TendersPagina({ ik }: { ik: Ik | null }) {
  usePaginatitel('Tenders', APP_NAAM);
  const [regels, zetRegels] = useState<Regeling[]>([]);
  const [regelingId, zetRegelingId] = useState('');
  const [periode, zetPeriode] = useState(String(new Date().getFullYear()));
  const [t, zetT] = useState<Tender | null>(null);
  const [fout, zetFout] = useState<string | null>(null);
  const [melding, zetMelding] = useState<string | null>(null);
  const [bevestigen, zetBevestigen] = useState(false);
  const magVerdelen = heeftRol(ik?.rollen, 'BELEIDSMEDEWERKER', 'BEHEERDER');

  useEffect(() => {
    let actief = true;
    vraag(REGELS)
      .then((r) => actief && zetRegels(r.subsidieregelingen.filter((x) => x.verdeelmethode === 'VERGELIJKENDE_BEOORDELING')))
      .catch((e: unknown) => actief && zetFout(foutmelding(e, 'De tenders konden niet worden geladen.')));
    return () => {
      actief = false;
    };
  }, []);

  const laad = useCallback(async (): Promise<void> => {
    if (!regelingId || !/^20\d{2}$/.test(periode)) {
      zetT(null);
      return;
    }
    try {
      zetT((await vraag(TENDER, { regelingId, periode })).tender);
      zetFout(null);
    } catch (e) {
      zetT(null);
      zetFout(foutmelding(e, 'De tender kon niet worden geladen.'));
    }
  }, [regelingId, periode]);
  useEffect(() => {
    void laad();
  }, [laad]);

  const verdelen = async (): Promise<void> => {
    zetBevestigen(false);
    try {
      await vraag(VERDELEN, { regelingId, periode });
      zetMelding('De tender is verdeeld; elke aanvraag heeft haar besluit.');
      await laad();
    } catch (e) {
      zetFout(foutmelding(e, 'De tender is niet verdeeld.'));
    }
  };

  return (
    <>
      <Heading1>Tenders</Heading1>
      <Paragraph>
        Bij een tender (Awb 4:26) worden de aanvragen na de aanvraagperiode vergeleken op de bekendgemaakte criteria. Medewerkers
        zonder belang geven per criterium een score met reden; daarna verdeel je het plafond in volgorde van de rangschikking.
      </Paragraph>
      <Statusmelding melding={melding} />
      {fout && <Foutmelding>{fout}</Foutmelding>}
      <Keuzeveld
        id="tender-regeling"
        naam="regeling"
        label="Tender"
        waarde={regelingId}
        leeg="Kies een tender"
        keuzes={regels.map((r) => ({ waarde: r.id, tekst: r.naam }))}
        onKies={zetRegelingId}
      />
      <FormFieldTextbox
        name="periode"
        label="Jaar van het plafond"
        inputMode="numeric"
        size={4}
        value={periode}
        onChange={(e) => zetPeriode((e.target as HTMLInputElement).value)}
      />
      {t && (
        <>
          <Heading2>{t.regelingNaam}</Heading2>
          <Paragraph>
            Aanvraagperiode {t.aanvraagperiodeVan ? datum(t.aanvraagperiodeVan) : '–'} tot en met{' '}
            {t.aanvraagperiodeTot ? datum(t.aanvraagperiodeTot) : '–'}. Plafond {euro(t.plafondBedrag)}, nu vrij {euro(t.vrij)}.{' '}
            {t.gedeeltelijkToekennen ? 'Wie niet helemaal past, krijgt wat er over is.' : 'Alles of niets per aanvraag.'}{' '}
            Criteria: {t.criteria.map((c) => `${c.omschrijving} (weegt ${c.gewicht})`).join('; ')}.
          </Paragraph>
          <Table>
            <TableCaption>
              {t.voorstel
                ? 'Rangschikking en voorstel (nog niet verdeeld)'
                : `Verdeeld op ${t.verdeeldOp ? datum(String(t.verdeeldOp).slice(0, 10)) : ''} door ${t.verdeeldDoor ?? ''} (lot-zaad ${t.seed ?? ''})`}
            </TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Plaats</TableHeaderCell>
                <TableHeaderCell scope="col">Aanvraag</TableHeaderCell>
                <TableHeaderCell scope="col">Score</TableHeaderCell>
                <TableHeaderCell scope="col">{t.voorstel ? 'Voorstel' : 'Toegekend'}</TableHeaderCell>
                <TableHeaderCell scope="col">Toelichting</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {t.regels.map((r) => (
                <TableRow key={r.initiatiefId}>
                  <TableCell>{r.plaats ?? '–'}</TableCell>
                  <TableCell>
                    <AppLink naar={`/initiatief/${r.initiatiefId}`}>{r.referentie}</AppLink>
                  </TableCell>
                  <TableCell>
                    {r.totaal ?? '–'}
                    {r.beslecht && r.beslecht !== 'SCORE' ? ` (${BESLECHT[r.beslecht] ?? r.beslecht})` : ''}
                  </TableCell>
                  <TableCell>{euro(r.toegekendBedrag)}</TableCell>
                  <TableCell>{r.reden}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {t.voorstel && t.beoordelingen.length > 0 && (
            <Table>
              <TableCaption>Scores met reden</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Aanvraag</TableHeaderCell>
                  <TableHeaderCell scope="col">Criterium</TableHeaderCell>
                  <TableHeaderCell scope="col">Score</TableHeaderCell>
                  <TableHeaderCell scope="col">Door</TableHeaderCell>
                  <TableHeaderCell scope="col">Reden</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {t.beoordelingen.map((b, i) => (
                  <TableRow key={`${b.initiatiefId}-${b.criterium}-${i}`}>
                    <TableCell>{t.regels.find((r) => r.initiatiefId === b.initiatiefId)?.referentie}</TableCell>
                    <TableCell>{t.criteria.find((c) => c.code === b.criterium)?.omschrijving ?? b.criterium}</TableCell>
                    <TableCell>{b.score}</TableCell>
                    <TableCell>{b.beoordelaar}</TableCell>
                    <TableCell>{b.toelichting}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
          {t.voorstel &&
            t.regels.map((r) => (
              <Beoordeling
                key={r.initiatiefId}
                t={t}
                regel={r}
                klaar={(m) => {
                  zetMelding(m);
                  void laad();
                }}
              />
            ))}
          {t.voorstel && magVerdelen && (
            <div className="buurtwerk-blok">
              {bevestigen ? (
                <Bevestiging
                  label="Bevestigen: tender verdelen"
                  vraag="Verdelen legt voor elke aanvraag het besluit vast, in volgorde van de rangschikking. Dat kun je niet terugdraaien."
                  jaTekst="Ja, verdelen"
                  ja={() => void verdelen()}
                  nee={() => zetBevestigen(false)}
                />
              ) : (
                <Button appearance="primary-action-button" onClick={() => zetBevestigen(true)}>
                  Tender verdelen
                </Button>
              )}
            </div>
          )}
        </>
      )}
    </>
  );
}
