import { useQuery } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { ImportProgress } from '@/modules/sources/components/ImportProgress';
import { importProfilesQueryOptions } from '@/modules/sources/hooks/importProfilesQueryOptions';
import { useUploadImportMutation } from '@/modules/sources/hooks/useUploadImportMutation';
import { FormErrors } from '@/ui/FormErrors';

interface UploadImportFormProps {
  onShowRejected: (id: string) => void;
}

/** Upload a source file with a profile; then follow the import until it has ended. */
export function UploadImportForm({ onShowRejected }: UploadImportFormProps) {
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const profiles = useQuery(importProfilesQueryOptions());
  const upload = useUploadImportMutation();
  const [profile, setProfile] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const usable = (profiles.data?.importProfiles ?? []).filter((option) => !option.error);
  const chosen = usable.find((option) => option.name === profile);

  function submit(event: FormEvent) {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    const found = [...(file ? [] : ['Kies een bestand.']), ...(profile ? [] : ['Kies een profiel.'])];
    setProblems(found);
    if (file && profile) upload.mutate({ file, profile });
  }

  return (
    <section aria-labelledby={`${id}-title`} className="panel">
      <h2 id={`${id}-title`}>Bestand inlezen</h2>
      <p>
        Kies het bestand en het profiel dat bij die export hoort. Het profiel zegt welke kolom wat betekent.
        Rijen die niet kloppen worden afgewezen; de rest wordt geladen.
      </p>
      <form className="form" onSubmit={submit} noValidate>
        <FormErrors problems={problems} error={upload.error} failure="Het uploaden is niet gelukt." />
        <div className="form__field">
          <label htmlFor={`${id}-file`}>Bestand (CSV, XLSX of JSON)</label>
          <input
            id={`${id}-file`}
            ref={fileInput}
            type="file"
            name="file"
            accept=".csv,.xlsx,.json,text/csv"
            aria-required="true"
          />
        </div>
        <div className="form__field">
          <label htmlFor={`${id}-profile`}>Profiel</label>
          <select
            id={`${id}-profile`}
            value={profile}
            aria-required="true"
            aria-describedby={`${id}-profile-hint`}
            onChange={(event) => setProfile(event.target.value)}
          >
            <option value="">{profiles.isPending ? 'Profielen worden geladen…' : 'Kies een profiel'}</option>
            {usable.map((option) => (
              <option key={option.name} value={option.name}>
                {option.label}
              </option>
            ))}
          </select>
          <p id={`${id}-profile-hint`} className="form__hint">
            {profiles.isError
              ? 'De profielen konden niet worden geladen. Probeer het later opnieuw.'
              : (chosen?.description ?? 'Het profiel bepaalt hoe de kolommen worden gelezen.')}
          </p>
        </div>
        <button type="submit" className="button" disabled={upload.isPending}>
          Bestand inlezen
        </button>
        <div role="status">
          {upload.isPending && 'Het bestand wordt geüpload…'}
          {upload.isSuccess && upload.data.message}
        </div>
      </form>
      {upload.data && (
        <ImportProgress
          key={upload.data.importId}
          importId={upload.data.importId}
          onShowRejected={onShowRejected}
        />
      )}
    </section>
  );
}
