import { Button, PageFooter, PageHeader, Paragraph, SkipLink } from '@utrecht/component-library-react';
import { type ReactNode, useState } from 'react';
import { uitloggen } from './oidc';
import { AppLink, href } from './router';

export interface MenuItem {
  naar: string;
  tekst: string;
  /** Also current on these paths (e.g. a buurt page under "Vind je buurt"). */
  actiefBij?: (pad: string) => boolean;
}

/**
 * The page frame both apps share: skip link, header with the app's name and main menu, who is
 * signed in with a sign-out button, the main landmark and the footer.
 */
export function AppSchil({
  appNaam,
  pad,
  menu,
  ingelogdAls,
  voettekst,
  children,
}: {
  appNaam: string;
  pad: string;
  menu: readonly MenuItem[];
  /** "Noor (bewoner)" when signed in, otherwise null. */
  ingelogdAls: string | null;
  voettekst: ReactNode;
  children: ReactNode;
}) {
  // On a phone the menu folds away behind a button, so the header takes one line instead of half
  // the screen (issue 19). Opened on one page, it is closed again on the next (no effect needed).
  const [openOp, zetOpenOp] = useState<string | null>(null);
  const open = openOp === pad;
  return (
    <>
      <SkipLink href="#inhoud">Naar de inhoud</SkipLink>
      <PageHeader className="buurtwerk-kopbalk">
        <div className="buurtwerk-kop">
          <AppLink naar="/" className="buurtwerk-kop__naam">
            {appNaam}
          </AppLink>
          <button
            type="button"
            className="buurtwerk-menuknop"
            aria-expanded={open}
            aria-controls="hoofdmenu"
            onClick={() => zetOpenOp(open ? null : pad)}
          >
            Menu
          </button>
          <nav
            aria-label="Hoofdmenu"
            id="hoofdmenu"
            className={open ? 'buurtwerk-hoofdmenu buurtwerk-hoofdmenu--open' : 'buurtwerk-hoofdmenu'}
          >
            <ul className="buurtwerk-menu">
              {menu.map((m) => {
                const actief = m.naar === pad || (m.actiefBij?.(pad) ?? false);
                return (
                  <li key={m.naar}>
                    <AppLink naar={m.naar} aria-current={actief ? 'page' : undefined}>
                      {m.tekst}
                    </AppLink>
                  </li>
                );
              })}
            </ul>
          </nav>
          {ingelogdAls && (
            <div className={open ? 'buurtwerk-ingelogd buurtwerk-ingelogd--open' : 'buurtwerk-ingelogd'}>
              <span>Ingelogd als {ingelogdAls}</span>
              <Button
                appearance="secondary-action-button"
                onClick={() => void uitloggen(`${window.location.origin}${href('/')}`)}
              >
                Uitloggen
              </Button>
            </div>
          )}
        </div>
      </PageHeader>
      <main id="inhoud" className="buurtwerk-inhoud" tabIndex={-1}>
        {children}
      </main>
      <PageFooter className="buurtwerk-voet">
        <div className="buurtwerk-voet__binnen">
          <Paragraph>{voettekst}</Paragraph>
          <Paragraph>
            <AppLink naar="/toegankelijkheid">Toegankelijkheidsverklaring</AppLink>
          </Paragraph>
        </div>
      </PageFooter>
    </>
  );
}
