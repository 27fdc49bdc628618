import { InloggenPagina as GedeeldeInloggenPagina } from '@web-gedeeld/paginas/inloggen';
import { APP_NAAM } from '../naam';

export function InloggenPagina() {
  return (
    <GedeeldeInloggenPagina
      appNaam={APP_NAAM}
      straks="Straks log je in met je account van de gemeente Heerlen."
      tokenRol="BUURTREGISSEUR"
      demogebruikers={[
        {
          sub: 'demo-buurtregisseur-1',
          naam: 'Sanne Hermans (voorbeeld)',
          rol: 'BUURTREGISSEUR',
          uitleg: 'buurtregisseur',
          kan: 'Ziet de signalen, de buurtagenda en de initiatieven van haar buurten in Hoensbroek en zet signalen door.',
        },
        {
          sub: 'demo-beleidsmedewerker',
          naam: 'Lotte Beleid (voorbeeld)',
          rol: 'BELEIDSMEDEWERKER',
          uitleg: 'beleidsmedewerker',
          kan: 'Behandelt en beslist aanvragen, beheert regels, plafonds, menukaart, netwerkbijeenkomsten en de burgerbegroting.',
        },
        {
          sub: 'demo-beheerder',
          naam: 'Ahmed Beheer (voorbeeld)',
          rol: 'BEHEERDER',
          uitleg: 'beheerder',
          kan: 'Mag alles wat medewerkers mogen, en beheert daarnaast buurtregisseurs, organisaties en API-sleutels.',
        },
        {
          sub: 'demo-griffie',
          naam: 'Greet Griffie (voorbeeld)',
          rol: 'GRIFFIE',
          uitleg: 'griffie',
          kan: 'Houdt het openbare register van nevenfuncties van raadsleden en wethouders bij.',
        },
      ]}
    />
  );
}
