/** Organisation kinds as the API knows them, with their B1 label. */
export const organisationKinds = [
  { value: 'aanbieder', label: 'Zorgaanbieder' },
  { value: 'gemeente', label: 'Gemeente' },
  { value: 'ombudsman', label: 'Ombudsman of klachtencommissie' },
  { value: 'samenwerkingsverband', label: 'Samenwerkingsverband' },
] as const;

export function organisationKindLabel(kind: string): string {
  return organisationKinds.find((option) => option.value === kind)?.label ?? kind;
}
