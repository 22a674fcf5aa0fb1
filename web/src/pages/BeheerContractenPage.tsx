import { ContractForm } from '@/modules/referenceData/components/ContractForm';
import { ContractsPanel } from '@/modules/referenceData/components/ContractsPanel';
import { Page } from '@/ui/Page';

export function BeheerContractenPage() {
  return (
    <Page
      title="Contracten"
      intro="Met welke aanbieder de gemeente een contract heeft, voor welk domein en in welke periode. Een contract bepaalt over welk domein de klachten van die aanbieder gaan en of de aanbieder een halfjaarrapportage moet sturen."
    >
      <ContractsPanel />
      <ContractForm />
    </Page>
  );
}
