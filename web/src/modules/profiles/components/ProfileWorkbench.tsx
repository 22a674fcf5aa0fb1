import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { importProfileTextQueryOptions } from '@/modules/profiles/hooks/importProfileTextQueryOptions';
import { ProfileEditor } from '@/modules/profiles/components/ProfileEditor';
import { ProfilePreviewForm } from '@/modules/profiles/components/ProfilePreviewForm';
import { ProfilesPanel } from '@/modules/profiles/components/ProfilesPanel';

/** Profiles, a preview of a sample file, and the editor that both fill. */
export function ProfileWorkbench() {
  const queryClient = useQueryClient();
  const [yaml, setYaml] = useState('');
  const [loadError, setLoadError] = useState<string | null>(null);
  const [loaded, setLoaded] = useState<string | null>(null);

  function edit(name: string) {
    queryClient.fetchQuery(importProfileTextQueryOptions(name)).then(
      (data) => {
        setLoadError(null);
        setYaml(data.importProfileText.yaml);
        setLoaded(`Profiel ${name} staat in de editor hieronder.`);
      },
      () => setLoadError(`Profiel ${name} kon niet worden geladen. Probeer het opnieuw.`),
    );
  }

  return (
    <>
      <ProfilesPanel onEdit={edit} />
      <p role="status">{loaded}</p>
      {loadError && (
        <p role="alert" className="state state--error">
          {loadError}
        </p>
      )}
      <ProfilePreviewForm
        onUseDraft={(draft) => {
          setYaml(draft);
          setLoaded('Het concept staat in de editor hieronder. Controleer het en sla het op.');
        }}
      />
      <ProfileEditor yaml={yaml} onChange={setYaml} />
    </>
  );
}
