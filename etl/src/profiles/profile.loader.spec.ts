import { CASE_PROFILE, writeText } from '../testing/fixtures';
import { listProfiles, loadProfile, ProfileError } from './profile.loader';
import { useTempDirs } from '@leerlus/sql/tempDirs';

const tempDir = useTempDirs('leerlus-etl-');

async function problemsOf(yaml: string, name = 'test-klachten'): Promise<string[]> {
  const dir = await tempDir();
  const file = await writeText(dir, `${name}.yaml`, yaml);
  try {
    await loadProfile(file);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ProfileError);
    expect((error as Error).message).toContain(file);
    return (error as ProfileError).problems;
  }
}

describe(loadProfile.name, () => {
  it('should load a valid profile by path and by name, with defaults filled in', async () => {
    const dir = await tempDir();
    const file = await writeText(dir, 'test-klachten.yaml', CASE_PROFILE);
    const byPath = await loadProfile(file);
    expect(byPath).toMatchObject({
      name: 'test-klachten',
      target: 'case_record',
      unknownColumns: 'report',
      file,
    });
    expect(byPath.read).toEqual({ format: 'auto', delimiter: 'auto', encoding: 'auto' });
    expect(await loadProfile('test-klachten', { dir })).toMatchObject({ name: 'test-klachten' });
    await expect(loadProfile('bestaat-niet', { dir })).rejects.toThrow(
      /niet gevonden; beschikbaar: test-klachten/,
    );
  });

  it('should name an unknown field and suggest the right one', async () => {
    const problems = await problemsOf(CASE_PROFILE.replace('  channel:', '  chanel:'));
    expect(problems).toEqual([
      expect.stringMatching(/^fields\.chanel: onbekend veld "chanel".*bedoelde u "channel"/),
    ]);
  });

  it('should report a missing required field without default', async () => {
    const problems = await problemsOf(CASE_PROFILE.replace(/ {2}received_on:.*\n/, ''));
    expect(problems).toEqual([
      'fields: verplicht veld "received_on" ontbreekt (geef een column of een default)',
    ]);
  });

  it('should let a case record profile leave the domain to the provider contract, but not an objection profile', async () => {
    const withoutDomain = CASE_PROFILE.replace(/ {2}domain:.*\n/, '');
    expect(withoutDomain).not.toContain('domain:');
    expect(await problemsOf(withoutDomain)).toEqual([]);
    const objection = withoutDomain
      .replace('target: case_record', 'target: objection_decision')
      .replace(
        / {2}(subject_organisation|kind|theme|channel|line|received_on|closed_on|outcome|feedback_given|neighbourhood_code|text):.*\n/g,
        '',
      )
      .replace(
        '  subject: { column: BSN }',
        '  law: { default: wmo }\n  objection_received_on: { column: Datum ontvangst }',
      );
    expect(await problemsOf(objection)).toEqual([
      'fields: verplicht veld "domain" ontbreekt (geef een column of een default)',
    ]);
  });

  it('should report a vocabulary that does not exist and a code field without vocabulary', async () => {
    const problems = await problemsOf(
      CASE_PROFILE.replace('vocabulary: kanalen', 'vocabulary: kanaal').replace(
        'outcome: { column: Uitkomst, vocabulary: uitkomsten }',
        'outcome: { column: Uitkomst }',
      ),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^fields\.channel\.vocabulary: vocabulaire "kanaal" bestaat niet.*bedoelde u "kanalen"/,
      ),
      expect.stringMatching(/^fields\.outcome: veld "outcome" is een code-veld; geef een vocabulary/),
    ]);
  });

  it('should report vocabulary values that are not allowed codes, and bad defaults', async () => {
    const problems = await problemsOf(
      CASE_PROFILE.replace('Brief: brief', 'Brief: post').replace(
        'default: eerste_lijn_gemeente',
        'default: eerste_lijn',
      ),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^vocabularies\.kanalen\.Brief: "post" is geen geldige code voor veld channel/),
      expect.stringMatching(/^fields\.line\.default: "eerste_lijn" is geen geldige code/),
    ]);
  });

  it('should report schema and YAML errors with the key', async () => {
    expect(await problemsOf(CASE_PROFILE.replace('target: case_record', 'target: klachten'))).toEqual([
      expect.stringMatching(/^target: /),
    ]);
    expect(await problemsOf(`${CASE_PROFILE}\nonbekend: 1\n`)).toEqual([expect.stringMatching(/onbekend/)]);
    expect(await problemsOf('name: [')).toEqual([expect.stringMatching(/^YAML-fout/)]);
    expect(
      await problemsOf(
        CASE_PROFILE.replace('dateFormats', 'x').replace('fields:', 'dateFormats: [dd-QQ-yyyy]\nfields:'),
      ),
    ).toEqual([expect.stringMatching(/^dateFormats\[0\]: .*onbekend teken "Q"/)]);
  });
});

describe(listProfiles.name, () => {
  it('should list valid profiles and flag broken ones', async () => {
    const dir = await tempDir();
    await writeText(dir, 'test-klachten.yaml', CASE_PROFILE);
    await writeText(dir, 'kapot.yaml', 'name: kapot\n');
    const listed = await listProfiles({ dir });
    expect(listed).toEqual([
      expect.objectContaining({ name: 'kapot', target: null, error: expect.stringContaining('kapot.yaml') }),
      expect.objectContaining({ name: 'test-klachten', label: 'Testdorp klachten', target: 'case_record' }),
    ]);
  });
});
