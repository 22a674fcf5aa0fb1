import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { indicatorApiCatalog } from './indicator-api-catalog';
import { CsvColumnDescription } from './csv-columns';

const API_DOCS = join(__dirname, '..', '..', '..', 'docs', 'api.md');
const START = '<!-- csv-columns:start (generated from the column tables; UPDATE_DOCS=1 rewrites it) -->';
const END = '<!-- csv-columns:end -->';

const cell = (text: string): string => text.replaceAll('|', '\\|');

function columnTable(columns: readonly CsvColumnDescription[]): string[] {
  return [
    '| kolom | betekenis |',
    '| --- | --- |',
    ...columns.map((column) => `| \`${cell(column.name)}\` | ${cell(column.meaning)} |`),
  ];
}

/** The columns of every CSV file as markdown, from the same tables the files are written with. */
function columnsMarkdown(): string {
  const catalog = indicatorApiCatalog();
  return [
    START,
    '<!-- prettier-ignore-start -->',
    '',
    '### Every catalog indicator (`caseCount.csv`, …)',
    '',
    ...columnTable(catalog.indicatorColumns),
    ...catalog.families.flatMap((family) => [
      '',
      `### \`${family.name}.csv\`: ${family.label}`,
      '',
      ...columnTable(family.columns),
    ]),
    '',
    '<!-- prettier-ignore-end -->',
    END,
  ].join('\n');
}

// docs/api.md lists each file's columns with their meaning; the list must be the one the code writes.
describe('docs/api.md', () => {
  it('should list the columns of every CSV file exactly as the column tables define them', () => {
    const docs = readFileSync(API_DOCS, 'utf8');
    const start = docs.indexOf(START);
    const end = docs.indexOf(END);
    expect([start, end].every((index) => index >= 0)).toBe(true);
    const generated = `${docs.slice(0, start)}${columnsMarkdown()}${docs.slice(end + END.length)}`;
    if (process.env.UPDATE_DOCS === '1') writeFileSync(API_DOCS, generated);
    expect(docs).toBe(generated);
  });
});
