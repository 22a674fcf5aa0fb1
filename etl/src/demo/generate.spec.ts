import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { useTempDirs } from '@leerlus/sql/tempDirs';
import type { Profile } from '../profiles/profile.schema';
import { TARGET_FIELDS, type TargetField } from '../profiles/targets';
import { column, key, loadDemoProfile, readExport, type Table, vocabulary } from './data/exports.reader';
import { CONTRACTED_PROVIDERS } from './data/organisations';
import { daysBetween, DUTCH_MONTHS, isValidBsn, quarterOf } from './data/random';
import { generateDemoExports, type GeneratedFile, PLANTED_PATTERNS } from './generate';

const tempDir = useTempDirs('leerlus-demo-');

const RECORDS = 3_000;
const SEED = 7;

interface Loaded {
  file: GeneratedFile;
  profile: Profile;
  data: Table;
}

const sha256 = async (file: string): Promise<string> =>
  createHash('sha256')
    .update(await readFile(file))
    .digest('hex');

/** dd-mm-jjjj, d-m-jjjj, "3 april 2024" or ISO -> ISO; '' when empty. */
function iso(value: string): string {
  const text = value.trim();
  if (text === '') return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const numeric = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(text);
  if (numeric) return `${numeric[3]}-${numeric[2]?.padStart(2, '0')}-${numeric[1]?.padStart(2, '0')}`;
  const long = /^(\d{1,2}) ([a-z]+) (\d{4})$/.exec(text);
  const month = long ? DUTCH_MONTHS.indexOf(long[2] as (typeof DUTCH_MONTHS)[number]) + 1 : 0;
  if (long && month > 0) return `${long[3]}-${String(month).padStart(2, '0')}-${long[1]?.padStart(2, '0')}`;
  throw new Error(`not a date: ${text}`);
}

function dateMatchesFormats(value: string, formats: readonly string[]): boolean {
  const tokens: Record<string, string> = {
    yyyy: '\\d{4}',
    yy: '\\d{2}',
    MMMM: `(${DUTCH_MONTHS.join('|')})`,
    MM: '\\d{2}',
    M: '\\d{1,2}',
    dd: '\\d{2}',
    d: '\\d{1,2}',
  };
  return ['yyyy-MM-dd', ...formats].some((format) => {
    const pattern = (format.match(/yyyy|yy|MMMM|MM|M|dd|d|./g) ?? [])
      .map((token) => tokens[token] ?? token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('');
    return new RegExp(`^${pattern}$`).test(value);
  });
}

describe(generateDemoExports.name, () => {
  const dirs: string[] = [];
  let first: GeneratedFile[];
  let second: GeneratedFile[];
  let other: GeneratedFile[];
  let loaded: Loaded[];

  const ofProfile = (name: string): Loaded[] => loaded.filter((item) => item.file.profile === name);

  beforeAll(async () => {
    for (let i = 0; i < 3; i++) dirs.push(await tempDir());
    first = await generateDemoExports(dirs[0] ?? '', { records: RECORDS, seed: SEED });
    second = await generateDemoExports(dirs[1] ?? '', { records: RECORDS, seed: SEED });
    other = await generateDemoExports(dirs[2] ?? '', { records: RECORDS, seed: SEED + 1 });
    loaded = await Promise.all(
      first.map(async (file) => {
        const profile = loadDemoProfile(file.profile);
        return { file, profile, data: await readExport(file.file, profile) };
      }),
    );
  });

  it('should write one or more files for every source profile', () => {
    expect([...new Set(first.map((file) => file.profile))].sort()).toEqual([
      'aanbieder-halfjaarrapportage',
      'aanbieder-klachtenlijst',
      'bezwaarbeslissingen',
      'gemeente-klachten',
      'ombudsman-zaken',
    ]);
    for (const file of first) expect(file.file.startsWith(dirs[0] ?? '')).toBe(true);
  });

  it('should write byte-identical files for the same seed', async () => {
    expect(second.map((file) => basename(file.file))).toEqual(first.map((file) => basename(file.file)));
    for (const [a, b] of first.map((file, i) => [file.file, second[i]?.file ?? ''] as const)) {
      expect({ file: basename(a), hash: await sha256(a) }).toEqual({
        file: basename(a),
        hash: await sha256(b),
      });
    }
  });

  it('should write different files for a different seed', async () => {
    const byName = new Map(other.map((file) => [basename(file.file), file.file]));
    let different = 0;
    for (const file of first) {
      const counterpart = byName.get(basename(file.file));
      if (!counterpart || (await sha256(file.file)) !== (await sha256(counterpart))) different++;
    }
    expect(different).toBe(first.length);
  });

  it('should write each file in its declared format, encoding and delimiter', async () => {
    const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
    for (const { file, profile } of loaded) {
      const bytes = await readFile(file.file);
      const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
      switch (file.profile) {
        case 'gemeente-klachten': {
          expect(profile.read).toMatchObject({ format: 'csv', delimiter: ';', encoding: 'windows-1252' });
          expect(hasBom).toBe(false);
          expect(() => strictUtf8.decode(bytes)).toThrow(); // ë, é, € as single Windows-1252 bytes
          expect(bytes.includes(0xeb) || bytes.includes(0xe9) || bytes.includes(0x80)).toBe(true);
          const headerLine = bytes.subarray(0, bytes.indexOf(0x0a)).toString('latin1');
          expect(headerLine.endsWith('\r')).toBe(true);
          expect(headerLine.split(';')).toHaveLength(20);
          break;
        }
        case 'aanbieder-klachtenlijst': {
          expect(profile.read).toMatchObject({ format: 'csv', delimiter: ',', encoding: 'utf-8' });
          expect(hasBom).toBe(true);
          expect(() => strictUtf8.decode(bytes)).not.toThrow();
          expect(bytes.subarray(3, bytes.indexOf(0x0a)).toString('utf8').split(',')).toHaveLength(17);
          break;
        }
        case 'aanbieder-halfjaarrapportage': {
          expect(profile.read).toMatchObject({ format: 'xlsx', sheet: 'Klachtenrapportage' });
          expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
          break;
        }
        case 'ombudsman-zaken': {
          expect(profile.read).toMatchObject({ format: 'json', records: 'zaken' });
          const document = JSON.parse(bytes.toString('utf8')) as { zaken: unknown[] };
          expect(Array.isArray(document.zaken)).toBe(true);
          break;
        }
        case 'bezwaarbeslissingen': {
          expect(profile.read).toMatchObject({ format: 'csv', delimiter: '\t', encoding: 'utf-8' });
          expect(hasBom).toBe(false);
          const text = bytes.toString('utf8');
          expect(text.split('\n')[0]?.split('\t')).toHaveLength(12);
          // Mixed date styles, as typed by different lawyers.
          expect(text).toMatch(
            /\t\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}\t/,
          );
          expect(text).toMatch(/\t\d{2}-\d{2}-\d{4}\t/);
          break;
        }
        default:
          throw new Error(`unexpected profile ${file.profile}`);
      }
    }
  });

  it('should only write columns and values that the source profiles know', () => {
    const problems = new Set<string>();
    for (const { file, profile, data } of loaded) {
      const fields = TARGET_FIELDS[profile.target] as Record<string, TargetField>;
      const mappedColumns = new Set<string>();
      for (const [name, mapping] of Object.entries(profile.fields)) {
        const columns = mapping.column === undefined ? [] : [mapping.column].flat();
        for (const name of columns) mappedColumns.add(key(name));
        const field = fields[name];
        if (!field || columns.length === 0) continue;
        const get = columns.map((columnName) => column(data, columnName));
        const lookup = mapping.vocabulary ? vocabulary(profile, mapping.vocabulary) : undefined;
        for (const row of data.rows) {
          const value = get.map((read) => read(row)).find((candidate) => candidate.trim() !== '') ?? '';
          if (value.trim() === '') continue;
          if (lookup) {
            const parts = field.type === 'codes' ? value.split(profile.listSeparator) : [value];
            for (const part of parts) {
              if (lookup(part) === undefined) problems.add(`${file.profile}: ${name} "${part}"`);
            }
          }
          if (field.type === 'date' && !dateMatchesFormats(value, profile.dateFormats)) {
            problems.add(`${file.profile}: ${name} date "${value}"`);
          }
          if (field.type === 'identifier' && !isValidBsn(value) && !/^C\d{6}$/.test(value)) {
            problems.add(`${file.profile}: ${name} identifier "${value}"`);
          }
          if (field.type === 'integer' && !/^\d+$/.test(value)) {
            problems.add(`${file.profile}: ${name} "${value}"`);
          }
        }
      }
      const ignored = new Set(profile.ignoreColumns.map(key));
      for (const header of data.header) {
        if (!mappedColumns.has(key(header)) && !ignored.has(key(header))) {
          problems.add(`${file.profile}: unmapped column ${header}`);
        }
      }
    }
    expect([...problems]).toEqual([]);
  });

  it('should put personal data in some free texts, so the redaction is visible', () => {
    const texts = ofProfile('gemeente-klachten').flatMap(({ data }) =>
      data.rows.map(column(data, 'Omschrijving')),
    );
    expect(texts.some((text) => /06-\d{8}/.test(text))).toBe(true);
    expect(texts.some((text) => /[a-z0-9.]+@[a-z]+\.(nl|com)/.test(text))).toBe(true);
    expect(texts.some((text) => (text.match(/\b\d{9}\b/g) ?? []).some(isValidBsn))).toBe(true);
    expect(texts.some((text) => /NL\d{2}[A-Z]{4}\d{10}/.test(text))).toBe(true);
  });

  it('should scale the number of case records with the records option', () => {
    const caseRows = loaded
      .filter(({ profile }) => profile.target === 'case_record')
      .reduce((sum, { data }) => sum + data.rows.length, 0);
    expect(caseRows).toBeGreaterThan(RECORDS * 0.85);
    expect(caseRows).toBeLessThan(RECORDS * 1.35);
    const received = ofProfile('gemeente-klachten').flatMap(({ data }) =>
      data.rows.map(column(data, 'Datum ontvangst')),
    );
    const dates = received.map(iso).sort();
    expect(dates[0]?.startsWith('2021-01')).toBe(true);
    expect(dates[dates.length - 1]! <= PLANTED_PATTERNS.asOf).toBe(true);
  });

  describe('planted patterns', () => {
    const waiting = new Set<string>(PLANTED_PATTERNS.waitingTimeRise.themeCodes);

    function countsByQuarter(rows: { quarter: string }[]): Map<string, number> {
      const counts = new Map<string, number>();
      for (const row of rows) counts.set(row.quarter, (counts.get(row.quarter) ?? 0) + 1);
      return counts;
    }

    function expectRise(counts: Map<string, number>): void {
      const plan = PLANTED_PATTERNS.waitingTimeRise;
      const rising = plan.risingQuarters.map((quarter) => counts.get(quarter) ?? 0);
      const baseline = plan.baselineQuarters.map((quarter) => counts.get(quarter) ?? 0);
      const baselineMean = Math.max(1, baseline.reduce((sum, n) => sum + n, 0) / baseline.length);
      for (let i = 1; i < rising.length; i++) expect(rising[i]).toBeGreaterThan(rising[i - 1] ?? 0);
      expect(rising[rising.length - 1]).toBeGreaterThanOrEqual(2 * baselineMean);
    }

    it('(a) waiting-time complaints rise every quarter at three youth-care providers', () => {
      const plan = PLANTED_PATTERNS.waitingTimeRise;
      expect(plan.organisationCodes.length).toBeGreaterThanOrEqual(3);
      const municipal = ofProfile('gemeente-klachten');
      const gemeente = loadDemoProfile('gemeente-klachten');
      const onderwerp = vocabulary(gemeente, 'onderwerp');
      const domein = vocabulary(gemeente, 'domein');
      const aanbieder = vocabulary(gemeente, 'aanbieders');
      for (const code of plan.organisationCodes) {
        // The provider's own complaint list.
        const list = loaded.find(({ file }) => basename(file.file) === `aanbieder-klachtenlijst-${code}.csv`);
        expect(list).toBeDefined();
        const { data, profile } = list as Loaded;
        const categorie = vocabulary(profile, 'categorie');
        const providerRows = data.rows
          .filter((row) => waiting.has(categorie(column(data, 'Categorie')(row)) ?? ''))
          .map((row) => ({ quarter: quarterOf(column(data, 'Datum ontvangst')(row)) }));
        expectRise(countsByQuarter(providerRows));
        // Municipal complaints about the provider.
        const municipalRows = municipal.flatMap(({ data: table }) =>
          table.rows
            .filter(
              (row) =>
                domein(column(table, 'Domein')(row)) === plan.domain &&
                aanbieder(column(table, 'Betreft aanbieder')(row)) === code &&
                waiting.has(onderwerp(column(table, 'Onderwerp')(row)) ?? ''),
            )
            .map((row) => ({ quarter: quarterOf(iso(column(table, 'Datum ontvangst')(row))) })),
        );
        expectRise(countsByQuarter(municipalRows));
        // The half-year reports show it too: 2026-H1 at least double 2025-H1.
        const reports = ofProfile('aanbieder-halfjaarrapportage');
        const rapportage = loadDemoProfile('aanbieder-halfjaarrapportage');
        const aard = vocabulary(rapportage, 'aard');
        const provider = vocabulary(rapportage, 'aanbieders');
        const waitingInPeriod = (start: string): number =>
          reports
            .flatMap(({ data: table }) => table.rows.map((row) => ({ table, row })))
            .filter(
              ({ table, row }) =>
                provider(column(table, 'Aanbieder')(row)) === code &&
                iso(column(table, 'Periode van')(row)) === start &&
                waiting.has(aard(column(table, 'Aard van de klacht')(row)) ?? ''),
            )
            .reduce((sum, { table, row }) => sum + Number(column(table, 'Aantal klachten')(row)), 0);
        expect(waitingInPeriod('2026-01-01')).toBeGreaterThanOrEqual(
          2 * Math.max(1, waitingInPeriod('2025-01-01')),
        );
      }
    });

    it('(b) a group of citizens appears at 3+ organisations within six months', () => {
      const plan = PLANTED_PATTERNS.bouncingCitizens;
      const events = new Map<string, { org: string; date: string }[]>();
      const add = (bsn: string, org: string, date: string): void => {
        if (!bsn) return;
        const list = events.get(bsn) ?? [];
        list.push({ org, date });
        events.set(bsn, list);
      };
      for (const { data } of ofProfile('gemeente-klachten')) {
        for (const row of data.rows) {
          add(column(data, 'BSN')(row), 'gemeente-lusdonk', iso(column(data, 'Datum ontvangst')(row)));
        }
      }
      const lists = ofProfile('aanbieder-klachtenlijst');
      const aanbieder = vocabulary(loadDemoProfile('aanbieder-klachtenlijst'), 'aanbieders');
      for (const { data } of lists) {
        for (const row of data.rows) {
          add(
            column(data, 'BSN')(row),
            aanbieder(column(data, 'Aanbieder')(row)) ?? '?',
            column(data, 'Datum ontvangst')(row),
          );
        }
      }
      for (const { data } of ofProfile('ombudsman-zaken')) {
        for (const row of data.rows) {
          add(column(data, 'bsn')(row), 'ombudsman-lusland', column(data, 'ontvangen')(row));
        }
      }
      const bouncing: { bsn: string; orgs: Set<string> }[] = [];
      for (const [bsn, list] of events) {
        list.sort((a, b) => a.date.localeCompare(b.date));
        for (let i = 0; i < list.length; i++) {
          const start = list[i]?.date ?? '';
          const orgs = new Set(
            list
              .filter((e) => e.date >= start && daysBetween(start, e.date) <= plan.windowDays)
              .map((e) => e.org),
          );
          if (orgs.size >= plan.minimumOrganisations) {
            bouncing.push({ bsn, orgs });
            break;
          }
        }
      }
      expect(bouncing).toHaveLength(plan.groupSize);
      for (const { orgs } of bouncing) {
        for (const org of orgs) expect(plan.organisationCodes).toContain(org);
        expect(orgs.has('gemeente-lusdonk')).toBe(true);
      }
    });

    it('(c) one provider reports late every half-year and misses one report', () => {
      const plan = PLANTED_PATTERNS.lateProviderReports;
      const profile = loadDemoProfile('aanbieder-halfjaarrapportage');
      const provider = vocabulary(profile, 'aanbieders');
      const reports = new Map<string, { due: string; submitted: string }>();
      for (const { data } of ofProfile('aanbieder-halfjaarrapportage')) {
        for (const row of data.rows) {
          const code = provider(column(data, 'Aanbieder')(row)) ?? '?';
          const start = iso(column(data, 'Periode van')(row));
          const due = iso(column(data, 'Uiterste inleverdatum')(row));
          const end = iso(column(data, 'Periode tot')(row));
          // Due date rule of seed 003: the first 1 July / 1 December after the period.
          expect(due).toBe(
            end.endsWith('06-30') ? `${end.slice(0, 4)}-12-01` : `${Number(end.slice(0, 4)) + 1}-07-01`,
          );
          reports.set(`${code}|${start}`, { due, submitted: iso(column(data, 'Ingediend op')(row)) });
        }
      }
      for (const contracted of CONTRACTED_PROVIDERS) {
        for (let year = 2021; year <= 2026; year++) {
          for (const [start, due] of [
            [`${year}-01-01`, `${year}-12-01`],
            [`${year}-07-01`, `${year + 1}-07-01`],
          ] as const) {
            if (start < contracted.contractStart || due > PLANTED_PATTERNS.asOf) continue;
            const report = reports.get(`${contracted.code}|${start}`);
            if (contracted.code === plan.organisationCode) {
              if (start === plan.missingPeriod.start) {
                expect(report).toBeUndefined();
                continue;
              }
              expect(report).toBeDefined();
              const late = daysBetween(report?.due ?? '', report?.submitted ?? '');
              expect(late).toBeGreaterThanOrEqual(plan.lateByDays.min);
              expect(late).toBeLessThanOrEqual(plan.lateByDays.max);
            } else {
              expect({ provider: contracted.code, start, present: report !== undefined }).toEqual({
                provider: contracted.code,
                start,
                present: true,
              });
              expect((report?.submitted ?? '') <= (report?.due ?? '')).toBe(true);
            }
          }
        }
      }
    });

    it('(d) upheld objections under the Participatiewet about terugvordering spike in the last two quarters', () => {
      const plan = PLANTED_PATTERNS.upheldObjectionSpike;
      const [{ data, profile }] = ofProfile('bezwaarbeslissingen') as [Loaded];
      const law = vocabulary(profile, 'wet');
      const theme = vocabulary(profile, 'besluit_thema');
      const outcome = vocabulary(profile, 'uitkomst');
      const decided = data.rows
        .filter(
          (row) =>
            law(column(data, 'Wet')(row)) === plan.law &&
            theme(column(data, 'Besluit')(row)) === plan.themeCode,
        )
        .filter((row) => column(data, 'Datum beslissing')(row) !== '')
        .map((row) => ({
          quarter: quarterOf(iso(column(data, 'Datum beslissing')(row))),
          upheld: outcome(column(data, 'Uitkomst')(row)) === 'gegrond',
        }));
      const during = decided.filter((d) => (plan.quarters as readonly string[]).includes(d.quarter));
      const before = decided.filter((d) => d.quarter < (plan.quarters[0] ?? ''));
      const share = (list: typeof decided): number =>
        list.filter((d) => d.upheld).length / Math.max(1, list.length);
      expect(share(during)).toBeGreaterThanOrEqual(0.5);
      expect(share(before)).toBeLessThanOrEqual(0.25);
      const upheldPerQuarter = countsByQuarter(decided.filter((d) => d.upheld));
      const previous = [
        '2024-Q2',
        '2024-Q3',
        '2024-Q4',
        '2025-Q1',
        '2025-Q2',
        '2025-Q3',
        '2025-Q4',
        '2026-Q1',
      ];
      const previousMean = Math.max(
        1,
        previous.reduce((sum, q) => sum + (upheldPerQuarter.get(q) ?? 0), 0) / previous.length,
      );
      for (const quarter of plan.quarters) {
        expect(upheldPerQuarter.get(quarter) ?? 0).toBeGreaterThanOrEqual(3 * previousMean);
      }
    });

    it('should contain repeat complaints, escalations and complaints without feedback', () => {
      const gemeente = ofProfile('gemeente-klachten');
      const rows = gemeente.flatMap(({ data }) =>
        data.rows.map((row) => ({
          bsn: column(data, 'BSN')(row),
          onderwerp: column(data, 'Onderwerp')(row),
          route: column(data, 'Route')(row),
          received: iso(column(data, 'Datum ontvangst')(row)),
          closed: iso(column(data, 'Datum afgehandeld')(row)),
        })),
      );
      // Repeat complaints: same citizen, same subject, again after the first one was closed.
      const byKey = new Map<string, typeof rows>();
      for (const row of rows.filter((r) => r.bsn)) {
        const list = byKey.get(`${row.bsn}|${row.onderwerp}`) ?? [];
        list.push(row);
        byKey.set(`${row.bsn}|${row.onderwerp}`, list);
      }
      const repeats = [...byKey.values()].filter((list) => {
        const sorted = [...list].sort((a, b) => a.received.localeCompare(b.received));
        return sorted.some(
          (row, i) => i > 0 && sorted[i - 1]?.closed && (sorted[i - 1]?.closed ?? '') <= row.received,
        );
      });
      expect(repeats.length).toBeGreaterThanOrEqual(PLANTED_PATTERNS.repeatedComplaints.minimum);
      // Escalations: an ombudsman case after a closed formal complaint of the same citizen.
      const formal = new Map(
        rows.filter((r) => r.route === 'Formeel' && r.closed).map((r) => [r.bsn, r.closed]),
      );
      const [{ data: ombudsman }] = ofProfile('ombudsman-zaken') as [Loaded];
      const escalated = ombudsman.rows.filter((row) => {
        const closed = formal.get(column(ombudsman, 'bsn')(row));
        return closed !== undefined && closed <= column(ombudsman, 'ontvangen')(row);
      });
      expect(escalated.length).toBeGreaterThanOrEqual(PLANTED_PATTERNS.escalations.minimum);
      // No feedback: most at one provider.
      const feedback = (code: string): number => {
        const list = ofProfile('aanbieder-klachtenlijst').find(({ file }) =>
          file.file.endsWith(`${code}.csv`),
        );
        const table = (list as Loaded).data;
        const answered = table.rows.map(column(table, 'Klager geïnformeerd')).filter((v) => v !== '');
        return answered.filter((v) => v === 'Nee').length / answered.length;
      };
      expect(feedback(PLANTED_PATTERNS.missingFeedback.organisationCode)).toBeGreaterThan(0.2);
      expect(feedback('jeugdzorg-kompas')).toBeLessThan(0.15);
    });
  });
});
