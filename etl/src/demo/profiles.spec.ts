import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { profileSchema } from '../profiles/profile.schema';
import { TARGET_FIELDS, type TargetField } from '../profiles/targets';
import { THEME_CODES } from '../themes/taxonomy';
import { DEMO_ORGANISATIONS } from './data/organisations';
import { PROFILES_DIR } from './data/exports.reader';

const EXPECTED = [
  'aanbieder-halfjaarrapportage',
  'aanbieder-klachtenlijst',
  'bezwaarbeslissingen',
  'clientaantallen',
  'gemeente-klachten',
  'ombudsman-zaken',
];
const ORGANISATION_CODES = new Set(DEMO_ORGANISATIONS.map((organisation) => organisation.code));
const BOOLEAN_WORDS = new Set(['ja', 'nee', 'true', 'false', 'j', 'n', '1', '0']);

const files = readdirSync(PROFILES_DIR).filter((file) => file.endsWith('.yaml'));

describe('source profiles (etl/profiles/*.yaml)', () => {
  it('should contain the five demo sources and the client counts', () => {
    expect(files.map((file) => file.replace(/\.yaml$/, '')).sort()).toEqual(EXPECTED);
  });

  describe.each(files)('%s', (file) => {
    const text = readFileSync(join(PROFILES_DIR, file), 'utf8');
    const parsed = profileSchema.safeParse(load(text));

    it('should be valid according to profile.schema.ts and named after its file', () => {
      expect(parsed.error?.issues ?? []).toEqual([]);
      expect(parsed.data?.name).toBe(file.replace(/\.yaml$/, ''));
    });

    it('should explain its choices in a comment at the top', () => {
      expect(
        text
          .split('\n')
          .slice(0, 4)
          .every((line) => line.startsWith('#')),
      ).toBe(true);
    });

    it('should only map fields of its target, and every required field', () => {
      const profile = profileSchema.parse(load(text));
      const fields = TARGET_FIELDS[profile.target] as Record<string, TargetField>;
      expect(Object.keys(profile.fields).filter((name) => !(name in fields))).toEqual([]);
      const required = Object.entries(fields)
        .filter(([, field]) => field.required)
        .map(([name]) => name);
      expect(required.filter((name) => !(name in profile.fields))).toEqual([]);
    });

    it('should translate every vocabulary value to an allowed code, theme or organisation', () => {
      const profile = profileSchema.parse(load(text));
      const fields = TARGET_FIELDS[profile.target] as Record<string, TargetField>;
      const used = new Set<string>();
      const problems: string[] = [];
      for (const [name, mapping] of Object.entries(profile.fields)) {
        const field = fields[name];
        if (!field) continue;
        if (mapping.vocabulary === undefined) {
          if (field.type === 'code' || field.type === 'codes') {
            if (mapping.column !== undefined) problems.push(`${name}: code field without vocabulary`);
            else if (!field.codes?.includes(String(mapping.default))) {
              problems.push(`${name}: default ${String(mapping.default)}`);
            }
          }
          if (
            field.type === 'organisation' &&
            mapping.default !== undefined &&
            !ORGANISATION_CODES.has(String(mapping.default))
          ) {
            problems.push(`${name}: unknown organisation ${String(mapping.default)}`);
          }
          continue;
        }
        used.add(mapping.vocabulary);
        const vocabulary = profile.vocabularies[mapping.vocabulary];
        if (!vocabulary) {
          problems.push(`${name}: vocabulary ${mapping.vocabulary} missing`);
          continue;
        }
        for (const [source, target] of Object.entries(vocabulary)) {
          const ok =
            field.type === 'code' || field.type === 'codes'
              ? (field.codes ?? []).includes(target)
              : field.type === 'theme'
                ? THEME_CODES.includes(target) || target === 'onbekend'
                : field.type === 'organisation'
                  ? ORGANISATION_CODES.has(target)
                  : field.type === 'boolean'
                    ? BOOLEAN_WORDS.has(target.toLowerCase())
                    : false;
          if (!ok) problems.push(`${mapping.vocabulary}.${source} -> ${target} (${name}: ${field.type})`);
        }
        if (mapping.default !== undefined && field.codes && !field.codes.includes(String(mapping.default))) {
          problems.push(`${name}: default ${String(mapping.default)}`);
        }
      }
      expect(problems).toEqual([]);
      // No dead vocabularies.
      expect(Object.keys(profile.vocabularies).filter((name) => !used.has(name))).toEqual([]);
    });

    it('should use "*" only where unknown is a legitimate answer', () => {
      const profile = profileSchema.parse(load(text));
      for (const vocabulary of Object.values(profile.vocabularies)) {
        if ('*' in vocabulary) expect(vocabulary['*']).toBe('onbekend');
      }
    });
  });
});
