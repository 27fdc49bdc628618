import { Paragraph } from '@utrecht/component-library-react';
import { ToegankelijkheidPagina as Verklaring } from '@web-gedeeld/paginas/toegankelijkheid';
import { APP_NAAM } from '../naam';

export function ToegankelijkheidPagina() {
  return (
    <Verklaring
      appNaam={APP_NAAM}
      product="het Regiepaneel"
      voorWie="al haar medewerkers en partners"
      toetsenbordroute="inloggen, de buurten bekijken, een besluit nemen"
      beperkingen={
        <Paragraph>
          Er zijn nu geen beperkingen bekend. Het regiepaneel wordt stap voor stap uitgebreid; elke nieuwe pagina krijgt dezelfde
          controles.
        </Paragraph>
      }
    />
  );
}
