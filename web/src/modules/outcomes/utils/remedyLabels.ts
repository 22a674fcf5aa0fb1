/** Labels of the measure codes the ETL accepts (etl/src/profiles/targets.ts, MEASURES). */
export const remedyLabels: Readonly<Record<string, string>> = {
  excuses: 'Excuses aangeboden',
  uitleg: 'Uitleg gegeven',
  besluit_herzien: 'Besluit herzien',
  financiele_compensatie: 'Financiële tegemoetkoming',
  werkwijze_aangepast: 'Werkwijze aangepast',
  beleid_aangepast: 'Beleid aangepast',
  medewerker_aangesproken: 'Medewerker aangesproken',
  geen: 'Geen maatregel',
  onbekend: 'Onbekend',
};
