import { BadRequestException, ForbiddenException } from '@nestjs/common';
import type { AuthenticatedUser } from '../auth/role';

const MUNICIPALITY_CODE = /^GM\d{4}$/;

/**
 * The municipality a file uploaded by `user` (an import, a boundary file) is for, from the form's
 * `municipality` field: a user bound to a municipality uploads for that one (naming another is
 * refused); a user of every municipality names one by its CBS code, or none (undefined). `action`
 * completes the refusal: "U kunt alleen <action> voor gemeente GM0001."
 */
export function uploadMunicipality(
  user: AuthenticatedUser,
  value: unknown,
  action: string,
): string | undefined {
  const given = typeof value === 'string' && value.trim() !== '' ? value.trim().toUpperCase() : undefined;
  if (given !== undefined && !MUNICIPALITY_CODE.test(given)) {
    throw new BadRequestException(`Gemeente "${given.slice(0, 20)}" is geen CBS-code zoals GM0344.`);
  }
  if (user.municipalityCode !== null) {
    if (given !== undefined && given !== user.municipalityCode) {
      throw new ForbiddenException(`U kunt alleen ${action} voor gemeente ${user.municipalityCode}.`);
    }
    return user.municipalityCode;
  }
  return given;
}
