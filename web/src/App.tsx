import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { AppLayout } from '@/modules/navigation/components/AppLayout';

// Every page is its own chunk, so the first load only carries the shell; heavy page code (charts)
// arrives when a page is opened. React.lazy needs a default export, our pages export by name.
const ThermometerPage = lazy(() =>
  import('@/pages/ThermometerPage').then((m) => ({ default: m.ThermometerPage })),
);
const ThemasPage = lazy(() => import('@/pages/ThemasPage').then((m) => ({ default: m.ThemasPage })));
const WachttijdenPage = lazy(() =>
  import('@/pages/WachttijdenPage').then((m) => ({ default: m.WachttijdenPage })),
);
const SysteemsignalenPage = lazy(() =>
  import('@/pages/SysteemsignalenPage').then((m) => ({ default: m.SysteemsignalenPage })),
);
const KetenPage = lazy(() => import('@/pages/KetenPage').then((m) => ({ default: m.KetenPage })));
const AanbiedersPage = lazy(() =>
  import('@/pages/AanbiedersPage').then((m) => ({ default: m.AanbiedersPage })),
);
const BurgerpanelPage = lazy(() =>
  import('@/pages/BurgerpanelPage').then((m) => ({ default: m.BurgerpanelPage })),
);
const RapportagesPage = lazy(() =>
  import('@/pages/RapportagesPage').then((m) => ({ default: m.RapportagesPage })),
);
const BronnenPage = lazy(() => import('@/pages/BronnenPage').then((m) => ({ default: m.BronnenPage })));
const NotFoundPage = lazy(() => import('@/pages/NotFoundPage').then((m) => ({ default: m.NotFoundPage })));

interface AppProps {
  queryClient: QueryClient;
}

/**
 * Routes and data layer. The history-specific router (BrowserRouter in main.tsx, MemoryRouter in
 * tests) wraps this component, so tests render the real route table at any path.
 */
export function App({ queryClient }: AppProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <Routes>
        <Route element={<AppLayout />}>
          <Route index element={<ThermometerPage />} />
          <Route path="themas" element={<ThemasPage />} />
          <Route path="wachttijden" element={<WachttijdenPage />} />
          <Route path="systeemsignalen" element={<SysteemsignalenPage />} />
          <Route path="keten" element={<KetenPage />} />
          <Route path="aanbieders" element={<AanbiedersPage />} />
          <Route path="burgerpanel" element={<BurgerpanelPage />} />
          <Route path="rapportages" element={<RapportagesPage />} />
          <Route path="bronnen" element={<BronnenPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </QueryClientProvider>
  );
}
