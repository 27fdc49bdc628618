import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { type Ik, rolnamen, useIk } from '@web-gedeeld/gebruiker';
import { NietGevondenPagina } from '@web-gedeeld/paginas/niet-gevonden';
import { AppLink, useLocatie, usePaginatitel } from '@web-gedeeld/router';
import { AppSchil, type MenuItem } from '@web-gedeeld/schil';
import type { ReactNode } from 'react';
import { APP_NAAM } from './naam';
import { BuurtenPagina } from './paginas/buurten';
import { BuurtpanelenPagina } from './paginas/buurtpanelen';
import { DossierPagina } from './paginas/dossier';
import { InloggenPagina } from './paginas/inloggen';
import { MenukaartPagina } from './paginas/menukaart';
import { NetwerkbijeenkomstPagina } from './paginas/netwerkbijeenkomst';
import { NetwerkbijeenkomstenPagina } from './paginas/netwerkbijeenkomsten';
import { NevenfunctiesPagina } from './paginas/nevenfuncties';
import { OverzichtPagina } from './paginas/overzicht';
import { PlafondsPagina } from './paginas/plafonds';
import { RegelsPagina } from './paginas/regels';
import { SignaalPagina } from './paginas/signaal';
import { SignalenPagina } from './paginas/signalen';
import { ToegankelijkheidPagina } from './paginas/toegankelijkheid';
import { WerkvoorraadPagina } from './paginas/werkvoorraad';

function NietIngelogd() {
  usePaginatitel('Inloggen nodig', APP_NAAM);
  return (
    <>
      <Heading1>Inloggen nodig</Heading1>
      <Paragraph>
        Het regiepaneel is voor medewerkers van de gemeente Heerlen. <AppLink naar="/inloggen">Log eerst in</AppLink>.
      </Paragraph>
    </>
  );
}

function Pagina({ pad, ik }: { pad: string; ik: Ik | null }) {
  if (pad === '/toegankelijkheid') {
    return <ToegankelijkheidPagina />;
  }
  if (pad === '/inloggen') {
    return <InloggenPagina />;
  }
  const dossier = /^\/initiatief\/([A-Za-z0-9_=-]+)$/.exec(pad);
  const beveiligd: Record<string, () => ReactNode> = {
    '/': () => <OverzichtPagina ik={ik} />,
    '/buurten': () => <BuurtenPagina />,
    '/werkvoorraad': () => <WerkvoorraadPagina />,
    '/buurtpanels': () => <BuurtpanelenPagina ik={ik} />,
    '/menukaart': () => <MenukaartPagina ik={ik} />,
    '/regels': () => <RegelsPagina ik={ik} />,
    '/plafonds': () => <PlafondsPagina ik={ik} />,
    '/netwerkbijeenkomsten': () => <NetwerkbijeenkomstenPagina />,
    '/signalen': () => <SignalenPagina />,
    '/nevenfuncties': () => <NevenfunctiesPagina />,
  };
  const bijeenkomst = /^\/netwerkbijeenkomsten\/([A-Za-z0-9_=-]+)$/.exec(pad);
  const signaal = /^\/signalen\/([A-Za-z0-9_=-]+)$/.exec(pad);
  const pagina = dossier
    ? () => <DossierPagina key={dossier[1]} id={dossier[1]} />
    : bijeenkomst
      ? () => <NetwerkbijeenkomstPagina key={bijeenkomst[1]} id={bijeenkomst[1]} />
      : signaal
        ? () => <SignaalPagina key={signaal[1]} id={signaal[1]} />
        : beveiligd[pad];
  if (!pagina) {
    return <NietGevondenPagina appNaam={APP_NAAM} terug="Ga naar het overzicht" />;
  }
  return ik ? pagina() : <NietIngelogd />;
}

const OPENBAAR = ['/inloggen', '/toegankelijkheid'];

const MENU: MenuItem[] = [
  { naar: '/', tekst: 'Overzicht' },
  { naar: '/werkvoorraad', tekst: 'Werkvoorraad', actiefBij: (p) => p.startsWith('/initiatief/') },
  { naar: '/buurten', tekst: 'Buurten' },
  { naar: '/buurtpanels', tekst: 'Buurtpanels' },
  { naar: '/menukaart', tekst: 'Menukaart' },
  { naar: '/regels', tekst: 'Regels' },
  { naar: '/plafonds', tekst: 'Plafonds' },
  {
    naar: '/netwerkbijeenkomsten',
    tekst: 'Netwerkbijeenkomsten',
    actiefBij: (p) => p.startsWith('/netwerkbijeenkomsten/'),
  },
  { naar: '/signalen', tekst: 'Signalen', actiefBij: (p) => p.startsWith('/signalen/') },
  { naar: '/nevenfuncties', tekst: 'Nevenfuncties' },
  { naar: '/toegankelijkheid', tekst: 'Toegankelijkheid' },
];

export function App() {
  const { pad } = useLocatie();
  const { geladen, ik } = useIk();
  return (
    <AppSchil
      appNaam={APP_NAAM}
      pad={pad}
      menu={ik ? MENU : [...MENU, { naar: '/inloggen', tekst: 'Inloggen' }]}
      ingelogdAls={ik ? `${ik.naam} (${rolnamen(ik.rollen)})` : null}
      voettekst="Regiepaneel voor buurtgericht werken, gemeente Heerlen. Namen die eindigen op “(voorbeeld)” zijn verzonnen demogegevens."
    >
      {/* Public pages stay mounted while a new token is checked (the sign-in page keeps its message). */}
      {geladen || OPENBAAR.includes(pad) ? <Pagina pad={pad} ik={ik} /> : <Paragraph role="status">Laden …</Paragraph>}
    </AppSchil>
  );
}
