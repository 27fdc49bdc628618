import { InloggenPagina as GedeeldeInloggenPagina } from '@web-gedeeld/paginas/inloggen';
import { APP_NAAM } from '../naam';

export function InloggenPagina() {
  return (
    <GedeeldeInloggenPagina
      appNaam={APP_NAAM}
      straks="Straks log je in met je account van de gemeente Heerlen."
      tokenRol="BUURTREGISSEUR"
      demogebruikers={[
        { sub: 'demo-buurtregisseur', naam: 'Bram Regisseur (voorbeeld)', rol: 'BUURTREGISSEUR', uitleg: 'buurtregisseur' },
        { sub: 'demo-beleid', naam: 'Lotte Beleid (voorbeeld)', rol: 'BELEIDSMEDEWERKER', uitleg: 'beleidsmedewerker' },
        { sub: 'demo-beheerder', naam: 'Ahmed Beheer (voorbeeld)', rol: 'BEHEERDER', uitleg: 'beheerder' },
        { sub: 'demo-griffie', naam: 'Greet Griffie (voorbeeld)', rol: 'GRIFFIE', uitleg: 'griffie' },
      ]}
    />
  );
}
