import { Heading1, Heading2, Link, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { APP_NAAM } from '../naam';
import { usePaginatitel } from '../router';

/**
 * Accessibility statement (toegankelijkheidsverklaring) in the structure of the national model
 * (Besluit digitale toegankelijkheid overheid). Its status stays "eigen onderzoek" until an
 * independent audit is published in the national register.
 */
export function ToegankelijkheidPagina() {
  usePaginatitel('Toegankelijkheidsverklaring', APP_NAAM);
  return (
    <>
      <Heading1>Toegankelijkheidsverklaring</Heading1>
      <Paragraph appearance="lead">
        De gemeente Heerlen wil dat iedereen het Buurtportaal kan gebruiken: met een muis, met alleen een toetsenbord, met een
        schermlezer, vergroot of op een telefoon.
      </Paragraph>
      <Heading2>Welke norm?</Heading2>
      <Paragraph>
        Het Buurtportaal moet voldoen aan de Web Content Accessibility Guidelines (WCAG) 2.1 op niveau A en AA, zoals het Besluit
        digitale toegankelijkheid overheid voorschrijft via de Europese norm EN 301 549.
      </Paragraph>
      <Heading2>Hoe we dat controleren</Heading2>
      <UnorderedList>
        <UnorderedListItem>
          Bij elke wijziging test een echte browser (Chromium) iedere pagina en iedere toestand van de formulieren met axe-core op
          de regels van WCAG 2.1 A en AA. Er mogen geen fouten zijn.
        </UnorderedListItem>
        <UnorderedListItem>
          De belangrijkste route (buurt zoeken en openen) wordt getest met alleen het toetsenbord.
        </UnorderedListItem>
        <UnorderedListItem>
          De pagina’s zijn gebouwd met de componenten en huisstijlvariabelen van NL Design System en werken op een smal scherm.
        </UnorderedListItem>
      </UnorderedList>
      <Heading2>Status</Heading2>
      <Paragraph>
        Dit is een verklaring op basis van eigen onderzoek. Een onafhankelijk onderzoek door een deskundige partij is nog niet
        gedaan; daarom is deze verklaring nog niet opgenomen in het landelijke register van toegankelijkheidsverklaringen. Wij
        verwachten dat het Buurtportaal voldoet, maar durven dat pas te zeggen na dat onderzoek.
      </Paragraph>
      <Heading2>Bekende beperkingen</Heading2>
      <UnorderedList>
        <UnorderedListItem>
          De kaart met buurten is een plaatje dat je met de muis of je vinger kunt aanklikken. Met het toetsenbord of een
          schermlezer gebruik je de lijst met dezelfde buurten naast de kaart.
        </UnorderedListItem>
        <UnorderedListItem>
          “Gebruik mijn locatie” werkt alleen als je browser je locatie mag doorgeven. Zoeken op adres of op naam werkt altijd.
        </UnorderedListItem>
      </UnorderedList>
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
