import { buildApiExamples, TOKEN_PLACEHOLDER } from '@/modules/apiTokens/utils/buildApiExamples';

describe('buildApiExamples', () => {
  const examples = buildApiExamples({
    origin: 'https://leerlus.example.nl',
    csvPath: '/api/v1/indicatoren/caseCount.csv',
    params: [
      ['periode', '2025'],
      ['uitsplitsing', 'domein'],
    ],
    dateRange: { from: '2025-01-01', to: '2025-12-31' },
  });
  const code = (id: string): string => examples.find((example) => example.id === id)?.code ?? '';

  it('should give an example for every tool the page promises', () => {
    expect(examples.map((example) => example.id)).toEqual([
      'power-bi',
      'excel',
      'r',
      'python',
      'curl',
      'graphql',
    ]);
  });

  it('should send the token as a bearer header in Power Query, against this installation', () => {
    expect(code('power-bi')).toContain('Web.Contents("https://leerlus.example.nl", [');
    expect(code('power-bi')).toContain('RelativePath = "api/v1/indicatoren/caseCount.csv"');
    expect(code('power-bi')).toContain('Query = [periode = "2025", uitsplitsing = "domein"]');
    expect(code('power-bi')).toContain(`Headers = [Authorization = "Bearer ${TOKEN_PLACEHOLDER}"]`);
  });

  it('should read the Dutch CSV with ; and a decimal comma in R and Python', () => {
    expect(code('r')).toContain('read_csv2(');
    expect(code('r')).toContain('req_url_query(periode = "2025", uitsplitsing = "domein")');
    expect(code('python')).toContain('sep=";", decimal=","');
    expect(code('graphql')).toContain('dateRange: {from: \\"2025-01-01\\", to: \\"2025-12-31\\"}');
    expect(code('curl')).toContain(
      '"https://leerlus.example.nl/api/v1/indicatoren/caseCount.csv?periode=2025&uitsplitsing=domein"',
    );
  });
});
