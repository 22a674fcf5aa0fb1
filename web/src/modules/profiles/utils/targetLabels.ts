/** What a profile loads, in words (the API's target codes). */
export const targetLabels: Record<string, string> = {
  case_record: 'Klachten, signalen, meldingen of hulpvragen',
  objection_decision: 'Beslissingen op bezwaar',
  provider_report: 'Halfjaarrapportage van een aanbieder',
  contract: 'Contractenlijst',
};
