import { recordLabel } from '@/modules/records/utils/recordLabels';

/** Words for the keys of a scope such as `wet=participatiewet|thema=terugvordering`. */
const scopeWords: Readonly<Record<string, string>> = {
  thema: 'Thema',
  wet: 'Wet',
  domein: 'Domein',
  lijn: 'Lijn',
  organisatie: 'Organisatie',
  aanbieder: 'Aanbieder',
  steekproef: 'Steekproef burgerpanel',
};

/** The signal's scope in words: "Thema: Wachttijd". Labels from the API win over codes. */
export function describeSignalScope(signal: {
  scopeKey: string;
  themeLabel?: string | null;
  domainLabel?: string | null;
  organisationName?: string | null;
}): string {
  return signal.scopeKey
    .split('|')
    .filter((part) => part.length > 0)
    .map((part) => {
      const [key = '', ...rest] = part.split('=');
      let value = recordLabel(rest.join('='));
      if (key === 'thema' && signal.themeLabel) value = signal.themeLabel;
      if (key === 'domein' && signal.domainLabel) value = signal.domainLabel;
      if ((key === 'organisatie' || key === 'aanbieder') && signal.organisationName) {
        value = signal.organisationName;
      }
      return `${scopeWords[key] ?? key}: ${value}`;
    })
    .join(', ');
}
