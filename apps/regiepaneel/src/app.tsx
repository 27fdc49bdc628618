import { Button, Heading1, PageFooter, PageHeader, Paragraph, SkipLink } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { type Ik, rolnamen, useIk } from './gebruiker';
import { APP_NAAM } from './naam';
import { BuurtenPagina } from './paginas/buurten';
import { InloggenPagina } from './paginas/inloggen';
import { NietGevondenPagina } from './paginas/niet-gevonden';
import { OverzichtPagina } from './paginas/overzicht';
import { ToegankelijkheidPagina } from './paginas/toegankelijkheid';
import { AppLink, useLocatie, usePaginatitel } from './router';
import { zetToken } from './sessie';

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
  const beveiligd: Record<string, () => ReactNode> = {
    '/': () => <OverzichtPagina ik={ik} />,
    '/buurten': () => <BuurtenPagina />,
  };
  const pagina = beveiligd[pad];
  if (!pagina) {
    return <NietGevondenPagina />;
  }
  return ik ? pagina() : <NietIngelogd />;
}

function MenuLink({ naar, huidig, children }: { naar: string; huidig: string; children: string }) {
  return (
    <li>
      <AppLink naar={naar} aria-current={huidig === naar ? 'page' : undefined}>
        {children}
      </AppLink>
    </li>
  );
}

export function App() {
  const { pad } = useLocatie();
  const { geladen, ik } = useIk();
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
                Overzicht
              </MenuLink>
              <MenuLink naar="/buurten" huidig={pad}>
                Buurten
              </MenuLink>
              <MenuLink naar="/toegankelijkheid" huidig={pad}>
                Toegankelijkheid
              </MenuLink>
              {!ik && (
                <MenuLink naar="/inloggen" huidig={pad}>
                  Inloggen
                </MenuLink>
              )}
            </ul>
          </nav>
          {ik && (
            <div className="buurtwerk-ingelogd">
              <span>
                Ingelogd als {ik.naam} ({rolnamen(ik.rollen)})
              </span>
              <Button appearance="secondary-action-button" onClick={() => zetToken(null)}>
                Uitloggen
              </Button>
            </div>
          )}
        </div>
      </PageHeader>
      <main id="inhoud" className="buurtwerk-inhoud" tabIndex={-1}>
        {geladen ? <Pagina pad={pad} ik={ik} /> : <Paragraph role="status">Laden …</Paragraph>}
      </main>
      <PageFooter className="buurtwerk-voet">
        <div className="buurtwerk-voet__binnen">
          <Paragraph>
            Regiepaneel voor buurtgericht werken, gemeente Heerlen. Namen die eindigen op “(voorbeeld)” zijn verzonnen
            demogegevens.
          </Paragraph>
          <Paragraph>
            <AppLink naar="/toegankelijkheid">Toegankelijkheidsverklaring</AppLink>
          </Paragraph>
        </div>
      </PageFooter>
    </>
  );
}
