import { useQuery } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { referenceMunicipalitiesQueryOptions } from '@/modules/referenceData/hooks/referenceMunicipalitiesQueryOptions';
import { useUploadBoundariesMutation } from '@/modules/neighbourhoodMap/hooks/useUploadBoundariesMutation';
import { describeBoundaryUpload } from '@/modules/neighbourhoodMap/utils/uploadBoundaries';
import { FormErrors } from '@/ui/FormErrors';

/** Beheer → Gemeenten: load a municipality's CBS wijk or buurt boundaries (GeoJSON) for the map. */
export function BoundaryUploadForm() {
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const municipalities = useQuery(referenceMunicipalitiesQueryOptions());
  const upload = useUploadBoundariesMutation();
  const [municipality, setMunicipality] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const options = municipalities.data?.referenceMunicipalities ?? [];
  const chosen = municipality || (options.length === 1 ? (options[0]?.code ?? '') : '');

  function submit(event: FormEvent) {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    const found = [...(file ? [] : ['Kies een bestand.']), ...(chosen ? [] : ['Kies de gemeente.'])];
    setProblems(found);
    if (file && chosen) upload.mutate({ file, municipality: chosen });
  }

  return (
    <section aria-labelledby={`${id}-title`} className="panel">
      <h2 id={`${id}-title`}>Wijk- of buurtgrenzen laden</h2>
      <p>
        Voor de wijkkaart. Download de grenzen van uw gemeente als GeoJSON bij PDOK of het CBS (Wijk- en
        buurtkaart), in RD New of WGS84. Een nieuw bestand vervangt de wijken of buurten die er al waren.
      </p>
      <form className="form" onSubmit={submit} noValidate>
        <FormErrors problems={problems} error={upload.error} failure="Het laden is niet gelukt." />
        <div className="form__field">
          <label htmlFor={`${id}-municipality`}>Gemeente</label>
          <select
            id={`${id}-municipality`}
            value={chosen}
            aria-required="true"
            onChange={(event) => setMunicipality(event.target.value)}
          >
            <option value="">
              {municipalities.isPending ? 'Gemeenten worden geladen…' : 'Kies een gemeente'}
            </option>
            {options.map((option) => (
              <option key={option.code} value={option.code}>
                {option.name} ({option.code})
              </option>
            ))}
          </select>
        </div>
        <div className="form__field">
          <label htmlFor={`${id}-file`}>Bestand met grenzen (GeoJSON)</label>
          <input
            id={`${id}-file`}
            ref={fileInput}
            type="file"
            name="file"
            accept=".geojson,.json,application/geo+json,application/json"
            aria-required="true"
          />
        </div>
        <button type="submit" className="button" disabled={upload.isPending}>
          Grenzen laden
        </button>
        <p role="status">
          {upload.isPending && 'Het bestand wordt geladen…'}
          {upload.isSuccess && describeBoundaryUpload(upload.data)}
        </p>
      </form>
    </section>
  );
}
