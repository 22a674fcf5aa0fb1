import type { SignalQuery } from '@/generated/graphql';
import type { TableData } from '@/ui/table/tableData';

type Evidence = NonNullable<SignalQuery['signal']>['evidence'][number];

/** Dutch names of the evidence numbers (docs/indicators/signals.md). */
const evidenceLabels: Readonly<Record<string, string>> = {
  count: 'Aantal',
  baseline: 'Gemiddelde eerdere kwartalen',
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
  sampleId: 'Steekproef (nummer)',
  law: 'Wet',
  themeCode: 'Thema',
  confirmed: 'Bevestigde systeemfouten',
  reviewed: 'Beoordeeld door het burgerpanel',
};

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
            item.themeCode,
          ]
            .filter(Boolean)
            .join(', '),
        },
        item.text !== null && item.text !== undefined && item.value === null && !item.suppressed
          ? { kind: 'text', text: item.text }
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
