import { Alert, Heading3, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { vraag } from '@web-gedeeld/api';
import { foutmelding } from '@web-gedeeld/fouten';
import { euro } from '@web-gedeeld/geld';
import { useEffect, useState } from 'react';
import { graphql } from './gql';
import type { RegiepaneelBesluitVoorbereidingQuery } from './gql/graphql';

const VOORBEREIDING = graphql(`
  query RegiepaneelBesluitVoorbereiding($id: ID!) {
    besluitVoorbereiding(initiatiefId: $id) {
      beslisser
      onvervuldeVoorwaarden {
        voorwaarde
        toelichting
      }
      afwijkingenBijToekenning {
        voorwaarde
        toelichting
      }
      aanvragen {
        aanvraagId
        gevraagdBedrag
        maximumBedrag
        gereserveerdBedrag
        beschikbaarBedrag
        beschikbaarMetAfwijking
        tender
      }
    }
  }
`);

export type Voorbereiding = RegiepaneelBesluitVoorbereidingQuery['besluitVoorbereiding'];

/** What the decision form needs from the API now: who decides, what is not met, what is available (Awb 4:25). */
export function useBesluitVoorbereiding(id: string): { v: Voorbereiding | null; fout: string | null } {
  const [v, zetV] = useState<Voorbereiding | null>(null);
  const [fout, zetFout] = useState<string | null>(null);
  useEffect(() => {
    let actief = true;
    vraag(VOORBEREIDING, { id })
      .then((r) => actief && zetV(r.besluitVoorbereiding))
      .catch((e: unknown) => actief && zetFout(foutmelding(e, 'Wat nu beschikbaar is, kon niet worden geladen.')));
    return () => {
      actief = false;
    };
  }, [id]);
  return { v, fout };
}

/** The deciding body, every unmet condition and the money available per request, above the decision form. */
export function BesluitVoorbereidingOverzicht({ v, naamVan }: { v: Voorbereiding; naamVan: (aanvraagId: string) => string }) {
  return (
    <section className="buurtwerk-blok" aria-labelledby="voorbereiding-kop">
      <Heading3 id="voorbereiding-kop">Voor je beslist</Heading3>
      <Paragraph>
        {v.beslisser === 'BUURTPANEL'
          ? 'Volgens de regeling beslist een buurtpanel over deze aanvraag. Beslis je zelf, dan wijk je af van de regeling en leg je uit waarom.'
          : 'Volgens de regeling beslist de gemeente (een medewerker) over deze aanvraag.'}
      </Paragraph>
      {v.onvervuldeVoorwaarden.length > 0 ? (
        <Alert type="warning">
          <Paragraph>Niet voldaan bij de toets:</Paragraph>
          <UnorderedList>
            {v.onvervuldeVoorwaarden.map((b) => (
              <UnorderedListItem key={b.voorwaarde}>{b.toelichting}</UnorderedListItem>
            ))}
          </UnorderedList>
        </Alert>
      ) : (
        <Paragraph>Aan alle voorwaarden van de toets is voldaan.</Paragraph>
      )}
      <UnorderedList>
        {v.aanvragen
          .filter((a) => a.gevraagdBedrag != null)
          .map((a) => (
            <UnorderedListItem key={a.aanvraagId}>
              {a.tender
                ? `${naamVan(a.aanvraagId)}: valt onder een tender; het plafond wordt na sluiting verdeeld op volgorde van de rangschikking.`
                : `${naamVan(a.aanvraagId)}: nu beschikbaar ${euro(a.beschikbaarBedrag)} (gevraagd ${euro(a.gevraagdBedrag ?? 0)}${
                    a.maximumBedrag != null ? `, maximum van de regeling ${euro(a.maximumBedrag)}` : ''
                  }${a.beschikbaarMetAfwijking > a.beschikbaarBedrag ? `; met afwijking hoogstens ${euro(a.beschikbaarMetAfwijking)}` : ''}).`}
            </UnorderedListItem>
          ))}
      </UnorderedList>
    </section>
  );
}

/** Whether a grant of these amounts departs from the rule (the API refuses it without a reasoned override). */
export function wijktAf(
  v: Voorbereiding | null,
  uitkomst: string,
  bedragen: Array<{ aanvraagId: string; bedrag: number }>,
): boolean {
  if (!v) {
    return false;
  }
  if (v.beslisser === 'BUURTPANEL') {
    return true;
  }
  if (uitkomst !== 'TOEGEKEND') {
    return false;
  }
  const voorwaarden = v.afwijkingenBijToekenning.filter((a) => !a.voorwaarde.endsWith('.MAXIMUMBEDRAG'));
  return (
    voorwaarden.length > 0 ||
    bedragen.some((b) => {
      const a = v.aanvragen.find((x) => x.aanvraagId === b.aanvraagId);
      return a?.maximumBedrag != null && b.bedrag > a.maximumBedrag;
    })
  );
}
