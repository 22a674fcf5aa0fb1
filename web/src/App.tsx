import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { lazy, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { RequireLogin } from '@/modules/auth/components/RequireLogin';
import { RequireRole } from '@/modules/auth/components/RequireRole';
import { AppLayout } from '@/modules/navigation/components/AppLayout';
import { rolesFor } from '@/modules/navigation/utils/rolesFor';

// Every page is its own chunk, so the first load only carries the shell; heavy page code (charts)
// arrives when a page is opened. React.lazy needs a default export, our pages export by name.
const ThermometerPage = lazy(() =>
  import('@/pages/ThermometerPage').then((m) => ({ default: m.ThermometerPage })),
);
const UitkomstenPage = lazy(() =>
  import('@/pages/UitkomstenPage').then((m) => ({ default: m.UitkomstenPage })),
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
const BurgerpanelSteekproefPage = lazy(() =>
  import('@/pages/BurgerpanelSteekproefPage').then((m) => ({ default: m.BurgerpanelSteekproefPage })),
);
const BurgerpanelZaakPage = lazy(() =>
  import('@/pages/BurgerpanelZaakPage').then((m) => ({ default: m.BurgerpanelZaakPage })),
);
const BurgerpanelBevindingenPage = lazy(() =>
  import('@/pages/BurgerpanelBevindingenPage').then((m) => ({ default: m.BurgerpanelBevindingenPage })),
);
const MaatregelenPage = lazy(() =>
  import('@/pages/MaatregelenPage').then((m) => ({ default: m.MaatregelenPage })),
);
const RapportagesPage = lazy(() =>
  import('@/pages/RapportagesPage').then((m) => ({ default: m.RapportagesPage })),
);
const RegioPage = lazy(() => import('@/pages/RegioPage').then((m) => ({ default: m.RegioPage })));
const DossiersPage = lazy(() => import('@/pages/DossiersPage').then((m) => ({ default: m.DossiersPage })));
const ThemabeoordelingPage = lazy(() =>
  import('@/pages/ThemabeoordelingPage').then((m) => ({ default: m.ThemabeoordelingPage })),
);
const ThemamodellenPage = lazy(() =>
  import('@/pages/ThemamodellenPage').then((m) => ({ default: m.ThemamodellenPage })),
);
const ThemabeheerPage = lazy(() =>
  import('@/pages/ThemabeheerPage').then((m) => ({ default: m.ThemabeheerPage })),
);
const BronnenPage = lazy(() => import('@/pages/BronnenPage').then((m) => ({ default: m.BronnenPage })));
const BeheerLayout = lazy(() =>
  import('@/modules/beheer/components/BeheerLayout').then((m) => ({ default: m.BeheerLayout })),
);
const BeheerPage = lazy(() => import('@/pages/BeheerPage').then((m) => ({ default: m.BeheerPage })));
const BeheerGemeentenPage = lazy(() =>
  import('@/pages/BeheerGemeentenPage').then((m) => ({ default: m.BeheerGemeentenPage })),
);
const BeheerOrganisatiesPage = lazy(() =>
  import('@/pages/BeheerOrganisatiesPage').then((m) => ({ default: m.BeheerOrganisatiesPage })),
);
const BeheerContractenPage = lazy(() =>
  import('@/pages/BeheerContractenPage').then((m) => ({ default: m.BeheerContractenPage })),
);
const BeheerTermijnenPage = lazy(() =>
  import('@/pages/BeheerTermijnenPage').then((m) => ({ default: m.BeheerTermijnenPage })),
);
const BeheerProfielenPage = lazy(() =>
  import('@/pages/BeheerProfielenPage').then((m) => ({ default: m.BeheerProfielenPage })),
);
const BeheerGebruikersPage = lazy(() =>
  import('@/pages/BeheerGebruikersPage').then((m) => ({ default: m.BeheerGebruikersPage })),
);
const WachtwoordPage = lazy(() =>
  import('@/pages/WachtwoordPage').then((m) => ({ default: m.WachtwoordPage })),
);
const ApiKoppelingenPage = lazy(() =>
  import('@/pages/ApiKoppelingenPage').then((m) => ({ default: m.ApiKoppelingenPage })),
);
const LoginPage = lazy(() => import('@/pages/LoginPage').then((m) => ({ default: m.LoginPage })));
const NotFoundPage = lazy(() => import('@/pages/NotFoundPage').then((m) => ({ default: m.NotFoundPage })));

/** The page, for the roles of its menu item only (navItems.ts is the one list of who sees what). */
function guard(to: string, page: ReactNode) {
  return <RequireRole roles={rolesFor(to)}>{page}</RequireRole>;
}

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
          <Route path="inloggen" element={<LoginPage />} />
          {/* Every other page needs a session, and each is guarded by the roles of its menu item. */}
          <Route element={<RequireLogin />}>
            <Route index element={guard('/', <ThermometerPage />)} />
            <Route path="themas" element={guard('/themas', <ThemasPage />)} />
            <Route path="wachttijden" element={guard('/wachttijden', <WachttijdenPage />)} />
            <Route path="systeemsignalen" element={guard('/systeemsignalen', <SysteemsignalenPage />)} />
            <Route path="uitkomsten" element={guard('/uitkomsten', <UitkomstenPage />)} />
            <Route path="keten" element={guard('/keten', <KetenPage />)} />
            <Route path="aanbieders" element={guard('/aanbieders', <AanbiedersPage />)} />
            <Route path="regio" element={guard('/regio', <RegioPage />)} />
            <Route path="burgerpanel" element={guard('/burgerpanel', <BurgerpanelPage />)} />
            <Route
              path="panelbevindingen"
              element={guard('/panelbevindingen', <BurgerpanelBevindingenPage />)}
            />
            <Route
              path="burgerpanel/steekproeven/:sampleId"
              element={guard('/burgerpanel', <BurgerpanelSteekproefPage />)}
            />
            <Route
              path="burgerpanel/steekproeven/:sampleId/zaken/:decisionId"
              element={guard('/burgerpanel', <BurgerpanelZaakPage />)}
            />
            <Route path="maatregelen" element={guard('/maatregelen', <MaatregelenPage />)} />
            <Route path="rapportages" element={guard('/rapportages', <RapportagesPage />)} />
            <Route path="dossiers" element={guard('/dossiers', <DossiersPage />)} />
            <Route path="themabeoordeling" element={guard('/themabeoordeling', <ThemabeoordelingPage />)} />
            <Route path="bronnen" element={guard('/bronnen', <BronnenPage />)} />
            {/* Beheer: one guard for the section; a new Beheer page is one route here and one beheerSections entry. */}
            <Route path="beheer" element={guard('/beheer', <BeheerLayout />)}>
              <Route index element={<BeheerPage />} />
              <Route path="gemeenten" element={<BeheerGemeentenPage />} />
              <Route path="organisaties" element={<BeheerOrganisatiesPage />} />
              <Route path="contracten" element={<BeheerContractenPage />} />
              <Route path="termijnen" element={<BeheerTermijnenPage />} />
              <Route path="profielen" element={<BeheerProfielenPage />} />
              <Route path="gebruikers" element={<BeheerGebruikersPage />} />
            </Route>
            <Route path="beheer/themas" element={guard('/beheer/themas', <ThemabeheerPage />)} />
            <Route
              path="beheer/themamodellen"
              element={guard('/beheer/themamodellen', <ThemamodellenPage />)}
            />
            {/* Every role: changing one's own password. */}
            <Route path="wachtwoord" element={<WachtwoordPage />} />
            {/* Personal, like the password: every role, reached from the user menu. */}
            <Route path="api-koppelingen" element={<ApiKoppelingenPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Route>
      </Routes>
    </QueryClientProvider>
  );
}
