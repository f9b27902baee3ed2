import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app/theme.css';
import { App } from './app/App';
import { DB_NAME } from './store/db';
import { claimWriter } from './store/writerLock';

// This tab becomes the store's one writer; a tab that had it is told and stops writing.
void claimWriter(DB_NAME);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
