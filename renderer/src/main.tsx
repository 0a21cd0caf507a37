import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/practice.css';
import './styles/replay.css';
import './styles/bank.css';
import './styles/history.css';
import './styles/palette.css';
import './styles/review/layout.css';
import './styles/review/summary.css';
import './styles/review/gauge.css';
import './styles/review/star-band.css';
import './styles/review/transcript.css';
import './styles/review/signals.css';
import './styles/review/follow-ups.css';
import './styles/review/export.css';
import './styles/review/print.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
