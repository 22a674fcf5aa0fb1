import { useQuery } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { PreviewResult } from '@/modules/profiles/components/PreviewResult';
import { usePreviewImportMutation } from '@/modules/profiles/hooks/usePreviewImportMutation';
import { importProfilesQueryOptions } from '@/modules/sources/hooks/importProfilesQueryOptions';
import { targetLabels } from '@/modules/profiles/utils/targetLabels';
import { FormErrors } from '@/ui/FormErrors';

interface ProfilePreviewFormProps {
  onUseDraft: (yaml: string) => void;
}

/** Pick a sample file (and a profile, or none for a draft): see what an import would do. */
export function ProfilePreviewForm({ onUseDraft }: ProfilePreviewFormProps) {
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const profiles = (useQuery(importProfilesQueryOptions()).data?.importProfiles ?? []).filter(
    (p) => !p.error,
  );
  const [profile, setProfile] = useState('');
  const [target, setTarget] = useState('case_record');
  const [missingFile, setMissingFile] = useState(false);
  const preview = usePreviewImportMutation();

  function submit(event: FormEvent) {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    setMissingFile(!file);
    if (file) preview.mutate({ file, profile: profile || null, target });
  }

  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Voorbeeld van een bestand</h2>
      <p>
        Kies een voorbeeld van de export. U ziet hoe Leerlus het leest, welke rijen worden afgewezen en welke
        persoonsgegevens worden weggehaald. Er wordt niets opgeslagen.
      </p>
      <form className="form no-print" onSubmit={submit} noValidate>
        <FormErrors
          problems={missingFile ? ['Kies een bestand.'] : []}
          error={preview.error}
          failure="Het voorbeeld is niet gelukt."
        />
        <div className="form__field">
          <label htmlFor={`${id}-file`}>Voorbeeldbestand (CSV, XLSX of JSON)</label>
          <input id={`${id}-file`} ref={fileInput} type="file" accept=".csv,.xlsx,.json,text/csv" />
        </div>
        <div className="form__field">
          <label htmlFor={`${id}-profile`}>Profiel</label>
          <select id={`${id}-profile`} value={profile} onChange={(event) => setProfile(event.target.value)}>
            <option value="">Nog geen profiel: maak een concept</option>
            {profiles.map((option) => (
              <option key={option.name} value={option.name}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        {profile === '' && (
          <div className="form__field">
            <label htmlFor={`${id}-target`}>Wat staat er in het bestand?</label>
            <select id={`${id}-target`} value={target} onChange={(event) => setTarget(event.target.value)}>
              {Object.entries(targetLabels).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
        )}
        <button type="submit" className="button" disabled={preview.isPending}>
          Voorbeeld bekijken
        </button>
        <p role="status">{preview.isPending && 'Het bestand wordt gelezen…'}</p>
      </form>
      {preview.data && <PreviewResult preview={preview.data} onUseDraft={onUseDraft} />}
    </section>
  );
}
