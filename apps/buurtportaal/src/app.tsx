import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useIk } from '@web-gedeeld/gebruiker';
import { NietGevondenPagina } from '@web-gedeeld/paginas/niet-gevonden';
import { AppLink, useLocatie, usePaginatitel } from '@web-gedeeld/router';
import { AppSchil, type MenuItem } from '@web-gedeeld/schil';
import { lazy, type ReactNode, Suspense } from 'react';
import { APP_NAAM } from './naam';

// One chunk per page (React.lazy): the map's buurt outlines and the idea form load only where
// they are used, so the first page a resident opens stays small.
const AanmeldingBevestigenPagina = lazy(() =>
  import('./paginas/aanmelding-bevestigen').then((m) => ({ default: m.AanmeldingBevestigenPagina })),
);
const AfmeldenPagina = lazy(() => import('./paginas/afmelden').then((m) => ({ default: m.AfmeldenPagina })));
const BijeenkomstenPagina = lazy(() => import('./paginas/bijeenkomsten').then((m) => ({ default: m.BijeenkomstenPagina })));
const BurgerberaadPagina = lazy(() => import('./paginas/burgerberaad').then((m) => ({ default: m.BurgerberaadPagina })));
const BuurtconciergePagina = lazy(() => import('./paginas/buurtconcierge').then((m) => ({ default: m.BuurtconciergePagina })));
const BuurtPagina = lazy(() => import('./paginas/buurt').then((m) => ({ default: m.BuurtPagina })));
const PlannenPagina = lazy(() => import('./paginas/plannen').then((m) => ({ default: m.PlannenPagina })));
const VerslagPagina = lazy(() => import('./paginas/plannen').then((m) => ({ default: m.VerslagPagina })));
const BuurtagendaPagina = lazy(() => import('./paginas/buurtagenda').then((m) => ({ default: m.BuurtagendaPagina })));
const HeitjePagina = lazy(() => import('./paginas/heitje').then((m) => ({ default: m.HeitjePagina })));
const IdeePagina = lazy(() => import('./paginas/idee').then((m) => ({ default: m.IdeePagina })));
const JaarsubsidiePagina = lazy(() => import('./paginas/jaarsubsidie').then((m) => ({ default: m.JaarsubsidiePagina })));
const InloggenPagina = lazy(() => import('./paginas/inloggen').then((m) => ({ default: m.InloggenPagina })));
const MijnInitiatievenPagina = lazy(() =>
  import('./paginas/mijn-initiatieven').then((m) => ({ default: m.MijnInitiatievenPagina })),
);
const MijnPanelPagina = lazy(() => import('./paginas/mijn-panel').then((m) => ({ default: m.MijnPanelPagina })));
const MijnAanmeldingenPagina = lazy(() =>
  import('./paginas/mijn-aanmeldingen').then((m) => ({ default: m.MijnAanmeldingenPagina })),
);
const MijnSignalenPagina = lazy(() => import('./paginas/mijn-signalen').then((m) => ({ default: m.MijnSignalenPagina })));
const NevenfunctiesPagina = lazy(() => import('./paginas/nevenfuncties').then((m) => ({ default: m.NevenfunctiesPagina })));
const SignaalPagina = lazy(() => import('./paginas/signaal').then((m) => ({ default: m.SignaalPagina })));
const StartPagina = lazy(() => import('./paginas/start').then((m) => ({ default: m.StartPagina })));
const ToegankelijkheidPagina = lazy(() =>
  import('./paginas/toegankelijkheid').then((m) => ({ default: m.ToegankelijkheidPagina })),
);
const VrijwilligerswerkPagina = lazy(() =>
  import('./paginas/vrijwilligerswerk').then((m) => ({ default: m.VrijwilligerswerkPagina })),
);
const VrijwilligersverzoekPagina = lazy(() =>
  import('./paginas/vrijwilligerswerk').then((m) => ({ default: m.VrijwilligersverzoekPagina })),
);
const MijnVrijwilligerswerkPagina = lazy(() =>
  import('./paginas/mijn-vrijwilligerswerk').then((m) => ({ default: m.MijnVrijwilligerswerkPagina })),
);
const VrijwilligersZoekenPagina = lazy(() =>
  import('./paginas/vrijwilligers-zoeken').then((m) => ({ default: m.VrijwilligersZoekenPagina })),
);
const IdeeenbankPagina = lazy(() => import('./paginas/ideeenbank').then((m) => ({ default: m.IdeeenbankPagina })));
const UitvoeringPagina = lazy(() => import('./paginas/uitvoering').then((m) => ({ default: m.UitvoeringPagina })));

function InloggenNodig({ titel, waarvoor, pad }: { titel: string; waarvoor: string; pad: string }) {
  usePaginatitel(titel, APP_NAAM);
  return (
    <>
      <Heading1>{titel}</Heading1>
      <Paragraph>
        Om {waarvoor} moet je ingelogd zijn, zodat de gemeente weet van wie het komt en je de voortgang kunt volgen.{' '}
        <AppLink naar={`/inloggen?terug=${encodeURIComponent(pad)}`}>Log eerst in</AppLink>.
      </Paragraph>
    </>
  );
}

function Pagina({ pad, ingelogd, geladen }: { pad: string; ingelogd: boolean; geladen: boolean }) {
  const buurt = /^\/buurt\/([A-Za-z0-9]+)$/.exec(pad);
  const buurtagenda = /^\/buurt\/([A-Za-z0-9]+)\/agenda$/.exec(pad);
  const verslag = /^\/plannen\/([A-Za-z0-9_=-]+)\/verslag$/.exec(pad);
  const idee = /^\/idee(?:\/([A-Za-z0-9_=-]+))?$/.exec(pad);
  const aanvullen = /^\/idee\/([A-Za-z0-9_=-]+)\/aanvullen$/.exec(pad);
  const uitvoering = /^\/uitvoering\/([A-Za-z0-9_=-]+)$/.exec(pad);
  const vrijwilligersverzoek = /^\/vrijwilligerswerk\/([A-Za-z0-9_=-]+)$/.exec(pad);
  const metInlog = (titel: string, waarvoor: string, pagina: () => ReactNode): ReactNode => {
    if (!geladen) {
      return <Paragraph role="status">Laden …</Paragraph>;
    }
    return ingelogd ? pagina() : <InloggenNodig titel={titel} waarvoor={waarvoor} pad={pad} />;
  };
  if (pad === '/') {
    return <StartPagina />;
  }
  if (buurt) {
    return <BuurtPagina code={buurt[1]} />;
  }
  if (buurtagenda) {
    return <BuurtagendaPagina code={buurtagenda[1]} />;
  }
  if (pad === '/plannen') {
    return <PlannenPagina />;
  }
  if (verslag) {
    return <VerslagPagina key={verslag[1]} id={verslag[1]} />;
  }
  if (idee) {
    return metInlog('Idee indienen', 'een idee in te dienen', () => (
      <IdeePagina key={idee[1] ?? 'nieuw'} conceptId={idee[1] ?? null} />
    ));
  }
  if (aanvullen) {
    return metInlog('Aanvulling geven', 'je aanvraag aan te vullen', () => (
      <IdeePagina key={`aanvullen-${aanvullen[1]}`} conceptId={null} aanvullenId={aanvullen[1]} />
    ));
  }
  if (uitvoering) {
    return metInlog('Uitvoering melden', 'de uitvoering te melden', () => (
      <UitvoeringPagina key={uitvoering[1]} id={uitvoering[1]} />
    ));
  }
  if (pad === '/mijn-initiatieven') {
    return metInlog('Mijn initiatieven', 'je initiatieven te zien', () => <MijnInitiatievenPagina />);
  }
  if (pad === '/bijeenkomsten') {
    return <BijeenkomstenPagina />;
  }
  if (pad === '/afmelden') {
    return <AfmeldenPagina />;
  }
  if (pad === '/mijn-aanmeldingen') {
    return metInlog('Mijn aanmeldingen', 'je aanmeldingen voor netwerkbijeenkomsten te zien', () => <MijnAanmeldingenPagina />);
  }
  if (pad === '/aanmelding-bevestigen') {
    return <AanmeldingBevestigenPagina />;
  }
  if (pad === '/signaal') {
    return metInlog('Signaal melden', 'een signaal te melden', () => <SignaalPagina />);
  }
  if (pad === '/mijn-signalen') {
    return metInlog('Mijn signalen', 'je signalen te volgen', () => <MijnSignalenPagina />);
  }
  if (pad === '/mijn-panel') {
    return metInlog('Mijn buurtpanel', 'als lid van een buurtpanel te stemmen', () => <MijnPanelPagina />);
  }
  if (pad === '/ideeenbank') {
    return <IdeeenbankPagina />;
  }
  if (pad === '/vrijwilligerswerk') {
    return <VrijwilligerswerkPagina />;
  }
  if (vrijwilligersverzoek) {
    return !geladen ? (
      <Paragraph role="status">Laden …</Paragraph>
    ) : (
      <VrijwilligersverzoekPagina key={vrijwilligersverzoek[1]} id={vrijwilligersverzoek[1]} ingelogd={ingelogd} />
    );
  }
  if (pad === '/mijn-vrijwilligerswerk') {
    return metInlog('Mijn vrijwilligerswerk', 'je aanmeldingen en profiel te zien', () => <MijnVrijwilligerswerkPagina />);
  }
  if (pad === '/vrijwilligers-zoeken') {
    return metInlog('Vrijwilligers zoeken', 'vrijwilligers te zoeken', () => <VrijwilligersZoekenPagina />);
  }
  if (pad === '/heitje') {
    return metInlog("'t Heerlens Heitje", 'mee te doen aan klussen en je heitjes te zien', () => <HeitjePagina />);
  }
  if (pad === '/buurtconcierge') {
    // Who the concierge is and when to find them is public; asking and following needs a sign-in.
    return !geladen ? <Paragraph role="status">Laden …</Paragraph> : <BuurtconciergePagina ingelogd={ingelogd} />;
  }
  if (pad === '/burgerberaad') {
    return metInlog('Burgerberaad', 'je aan te melden voor een burgerberaad', () => <BurgerberaadPagina />);
  }
  if (pad === '/jaarsubsidie') {
    return metInlog('Jaarsubsidie', 'de jaarsubsidie van je organisatie te zien', () => <JaarsubsidiePagina />);
  }
  if (pad === '/nevenfuncties') {
    return <NevenfunctiesPagina />;
  }
  if (pad === '/toegankelijkheid') {
    return <ToegankelijkheidPagina />;
  }
  if (pad === '/inloggen') {
    return <InloggenPagina />;
  }
  return <NietGevondenPagina appNaam={APP_NAAM} terug="Ga naar Vind je buurt" />;
}

const MENU: MenuItem[] = [
  { naar: '/', tekst: 'Vind je buurt', actiefBij: (p) => p.startsWith('/buurt/') },
  { naar: '/idee', tekst: 'Idee indienen', actiefBij: (p) => p.startsWith('/idee/') && !p.endsWith('/aanvullen') },
  {
    naar: '/mijn-initiatieven',
    tekst: 'Mijn initiatieven',
    actiefBij: (p) => p.startsWith('/uitvoering/') || /^\/idee\/[^/]+\/aanvullen$/.test(p),
  },
  {
    naar: '/bijeenkomsten',
    tekst: 'Netwerkbijeenkomsten',
    actiefBij: (p) => p === '/afmelden' || p === '/aanmelding-bevestigen',
  },
  { naar: '/mijn-aanmeldingen', tekst: 'Mijn aanmeldingen' },
  { naar: '/plannen', tekst: 'Plannen', actiefBij: (p) => p.startsWith('/plannen/') },
  { naar: '/ideeenbank', tekst: 'Ideeënbank' },
  {
    naar: '/vrijwilligerswerk',
    tekst: 'Vrijwilligerswerk',
    actiefBij: (p) => p.startsWith('/vrijwilligerswerk/') || p === '/mijn-vrijwilligerswerk' || p === '/vrijwilligers-zoeken',
  },
  { naar: '/signaal', tekst: 'Signaal melden' },
  { naar: '/mijn-signalen', tekst: 'Mijn signalen' },
  { naar: '/mijn-panel', tekst: 'Mijn buurtpanel' },
  { naar: '/heitje', tekst: 'Heerlens Heitje' },
  { naar: '/burgerberaad', tekst: 'Burgerberaad' },
  { naar: '/buurtconcierge', tekst: 'Buurtconciërge' },
  { naar: '/jaarsubsidie', tekst: 'Jaarsubsidie' },
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
      ingelogdAls={ik?.naam ?? null}
      voettekst="Buurtportaal van de gemeente Heerlen, onderdeel van Gelukkig in de Buurt. Namen die eindigen op “(voorbeeld)” zijn verzonnen demogegevens."
    >
      <Suspense fallback={<Paragraph role="status">Laden …</Paragraph>}>
        <Pagina pad={pad} ingelogd={ik !== null} geladen={geladen} />
      </Suspense>
    </AppSchil>
  );
}
