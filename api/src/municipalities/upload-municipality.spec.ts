import { BadRequestException, ForbiddenException } from '@nestjs/common';
import type { AuthenticatedUser } from '../auth/role';
import { uploadMunicipality } from './upload-municipality';

const user = (municipalityCode: string | null): AuthenticatedUser => ({
  id: 1,
  username: 'beheer',
  displayName: 'Beheer',
  role: 'beheer',
  municipalityCode,
});

describe(uploadMunicipality.name, () => {
  it('should let a user of every municipality name one by its CBS code, or none', () => {
    expect(uploadMunicipality(user(null), ' gm0344 ', 'importeren')).toBe('GM0344');
    expect(uploadMunicipality(user(null), '', 'importeren')).toBeUndefined();
    expect(uploadMunicipality(user(null), undefined, 'importeren')).toBeUndefined();
  });

  it('should refuse what is not a CBS code', () => {
    expect(() => uploadMunicipality(user(null), 'Leerstad', 'importeren')).toThrow(BadRequestException);
    expect(() => uploadMunicipality(user('GM0001'), 'GM1', 'importeren')).toThrow(/geen CBS-code/);
  });

  it("should give a bound user's own municipality and refuse another", () => {
    expect(uploadMunicipality(user('GM0001'), undefined, 'grenzen laden')).toBe('GM0001');
    expect(uploadMunicipality(user('GM0001'), 'gm0001', 'grenzen laden')).toBe('GM0001');
    expect(() => uploadMunicipality(user('GM0001'), 'GM0344', 'grenzen laden')).toThrow(ForbiddenException);
    expect(() => uploadMunicipality(user('GM0001'), 'GM0344', 'grenzen laden')).toThrow(
      'U kunt alleen grenzen laden voor gemeente GM0001.',
    );
  });
});
