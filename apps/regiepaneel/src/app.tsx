import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { type Ik, rolnamen, useIk } from '@web-gedeeld/gebruiker';
import { NietGevondenPagina } from '@web-gedeeld/paginas/niet-gevonden';
import { AppLink, useLocatie, usePaginatitel } from '@web-gedeeld/router';
import { AppSchil, type MenuItem } from '@web-gedeeld/schil';
import { lazy, type ReactNode, Suspense } from 'react';
import { APP_NAAM } from './naam';

// One chunk per page (React.lazy): a staff member loads the editor, the chart or the register only
// when opening that page.
const BezwaarPagina = lazy(() => import('./paginas/bezwaren').then((m) => ({ default: m.BezwaarPagina })));
const BezwarenPagina = lazy(() => import('./paginas/bezwaren').then((m) => ({ default: m.BezwarenPagina })));
const BrievenPagina = lazy(() => import('./paginas/brieven').then((m) => ({ default: m.BrievenPagina })));
const BurgerberadenPagina = lazy(() => import('./paginas/burgerberaden').then((m) => ({ default: m.BurgerberadenPagina })));
const BuurtconciergesPagina = lazy(() => import('./paginas/buurtconcierges').then((m) => ({ default: m.BuurtconciergesPagina })));
const BuurtenPagina = lazy(() => import('./paginas/buurten').then((m) => ({ default: m.BuurtenPagina })));
const PlannenPagina = lazy(() => import('./paginas/plannen').then((m) => ({ default: m.PlannenPagina })));
const BuurtagendaPagina = lazy(() => import('./paginas/buurtagenda').then((m) => ({ default: m.BuurtagendaPagina })));
const MdoPagina = lazy(() => import('./paginas/mdo').then((m) => ({ default: m.MdoPagina })));
const JaarverslagPagina = lazy(() => import('./paginas/jaarverslag').then((m) => ({ default: m.JaarverslagPagina })));
const UitvoeringsprogrammaPagina = lazy(() =>
  import('./paginas/uitvoeringsprogramma').then((m) => ({ default: m.UitvoeringsprogrammaPagina })),
);
const BuurtpanelenPagina = lazy(() => import('./paginas/buurtpanelen').then((m) => ({ default: m.BuurtpanelenPagina })));
const DossierPagina = lazy(() => import('./paginas/dossier').then((m) => ({ default: m.DossierPagina })));
const GelijkgesteldeDagenPagina = lazy(() =>
  import('./paginas/gelijkgestelde-dagen').then((m) => ({ default: m.GelijkgesteldeDagenPagina })),
);
const HeitjePagina = lazy(() => import('./paginas/heitje').then((m) => ({ default: m.HeitjePagina })));
const JaarsubsidiesPagina = lazy(() => import('./paginas/jaarsubsidies').then((m) => ({ default: m.JaarsubsidiesPagina })));
const InloggenPagina = lazy(() => import('./paginas/inloggen').then((m) => ({ default: m.InloggenPagina })));
const MenukaartPagina = lazy(() => import('./paginas/menukaart').then((m) => ({ default: m.MenukaartPagina })));
const NetwerkbijeenkomstPagina = lazy(() =>
  import('./paginas/netwerkbijeenkomst').then((m) => ({ default: m.NetwerkbijeenkomstPagina })),
);
const NetwerkbijeenkomstenPagina = lazy(() =>
  import('./paginas/netwerkbijeenkomsten').then((m) => ({ default: m.NetwerkbijeenkomstenPagina })),
);
const NevenfunctiesPagina = lazy(() => import('./paginas/nevenfuncties').then((m) => ({ default: m.NevenfunctiesPagina })));
const OverzichtPagina = lazy(() => import('./paginas/overzicht').then((m) => ({ default: m.OverzichtPagina })));
const PlafondsPagina = lazy(() => import('./paginas/plafonds').then((m) => ({ default: m.PlafondsPagina })));
const RegelsPagina = lazy(() => import('./paginas/regels').then((m) => ({ default: m.RegelsPagina })));
const SignaalPagina = lazy(() => import('./paginas/signaal').then((m) => ({ default: m.SignaalPagina })));
const SignalenPagina = lazy(() => import('./paginas/signalen').then((m) => ({ default: m.SignalenPagina })));
const ToegankelijkheidPagina = lazy(() =>
  import('./paginas/toegankelijkheid').then((m) => ({ default: m.ToegankelijkheidPagina })),
);
const TendersPagina = lazy(() => import('./paginas/tenders').then((m) => ({ default: m.TendersPagina })));
const WerkvoorraadPagina = lazy(() => import('./paginas/werkvoorraad').then((m) => ({ default: m.WerkvoorraadPagina })));

function NietIngelogd({ pad }: { pad: string }) {
  usePaginatitel('Inloggen nodig', APP_NAAM);
  return (
    <>
      <Heading1>Inloggen nodig</Heading1>
      <Paragraph>
        Het regiepaneel is voor medewerkers van de gemeente Heerlen.{' '}
        <AppLink naar={`/inloggen?terug=${encodeURIComponent(pad)}`}>Log eerst in</AppLink>; daarna kom je terug op deze pagina.
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
    '/buurtagenda': () => <BuurtagendaPagina />,
    '/plannen': () => <PlannenPagina />,
    '/mdo': () => <MdoPagina />,
    '/uitvoeringsprogramma': () => <UitvoeringsprogrammaPagina ik={ik} />,
    '/jaarverslag': () => <JaarverslagPagina />,
    '/werkvoorraad': () => <WerkvoorraadPagina />,
    '/buurtpanels': () => <BuurtpanelenPagina ik={ik} />,
    '/menukaart': () => <MenukaartPagina ik={ik} />,
    '/regels': () => <RegelsPagina ik={ik} />,
    '/plafonds': () => <PlafondsPagina ik={ik} />,
    '/tenders': () => <TendersPagina ik={ik} />,
    '/gelijkgestelde-dagen': () => <GelijkgesteldeDagenPagina ik={ik} />,
    '/brieven': () => <BrievenPagina />,
    '/netwerkbijeenkomsten': () => <NetwerkbijeenkomstenPagina />,
    '/signalen': () => <SignalenPagina />,
    '/bezwaren': () => <BezwarenPagina />,
    '/nevenfuncties': () => <NevenfunctiesPagina />,
    '/burgerberaden': () => <BurgerberadenPagina ik={ik} />,
    '/heitje': () => <HeitjePagina ik={ik} />,
    '/buurtconcierges': () => <BuurtconciergesPagina ik={ik} />,
    '/jaarsubsidies': () => <JaarsubsidiesPagina />,
  };
  const bijeenkomst = /^\/netwerkbijeenkomsten\/([A-Za-z0-9_=-]+)$/.exec(pad);
  const signaal = /^\/signalen\/([A-Za-z0-9_=-]+)$/.exec(pad);
  const bezwaar = /^\/bezwaren\/([A-Za-z0-9_=-]+)$/.exec(pad);
  const pagina = dossier
    ? () => <DossierPagina key={dossier[1]} id={dossier[1]} />
    : bijeenkomst
      ? () => <NetwerkbijeenkomstPagina key={bijeenkomst[1]} id={bijeenkomst[1]} />
      : signaal
        ? () => <SignaalPagina key={signaal[1]} id={signaal[1]} />
        : bezwaar
          ? () => <BezwaarPagina key={bezwaar[1]} id={bezwaar[1]} />
          : beveiligd[pad];
  if (!pagina) {
    return <NietGevondenPagina appNaam={APP_NAAM} terug="Ga naar het overzicht" />;
  }
  return ik ? pagina() : <NietIngelogd pad={pad} />;
}

const OPENBAAR = ['/inloggen', '/toegankelijkheid'];

const MENU: MenuItem[] = [
  { naar: '/', tekst: 'Overzicht' },
  { naar: '/werkvoorraad', tekst: 'Werkvoorraad', actiefBij: (p) => p.startsWith('/initiatief/') },
  { naar: '/bezwaren', tekst: 'Bezwaren', actiefBij: (p) => p.startsWith('/bezwaren/') },
  { naar: '/buurten', tekst: 'Buurten' },
  { naar: '/buurtagenda', tekst: 'Buurtagenda' },
  { naar: '/plannen', tekst: 'Plannen' },
  { naar: '/mdo', tekst: 'Overleg (MDO)' },
  { naar: '/uitvoeringsprogramma', tekst: 'Uitvoeringsprogramma' },
  { naar: '/jaarverslag', tekst: 'Jaarverslag' },
  { naar: '/buurtpanels', tekst: 'Buurtpanels' },
  { naar: '/menukaart', tekst: 'Menukaart' },
  { naar: '/regels', tekst: 'Regels' },
  { naar: '/plafonds', tekst: 'Plafonds' },
  { naar: '/jaarsubsidies', tekst: 'Jaarsubsidies' },
  { naar: '/tenders', tekst: 'Tenders' },
  { naar: '/gelijkgestelde-dagen', tekst: 'Gelijkgestelde dagen' },
  { naar: '/brieven', tekst: 'Teksten van brieven' },
  {
    naar: '/netwerkbijeenkomsten',
    tekst: 'Netwerkbijeenkomsten',
    actiefBij: (p) => p.startsWith('/netwerkbijeenkomsten/'),
  },
  { naar: '/signalen', tekst: 'Signalen', actiefBij: (p) => p.startsWith('/signalen/') },
  { naar: '/nevenfuncties', tekst: 'Nevenfuncties' },
  { naar: '/burgerberaden', tekst: 'Burgerberaden' },
  { naar: '/heitje', tekst: 'Heerlens Heitje' },
  { naar: '/buurtconcierges', tekst: 'Buurtconciërges' },
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
      {geladen || OPENBAAR.includes(pad) ? (
        <Suspense fallback={<Paragraph role="status">Laden …</Paragraph>}>
          <Pagina pad={pad} ik={ik} />
        </Suspense>
      ) : (
        <Paragraph role="status">Laden …</Paragraph>
      )}
    </AppSchil>
  );
}
