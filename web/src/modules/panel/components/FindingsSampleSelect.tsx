import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { panelSamplesQueryOptions } from '@/modules/panel/hooks/panelSamplesQueryOptions';

interface FindingsSampleSelectProps {
  value: string | null;
  onChange: (sampleId: string | null) => void;
}

/** Findings of every sample, or of one. */
export function FindingsSampleSelect({ value, onChange }: FindingsSampleSelectProps) {
  const id = useId();
  const samples = useQuery(panelSamplesQueryOptions());
  return (
    <div className="form__field">
      <label htmlFor={id}>Steekproef</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value || null)}>
        <option value="">Alle steekproeven</option>
        {samples.data?.panelSamples.map((sample) => (
          <option key={sample.id} value={sample.id}>
            {sample.title}
          </option>
        ))}
      </select>
    </div>
  );
}
