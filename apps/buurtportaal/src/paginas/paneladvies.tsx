import { Heading3, Paragraph } from '@utrecht/component-library-react';
import { useVraag } from '@web-gedeeld/data';
import { datumTijd } from '@web-gedeeld/datum';
import { foutmelding } from '@web-gedeeld/fouten';
import { graphql } from '../gql';
import type { BuurtportaalPaneladviesQuery, Stemkeuze } from '../gql/graphql';

/** The panel's advice on the applicant's own initiative: count and considerations, never names. */
const PANELADVIES = graphql(`
  query BuurtportaalPaneladvies($id: ID!) {
    panelstemming(initiatiefId: $id) {
      gesloten
      geslotenOp
      sluitOp
      aantalVoor
      aantalTegen
      aantalOnthouding
      advies
      adviesGevolgd
      afwijkingsreden
      overwegingen {
        keuze
        toelichting
      }
      panel {
        naam
      }
    }
  }
`);

type Stemming = NonNullable<BuurtportaalPaneladviesQuery['panelstemming']>;

const KEUZE: Record<Stemkeuze, string> = { VOOR: 'Voor', TEGEN: 'Tegen', ONTHOUDING: 'Onthouding' };

/**
 * A buurtpanel advises; the official with the mandate decides on behalf of the college (issue 18).
 * The applicant reads what the panel advised and why, and whether the decision follows it.
 */
export function Paneladvies({ initiatiefId, besluitDoor }: { initiatiefId: string; besluitDoor: string | null }) {
  const advies = useVraag(PANELADVIES, { id: initiatiefId });
  const s: Stemming | null = advies.data?.panelstemming ?? null;
  if (advies.error) {
    return <Paragraph>{foutmelding(advies.error)}</Paragraph>;
  }
  if (!s) {
    return null;
  }
  const kop = `paneladvies-${initiatiefId}`;
  if (!s.gesloten) {
    return (
      <section aria-labelledby={kop}>
        <Heading3 id={kop}>Advies van {s.panel.naam}</Heading3>
        <Paragraph>
          Het buurtpanel stemt over je idee tot {datumTijd(s.sluitOp)}. Daarna geeft het de gemeente advies, en neemt de gemeente
          het besluit.
        </Paragraph>
      </section>
    );
  }
  if (!s.advies) {
    return null;
  }
  return (
    <section aria-labelledby={kop}>
      <Heading3 id={kop}>
        Advies van {s.panel.naam}: {s.advies === 'POSITIEF' ? 'positief' : 'negatief'}
      </Heading3>
      <Paragraph>
        Het panel stemde {s.aantalVoor} voor, {s.aantalTegen} tegen en {s.aantalOnthouding}{' '}
        {s.aantalOnthouding === 1 ? 'onthouding' : 'onthoudingen'}
        {s.geslotenOp ? ` (gesloten op ${datumTijd(s.geslotenOp)})` : ''}. Een buurtpanel adviseert; het besluit neemt een
        medewerker van de gemeente namens het college van burgemeester en wethouders.
      </Paragraph>
      {s.overwegingen.length > 0 && (
        <>
          <Paragraph>Wat de leden van het panel vonden (zonder namen):</Paragraph>
          <ul>
            {s.overwegingen.map((o, i) => (
              <li key={i}>
                {KEUZE[o.keuze]}: “{o.toelichting}”
              </li>
            ))}
          </ul>
        </>
      )}
      {s.adviesGevolgd === true && (
        <Paragraph>
          {besluitDoor ? `${besluitDoor} besloot` : 'De gemeente besloot'} namens het college van burgemeester en wethouders en
          volgde het advies.
        </Paragraph>
      )}
      {s.adviesGevolgd === false && (
        <Paragraph>
          {besluitDoor ? `${besluitDoor} besloot` : 'De gemeente besloot'} namens het college van burgemeester en wethouders en
          week af van het advies, omdat: {s.afwijkingsreden}
        </Paragraph>
      )}
      {s.adviesGevolgd === null && (
        <Paragraph>De gemeente neemt nu het besluit op dit advies. Je leest het hier zodra het er is.</Paragraph>
      )}
    </section>
  );
}
