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
        },
        { sub: 'demo-partner', naam: 'Pim Partner (voorbeeld)', rol: 'PARTNER', uitleg: 'medewerker van een partnerorganisatie' },
      ]}
    />
  );
}
