import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { useSaveImportProfileMutation } from '@/modules/profiles/hooks/useSaveImportProfileMutation';
import { FormErrors } from '@/ui/FormErrors';

interface ProfileEditorProps {
  yaml: string;
  onChange: (yaml: string) => void;
}

/** The profile as YAML: typed, pasted, opened from a file or taken from a preview; checked on save. */
export function ProfileEditor({ yaml, onChange }: ProfileEditorProps) {
  const id = useId();
  const save = useSaveImportProfileMutation();
  const [openError, setOpenError] = useState<string | null>(null);
  const result = save.data?.saveImportProfile;

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate({ yaml });
  }

  function open(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    file.text().then(
      (text) => {
        setOpenError(null);
        onChange(text);
      },
      () => setOpenError('Het bestand kon niet worden gelezen.'),
    );
  }

  return (
    <section className="panel no-print" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Profiel maken of wijzigen</h2>
      <p>
        Een profiel zegt welke kolom wat betekent en hoe waarden worden vertaald. Bij opslaan controleert
        Leerlus het profiel op dezelfde manier als de opdrachtregel. Elke wijziging wordt een nieuwe versie.
      </p>
      <form className="form form--wide" onSubmit={submit}>
        <div className="form__field">
          <label htmlFor={`${id}-open`}>YAML-bestand openen (niet verplicht)</label>
          <input id={`${id}-open`} type="file" accept=".yaml,.yml,text/yaml" onChange={open} />
          {openError && <p role="alert">{openError}</p>}
        </div>
        <div className="form__field">
          <label htmlFor={`${id}-yaml`}>Profiel (YAML)</label>
          <textarea
            id={`${id}-yaml`}
            className="code-editor"
            spellCheck={false}
            value={yaml}
            onChange={(event) => onChange(event.target.value)}
          />
        </div>
        <button type="submit" className="button" disabled={save.isPending || yaml.trim() === ''}>
          Profiel controleren en opslaan
        </button>
        <FormErrors
          problems={result?.problems ?? []}
          intro="Het profiel is niet opgeslagen:"
          error={save.error}
          failure="Het profiel is niet opgeslagen."
        />
        <p role="status">
          {result?.name &&
            (result.changed
              ? `Profiel ${result.name} is opgeslagen als versie ${result.revision ?? ''}.`
              : `Profiel ${result.name} was al zo opgeslagen (versie ${result.revision ?? ''}).`)}
        </p>
      </form>
    </section>
  );
}
