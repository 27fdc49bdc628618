import { Heading1, Heading2, Link, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { usePaginatitel } from '../router';

export interface ToegankelijkheidOpties {
  appNaam: string;
  /** The product as it reads in a sentence: "het Buurtportaal", "het Regiepaneel". */
  product: string;
  /** Who should be able to use it, e.g. "iedereen", "al haar medewerkers en partners". */
  voorWie: string;
  /** The main route tested with the keyboard only, e.g. "buurt zoeken en openen". */
  toetsenbordroute: string;
  /** Known limitations; none: say so. */
  beperkingen: ReactNode;
}

const hoofdletter = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Accessibility statement (toegankelijkheidsverklaring) in the structure of the national model
 * (Besluit digitale toegankelijkheid overheid). Its status stays "eigen onderzoek" until an
 * independent audit is published in the national register.
 */
export function ToegankelijkheidPagina({ appNaam, product, voorWie, toetsenbordroute, beperkingen }: ToegankelijkheidOpties) {
  usePaginatitel('Toegankelijkheidsverklaring', appNaam);
  return (
    <>
      <Heading1>Toegankelijkheidsverklaring</Heading1>
      <Paragraph appearance="lead">
        De gemeente Heerlen wil dat {voorWie} {product} kan gebruiken: met een muis, met alleen een toetsenbord, met een
        schermlezer, vergroot of op een telefoon.
      </Paragraph>
      <Heading2>Welke norm?</Heading2>
      <Paragraph>
        {hoofdletter(product)} moet voldoen aan de Web Content Accessibility Guidelines (WCAG) 2.1 op niveau A en AA, zoals het
        Besluit digitale toegankelijkheid overheid voorschrijft via de Europese norm EN 301 549.
      </Paragraph>
      <Heading2>Hoe we dat controleren</Heading2>
      <UnorderedList>
        <UnorderedListItem>
          Bij elke wijziging test een echte browser (Chromium) iedere pagina en iedere toestand van de formulieren met axe-core op
          de regels van WCAG 2.1 A en AA. Er mogen geen fouten zijn.
        </UnorderedListItem>
        <UnorderedListItem>
          De belangrijkste routes ({toetsenbordroute}) worden getest met alleen het toetsenbord.
        </UnorderedListItem>
        <UnorderedListItem>
          De pagina’s zijn gebouwd met de componenten en huisstijlvariabelen van NL Design System en werken op een smal scherm.
        </UnorderedListItem>
      </UnorderedList>
      <Heading2>Status</Heading2>
      <Paragraph>
        Dit is een verklaring op basis van eigen onderzoek. Een onafhankelijk onderzoek door een deskundige partij is nog niet
        gedaan; daarom is deze verklaring nog niet opgenomen in het landelijke register van toegankelijkheidsverklaringen. Wij
        verwachten dat {product} voldoet, maar durven dat pas te zeggen na dat onderzoek.
      </Paragraph>
      <Heading2>Bekende beperkingen</Heading2>
      {beperkingen}
      <Heading2>Loopt u tegen iets aan?</Heading2>
      <Paragraph>
        Meld het ons, dan zoeken we samen een oplossing. Bel 14 045 of mail naar{' '}
        <Link href="mailto:toegankelijkheid@heerlen.nl">toegankelijkheid@heerlen.nl</Link>. We reageren binnen vijf werkdagen.
        Bent u niet tevreden over onze reactie, dan kunt u contact opnemen met de Nationale ombudsman.
      </Paragraph>
      <Paragraph className="buurtwerk-klein">
        Opgesteld: november 2026. Deze verklaring wordt bij elke grote wijziging herzien.
      </Paragraph>
    </>
  );
}
