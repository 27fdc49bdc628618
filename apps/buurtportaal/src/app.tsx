import { PageFooter, PageHeader, Paragraph, SkipLink } from '@utrecht/component-library-react';
import { Aanmelding } from './aanmelding';
import { BuurtPagina } from './paginas/buurt';
import { InloggenPagina } from './paginas/inloggen';
import { NietGevondenPagina } from './paginas/niet-gevonden';
import { StartPagina } from './paginas/start';
import { ToegankelijkheidPagina } from './paginas/toegankelijkheid';
import { APP_NAAM } from './naam';
import { AppLink, useLocatie } from './router';

function Pagina({ pad }: { pad: string }) {
  const buurt = /^\/buurt\/([A-Za-z0-9]+)$/.exec(pad);
  if (pad === '/') {
    return <StartPagina />;
  }
  if (buurt) {
    return <BuurtPagina code={buurt[1]} />;
  }
  if (pad === '/toegankelijkheid') {
    return <ToegankelijkheidPagina />;
  }
  if (pad === '/inloggen') {
    return <InloggenPagina />;
  }
  return <NietGevondenPagina />;
}

function MenuLink({ naar, huidig, children }: { naar: string; huidig: string; children: string }) {
  const actief = naar === '/' ? huidig === '/' || huidig.startsWith('/buurt/') : huidig === naar;
  return (
    <li>
      <AppLink naar={naar} aria-current={actief ? 'page' : undefined}>
        {children}
      </AppLink>
    </li>
  );
}

export function App() {
  const { pad } = useLocatie();
  return (
    <>
      <SkipLink href="#inhoud">Naar de inhoud</SkipLink>
      <PageHeader className="buurtwerk-kopbalk">
        <div className="buurtwerk-kop">
          <AppLink naar="/" className="buurtwerk-kop__naam">
            {APP_NAAM}
          </AppLink>
          <nav aria-label="Hoofdmenu">
            <ul className="buurtwerk-menu">
              <MenuLink naar="/" huidig={pad}>
                Vind je buurt
              </MenuLink>
              <MenuLink naar="/toegankelijkheid" huidig={pad}>
                Toegankelijkheid
              </MenuLink>
              <MenuLink naar="/inloggen" huidig={pad}>
                Inloggen
              </MenuLink>
            </ul>
          </nav>
          <Aanmelding />
        </div>
      </PageHeader>
      <main id="inhoud" className="buurtwerk-inhoud" tabIndex={-1}>
        <Pagina pad={pad} />
      </main>
      <PageFooter className="buurtwerk-voet">
        <div className="buurtwerk-voet__binnen">
          <Paragraph>
            Buurtportaal van de gemeente Heerlen, onderdeel van Gelukkig in de Buurt. Namen die eindigen op “(voorbeeld)” zijn
            verzonnen demogegevens.
          </Paragraph>
          <Paragraph>
            <AppLink naar="/toegankelijkheid">Toegankelijkheidsverklaring</AppLink>
          </Paragraph>
        </div>
      </PageFooter>
    </>
  );
}
