import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from '@/App';
import { createQueryClient } from '@/lib/createQueryClient';
import '@/styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html mist het element #root');

createRoot(container).render(
  <StrictMode>
    <BrowserRouter>
      <App queryClient={createQueryClient()} />
    </BrowserRouter>
  </StrictMode>,
);
