import { useQuery } from '@tanstack/react-query';
import type { Role } from '@/generated/graphql';
import { roleLabels } from '@/modules/auth/utils/roleLabels';
import { referenceMunicipalitiesQueryOptions } from '@/modules/referenceData/hooks/referenceMunicipalitiesQueryOptions';

interface RoleAndMunicipalityFieldsProps {
  idPrefix: string;
  /** Whose fields these are, for the labels of a row in a table. */
  who?: string;
  role: Role;
  municipalityCode: string;
  onRole: (role: Role) => void;
  onMunicipality: (code: string) => void;
}

const ROLES = Object.keys(roleLabels) as Role[];

/** Role and municipality selects, shared by the create form and each user's row. */
export function RoleAndMunicipalityFields({
  idPrefix,
  who,
  role,
  municipalityCode,
  onRole,
  onMunicipality,
}: RoleAndMunicipalityFieldsProps) {
  const municipalities = useQuery(referenceMunicipalitiesQueryOptions()).data?.referenceMunicipalities ?? [];
  const suffix = who ? ` van ${who}` : '';
  return (
    <>
      <div className="form__field">
        <label htmlFor={`${idPrefix}-role`}>Rol{suffix}</label>
        <select id={`${idPrefix}-role`} value={role} onChange={(event) => onRole(event.target.value as Role)}>
          {ROLES.map((option) => (
            <option key={option} value={option}>
              {roleLabels[option]}
            </option>
          ))}
        </select>
      </div>
      <div className="form__field">
        <label htmlFor={`${idPrefix}-municipality`}>Gemeente{suffix}</label>
        <select
          id={`${idPrefix}-municipality`}
          value={municipalityCode}
          onChange={(event) => onMunicipality(event.target.value)}
        >
          <option value="">Alle gemeenten</option>
          {municipalities.map((municipality) => (
            <option key={municipality.code} value={municipality.code}>
              {municipality.name}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
