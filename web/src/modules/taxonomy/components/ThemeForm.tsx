import { useId, useState, type FormEvent } from 'react';
import type { TaxonomyThemesQuery } from '@/generated/graphql';
import { useThemeMutations } from '@/modules/taxonomy/hooks/useThemeMutations';
import { parseKeywords } from '@/modules/taxonomy/utils/parseKeywords';

type Theme = TaxonomyThemesQuery['taxonomyThemes'][number];

interface ThemeFormProps {
  themes: readonly Theme[];
  /** The theme to edit; null adds a new one. */
  editing: Theme | null;
  onDone: () => void;
}

/** Add or edit a theme: name, place in the tree, domain (new themes) and keywords. The code never changes. */
export function ThemeForm({ themes, editing, onDone }: ThemeFormProps) {
  const id = useId();
  const { create, update } = useThemeMutations();
  const [code, setCode] = useState(editing?.code ?? '');
  const [label, setLabel] = useState(editing?.label ?? '');
  const [parentCode, setParentCode] = useState(editing?.parentCode ?? '');
  const [domainCode, setDomainCode] = useState(editing?.domainCode ?? '');
  const [keywords, setKeywords] = useState(editing?.keywords.join(', ') ?? '');
  const mutation = editing ? update : create;
  const parents = themes.filter((theme) => theme.active && !theme.parentCode && theme.code !== editing?.code);
  const domains = [
    ...new Map(
      themes.flatMap((theme) =>
        theme.domainCode ? [[theme.domainCode, theme.domainLabel ?? theme.domainCode]] : [],
      ),
    ),
  ];

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseKeywords(keywords);
    const onSuccess = () => onDone();
    if (editing) {
      const moved = (editing.parentCode ?? '') !== parentCode;
      update.mutate(
        { code: editing.code, label, keywords: parsed, move: moved, parentCode: parentCode || null },
        { onSuccess },
      );
    } else {
      create.mutate(
        { code, label, keywords: parsed, parentCode: parentCode || null, domainCode: domainCode || null },
        { onSuccess },
      );
    }
  }

  return (
    <form onSubmit={submit} aria-labelledby={`${id}-title`} className="panel">
      <h2 id={`${id}-title`}>{editing ? `${editing.label} bewerken` : 'Nieuw thema'}</h2>
      <p>
        <label htmlFor={`${id}-code`}>Code (kleine letters, cijfers en _; verandert nooit)</label>
        <input
          id={`${id}-code`}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          readOnly={editing !== null}
          required
        />
      </p>
      <p>
        <label htmlFor={`${id}-label`}>Naam</label>
        <input id={`${id}-label`} value={label} onChange={(event) => setLabel(event.target.value)} required />
      </p>
      <p>
        <label htmlFor={`${id}-parent`}>Hoofdthema</label>
        <select
          id={`${id}-parent`}
          value={parentCode}
          onChange={(event) => setParentCode(event.target.value)}
        >
          <option value="">Geen: dit is zelf een hoofdthema</option>
          {parents.map((theme) => (
            <option key={theme.code} value={theme.code}>
              {theme.label}
            </option>
          ))}
        </select>
      </p>
      {!editing && parentCode === '' && (
        <p>
          <label htmlFor={`${id}-domain`}>Domein</label>
          <select
            id={`${id}-domain`}
            value={domainCode}
            onChange={(event) => setDomainCode(event.target.value)}
          >
            <option value="">Alle domeinen</option>
            {domains.map(([value, name]) => (
              <option key={value} value={value}>
                {name}
              </option>
            ))}
          </select>
        </p>
      )}
      <p>
        <label htmlFor={`${id}-keywords`}>Trefwoorden (gescheiden door komma&apos;s)</label>
        <textarea
          id={`${id}-keywords`}
          value={keywords}
          onChange={(event) => setKeywords(event.target.value)}
          rows={3}
          required
        />
      </p>
      {mutation.isError && <p role="alert">Niet opgeslagen: {mutation.error.message}</p>}
      <button type="submit" className="button" disabled={mutation.isPending}>
        Opslaan
      </button>{' '}
      <button type="button" className="button button--secondary" onClick={onDone}>
        Annuleren
      </button>
    </form>
  );
}
