/** Mounts an app with the NL Design System CSS, the Utrecht tokens and the shared Buurtwerk theme. */
import '@utrecht/component-library-css/dist/index.css';
import '@utrecht/design-tokens/dist/theme.css';
import './thema.css';
import { type ReactNode, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

export function start(app: ReactNode): void {
  const wortel = document.getElementById('app');
  if (wortel) {
    createRoot(wortel).render(<StrictMode>{app}</StrictMode>);
  }
}
