import type { SignalQuery } from '@/generated/graphql';
import { recordLabel } from '@/modules/records/utils/recordLabels';
import type { TableData } from '@/ui/table/tableData';

type Evidence = NonNullable<SignalQuery['signal']>['evidence'][number];

/** Dutch names of the evidence numbers (docs/indicators/signals.md). */
const evidenceLabels: Readonly<Record<string, string>> = {
  count: 'Aantal',
  baseline: 'Gemiddelde eerdere kwartalen',
  baselineCount: 'Totaal eerdere kwartalen',
  baselineQuarters: 'Aantal eerdere kwartalen',
  citizens: 'Aantal inwoners',
  share: 'Aandeel',
  daysLate: 'Dagen te laat',
  dueOn: 'Uiterste datum',
  finding: 'Bevinding',
  escalations: 'Escalaties',
  organisations: 'Organisaties',
  decided: 'Beslist',
  upheld: 'Gegrond',
  closed: 'Afgehandeld',
  rate: 'Aandeel',
  baselineDecided: 'Beslist in eerdere kwartalen',
  baselineShare: 'Aandeel gegrond in eerdere kwartalen',
  baselineUpheld: 'Gegrond in eerdere kwartalen',
  complaints: 'Klachten',
  confirmed: 'Bevestigde systeemfouten',
  formalComplaintsClosed: 'Formeel afgehandelde klachten',
  law: 'Wet',
  line: 'Lijn',
  minimumOrganisations: 'Minimaal aantal organisaties',
  organisationCode: 'Organisatie',
  overTerm: 'Buiten de termijn',
  quarter: 'Kwartaal',
  repeatComplaints: 'Herhaalde klachten',
  reviewed: 'Beoordeeld door het burgerpanel',
  sampleId: 'Steekproef (nummer)',
  submittedOn: 'Ingediend op',
  themeCode: 'Thema',
  themes: "Thema's",
  windowDays: 'Binnen dagen',
  withoutFeedback: 'Zonder terugkoppeling',
  year: 'Jaar',
};

/** Dutch words for coded texts in the evidence (findings); other codes via the record labels. */
const evidenceTexts: Readonly<Record<string, string>> = {
  te_laat: 'Te laat ingediend',
  ontbreekt: 'Niet ingediend',
};

/** A code in words with a capital, e.g. `wachttijd_toegang` -> "Wachttijd toegang". */
const wordsOf = (code: string): string => {
  const words = recordLabel(code);
  return words.charAt(0).toUpperCase() + words.slice(1);
};
const textOf = (text: string): string => evidenceTexts[text] ?? wordsOf(text);

/** The aggregate evidence of one signal; withheld counts stay "×", never 0. */
export function buildEvidenceTable(
  evidence: readonly Evidence[],
  organisations: readonly { code: string; name: string }[],
  caption: string,
): TableData {
  const names = new Map(organisations.map((organisation) => [organisation.code, organisation.name]));
  return {
    caption,
    rowHeaderLabel: 'Gegeven',
    columns: [
      { key: 'about', label: 'Over' },
      { key: 'value', label: 'Waarde' },
    ],
    rows: evidence.map((item, index) => ({
      key: `${item.name}-${item.organisationCode ?? ''}-${item.themeCode ?? ''}-${index}`,
      header: evidenceLabels[item.name] ?? item.name,
      cells: [
        {
          kind: 'text',
          text: [
            item.organisationCode && (names.get(item.organisationCode) ?? item.organisationCode),
            item.themeCode && wordsOf(item.themeCode),
          ]
            .filter(Boolean)
            .join(', '),
        },
        item.text !== null && item.text !== undefined && item.value === null && !item.suppressed
          ? { kind: 'text', text: textOf(item.text) }
          : {
              kind: 'value',
              value: item.value ?? null,
              suppressed: item.suppressed,
              format: item.name === 'share' || item.name === 'rate' ? 'percent' : 'number',
            },
      ],
    })),
  };
}
