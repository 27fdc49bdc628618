import { InloggenPagina as GedeeldeInloggenPagina } from '@web-gedeeld/paginas/inloggen';
import { APP_NAAM } from '../naam';

export function InloggenPagina() {
  return (
    <GedeeldeInloggenPagina
      appNaam={APP_NAAM}
      straks="Straks log je in via de gemeente Heerlen."
      tokenRol="BEWONER"
      demogebruikers={[
        {
          sub: 'demo-bewoner',
          naam: 'Noor Bewoner (voorbeeld)',
          rol: 'BEWONER',
          buurtcode: 'BU09173300',
          uitleg: 'bewoner van Heerlen-Centrum',
          kan: 'Dient ideeën in en volgt ze, meldt signalen, meldt zich aan voor bijeenkomsten en stemt in de burgerbegroting van de eigen buurt.',
        },
        {
          sub: 'demo-partner',
          naam: 'Pim Partner (voorbeeld)',
          rol: 'PARTNER',
          uitleg: 'medewerker van een partnerorganisatie',
          kan: 'Werkt voor Buurtpunt De Kommen (voorbeeld): zet activiteiten in de agenda en vraagt namens de organisatie steun aan.',
        },
      ]}
    />
  );
}
