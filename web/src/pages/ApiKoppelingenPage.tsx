import { ApiDocumentation } from '@/modules/apiTokens/components/ApiDocumentation';
import { ApiTokensSection } from '@/modules/apiTokens/components/ApiTokensSection';
import { Page } from '@/ui/Page';

export function ApiKoppelingenPage() {
  return (
    <Page
      title="API en koppelingen"
      intro="Haal de cijfers van het dashboard rechtstreeks op in Power BI, Excel, R of Python. Daarvoor maakt u hier een persoonlijke token. Met de token ziet een programma precies wat u ziet: met uw rol en voor uw gemeente. Een token kan alleen cijfers opvragen, niets wijzigen."
    >
      <ApiTokensSection />
      <ApiDocumentation />
    </Page>
  );
}
