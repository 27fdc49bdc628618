import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useIk } from '@web-gedeeld/gebruiker';
import { NietGevondenPagina } from '@web-gedeeld/paginas/niet-gevonden';
import { AppLink, useLocatie, usePaginatitel } from '@web-gedeeld/router';
import { AppSchil, type MenuItem } from '@web-gedeeld/schil';
import type { ReactNode } from 'react';
import { APP_NAAM } from './naam';
import { AfmeldenPagina } from './paginas/afmelden';
import { BijeenkomstenPagina } from './paginas/bijeenkomsten';
import { BuurtPagina } from './paginas/buurt';
import { IdeePagina } from './paginas/idee';
import { InloggenPagina } from './paginas/inloggen';
import { MijnInitiatievenPagina } from './paginas/mijn-initiatieven';
import { SignaalPagina } from './paginas/signaal';
import { StartPagina } from './paginas/start';
import { ToegankelijkheidPagina } from './paginas/toegankelijkheid';

function InloggenNodig({ titel, waarvoor }: { titel: string; waarvoor: string }) {
  usePaginatitel(titel, APP_NAAM);
  return (
    <>
      <Heading1>{titel}</Heading1>
      <Paragraph>
        Om {waarvoor} moet je ingelogd zijn, zodat de gemeente weet van wie het komt en je de voortgang kunt volgen.{' '}
        <AppLink naar="/inloggen">Log eerst in</AppLink>.
      </Paragraph>
    </>
  );
}

function Pagina({ pad, ingelogd, geladen }: { pad: string; ingelogd: boolean; geladen: boolean }) {
  const buurt = /^\/buurt\/([A-Za-z0-9]+)$/.exec(pad);
  const idee = /^\/idee(?:\/([A-Za-z0-9_=-]+))?$/.exec(pad);
  const metInlog = (titel: string, waarvoor: string, pagina: () => ReactNode): ReactNode => {
    if (!geladen) {
      return <Paragraph role="status">Laden …</Paragraph>;
    }
    return ingelogd ? pagina() : <InloggenNodig titel={titel} waarvoor={waarvoor} />;
  };
  if (pad === '/') {
    return <StartPagina />;
  }
  if (buurt) {
    return <BuurtPagina code={buurt[1]} />;
  }
  if (idee) {
    return metInlog('Idee indienen', 'een idee in te dienen', () => (
      <IdeePagina key={idee[1] ?? 'nieuw'} conceptId={idee[1] ?? null} />
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
  if (pad === '/signaal') {
    return metInlog('Signaal melden', 'een signaal te melden', () => <SignaalPagina />);
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
  { naar: '/idee', tekst: 'Idee indienen', actiefBij: (p) => p.startsWith('/idee/') },
  { naar: '/mijn-initiatieven', tekst: 'Mijn initiatieven' },
  { naar: '/bijeenkomsten', tekst: 'Netwerkbijeenkomsten', actiefBij: (p) => p === '/afmelden' },
  { naar: '/signaal', tekst: 'Signaal melden' },
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
      <Pagina pad={pad} ingelogd={ik !== null} geladen={geladen} />
    </AppSchil>
  );
}
