import { UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { ToegankelijkheidPagina as Verklaring } from '@web-gedeeld/paginas/toegankelijkheid';
import { APP_NAAM } from '../naam';

export function ToegankelijkheidPagina() {
  return (
    <Verklaring
      appNaam={APP_NAAM}
      product="het Buurtportaal"
      voorWie="iedereen"
      toetsenbordroute="buurt zoeken en openen, een idee indienen"
      beperkingen={
        <UnorderedList>
          <UnorderedListItem>
            De kaart met buurten is een plaatje dat je met de muis of je vinger kunt aanklikken. Met het toetsenbord of een
            schermlezer gebruik je de lijst met dezelfde buurten naast de kaart.
          </UnorderedListItem>
          <UnorderedListItem>
            “Gebruik mijn locatie” werkt alleen als je browser je locatie mag doorgeven. Zoeken op adres of op naam werkt altijd.
          </UnorderedListItem>
        </UnorderedList>
      }
    />
  );
}
