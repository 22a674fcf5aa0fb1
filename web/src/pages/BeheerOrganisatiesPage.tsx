import { MergeOrganisationsForm } from '@/modules/referenceData/components/MergeOrganisationsForm';
import { OrganisationForm } from '@/modules/referenceData/components/OrganisationForm';
import { OrganisationsPanel } from '@/modules/referenceData/components/OrganisationsPanel';
import { Page } from '@/ui/Page';

export function BeheerOrganisatiesPage() {
  return (
    <Page
      title="Organisaties"
      intro="Alle organisaties die gegevens leveren of waarover wordt geklaagd. Exports schrijven namen vaak anders; geef die schrijfwijzen op, dan herkent Leerlus ze bij het inlezen."
    >
      <OrganisationsPanel />
      <OrganisationForm />
      <MergeOrganisationsForm />
    </Page>
  );
}
