import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app/theme.css';
import { App } from './app/App';
import { DB_NAME, getDb } from './store/db';
import { claimWriter } from './store/writerLock';

// This tab becomes the store's one writer; a tab that had it is told and stops writing.
void claimWriter(DB_NAME);
// The store opens while React renders the first screen, not when its first read asks (an
// open takes 100-200 ms at 100,000 accounts); a failed open fails that read as before.
getDb()
  .open()
  .catch(() => undefined);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
