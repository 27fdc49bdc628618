import '@utrecht/component-library-css/dist/index.css';
import '@utrecht/design-tokens/dist/theme.css';
import './thema.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';

const wortel = document.getElementById('app');
if (wortel) {
  createRoot(wortel).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
