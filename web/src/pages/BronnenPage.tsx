import { useSearchParams } from 'react-router';
import { FreshnessPanel } from '@/modules/sources/components/FreshnessPanel';
import { ImportsPanel } from '@/modules/sources/components/ImportsPanel';
import { RejectedRowsPanel } from '@/modules/sources/components/RejectedRowsPanel';
import { UploadImportForm } from '@/modules/sources/components/UploadImportForm';
import { Page } from '@/ui/Page';

export function BronnenPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const raw = searchParams.get('import');
  const selectedImport = raw && /^\d{1,18}$/.test(raw) ? raw : null;
  const select = (id: string) => setSearchParams({ import: id });
  return (
    <Page
      title="Bronnen"
      intro="Hier ziet u waar de gegevens vandaan komen en hoe actueel ze zijn. U leest nieuwe bestanden in, volgt hoe een import loopt en ziet welke rijen zijn afgewezen en waarom. Die rijen kunt u downloaden, verbeteren en opnieuw inlezen. Deze pagina is voor beheerders."
    >
      <UploadImportForm onShowRejected={select} />
      {selectedImport && <RejectedRowsPanel key={selectedImport} importId={selectedImport} />}
      <ImportsPanel selectedId={selectedImport} onSelect={select} />
      <FreshnessPanel />
    </Page>
  );
}
