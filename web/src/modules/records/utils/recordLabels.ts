/** Dutch words for the codes a record carries (as stored by the ETL). */
const labels: Readonly<Record<string, string>> = {
  klacht: 'Klacht',
  signaal: 'Signaal',
  melding: 'Melding',
  hulpvraag: 'Hulpvraag',
  eerste_lijn_aanbieder: 'Eerste lijn, aanbieder',
  eerste_lijn_gemeente: 'Eerste lijn, gemeente',
  tweede_lijn: 'Tweede lijn (ombudsman)',
  lopend: 'Nog lopend',
  gegrond: 'Gegrond',
  deels_gegrond: 'Deels gegrond',
  ongegrond: 'Ongegrond',
  niet_ontvankelijk: 'Niet-ontvankelijk',
  ingetrokken: 'Ingetrokken',
  opgelost: 'Opgelost',
};

/** The label of a code, or the code with spaces when it is not known here. */
export function recordLabel(code: string | null | undefined): string {
  if (!code) return '';
  return labels[code] ?? code.replaceAll('_', ' ');
}
