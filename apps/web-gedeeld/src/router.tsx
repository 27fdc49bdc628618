/**
 * A small history router: paths below the app's base (/buurtportaal/), links that are real
 * <a href> (so they work with keyboard, middle click and without JavaScript quirks), and focus
 * moved to the new page's heading after each navigation so screen readers announce it.
 */
import { type AnchorHTMLAttributes, type MouseEvent, useEffect, useState } from 'react';
import { Link as UtrechtLink } from '@utrecht/component-library-react';

const BASIS = import.meta.env.BASE_URL.replace(/\/$/, '');
const luisteraars = new Set<() => void>();
let genavigeerd = false;

export function appPad(): string {
  const pad = window.location.pathname.startsWith(BASIS)
    ? window.location.pathname.slice(BASIS.length)
    : window.location.pathname;
  return pad === '' ? '/' : pad;
}

export function href(pad: string): string {
  return `${BASIS}${pad}`;
}

export function navigeer(pad: string): void {
  genavigeerd = true;
  window.history.pushState(null, '', href(pad));
  window.scrollTo(0, 0);
  luisteraars.forEach((l) => l());
}

window.addEventListener('popstate', () => {
  genavigeerd = true;
  luisteraars.forEach((l) => l());
});

export function useLocatie(): { pad: string; zoek: URLSearchParams } {
  const [, zetTeller] = useState(0);
  useEffect(() => {
    const l = (): void => zetTeller((t) => t + 1);
    luisteraars.add(l);
    return () => {
      luisteraars.delete(l);
    };
  }, []);
  return { pad: appPad(), zoek: new URLSearchParams(window.location.search) };
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { naar: string };

export function AppLink({ naar, onClick, ...rest }: LinkProps) {
  const klik = (e: MouseEvent<HTMLAnchorElement>): void => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) {
      return;
    }
    e.preventDefault();
    navigeer(naar);
  };
  return <UtrechtLink href={href(naar)} onClick={klik} {...rest} />;
}

/** Sets the document title and moves focus to the page's h1 (WCAG 2.4.2, 2.4.3). */
export function usePaginatitel(titel: string, appNaam: string): void {
  useEffect(() => {
    document.title = `${titel} - ${appNaam}`;
    const h1 = document.querySelector<HTMLElement>('main h1');
    // Not on the first load: then the browser starts at the top and the skip link comes first.
    if (h1 && genavigeerd && document.activeElement !== h1) {
      h1.setAttribute('tabindex', '-1');
      h1.focus({ preventScroll: true });
    }
  }, [titel, appNaam]);
}
