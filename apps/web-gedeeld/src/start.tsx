/** Mounts an app with the NL Design System CSS, the Utrecht tokens and the shared Buurtwerk theme. */
// The NL Design System CSS, the Utrecht tokens and thema.css as one stylesheet, so the production
// build can drop the tokens no kept rule uses (apps/web-gedeeld/vite.mts, `stijl`).
import 'virtual:buurtwerk-stijl.css';
import { queryClient } from './data';
import { QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

export function start(app: ReactNode): void {
  const wortel = document.getElementById('app');
  if (wortel) {
    createRoot(wortel).render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>{app}</QueryClientProvider>
      </StrictMode>,
    );
  }
}
