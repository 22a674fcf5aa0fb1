import type { ClientRatesQuery } from '@/generated/graphql';
import { buildClientRateFunnel } from '@/modules/providers/utils/buildClientRateFunnel';
import { cellText } from '@/ui/table/cellText';

type Rate = ClientRatesQuery['clientRates']['byProvider'][number];

const rate = (code: string, clients: number, complaints: number | null): Rate => ({
  code,
  label: `Aanbieder ${code}`,
  clients,
  complaints,
  suppressed: complaints === null,
  ratePer1000: complaints === null ? null : (complaints * 1000) / clients,
  lower: null,
  upper: null,
});

describe(buildClientRateFunnel.name, () => {
  it('should plot rates against clients around the overall rate and keep withheld providers in the table only', () => {
    const data: ClientRatesQuery = {
      clientRates: {
        year: 2025,
        byProvider: [rate('a', 1000, 20), rate('b', 3000, 30), rate('c', 200, null)],
      },
    };
    const { funnel, table } = buildClientRateFunnel(data, 'Klachten per 1.000 cliënten');
    expect(funnel.mode).toBe('rate');
    // 50 complaints over 4,000 clients: 12.5 per 1,000.
    expect(funnel.centre).toBeCloseTo(12.5, 6);
    expect(funnel.points.map((point) => point.x)).toEqual([1000, 3000]);
    expect(funnel.excluded).toBe(1);
    expect(table.rows.map((row) => row.header)).toEqual(['Aanbieder b', 'Aanbieder a', 'Aanbieder c']);
    const withheld = table.rows[2]!;
    expect(cellText(withheld.cells[1]!)).not.toBe('0');
    expect(cellText(withheld.cells[6]!)).toBe('Niet getoond (klein aantal)');
  });
});
