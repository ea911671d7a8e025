import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import './styles/theme.css';
import './styles/app.css';
import './lib/i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProvider } from './app/provider';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProvider />
  </StrictMode>,
);
