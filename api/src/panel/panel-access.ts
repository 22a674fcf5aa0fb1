import { BadRequestException, ForbiddenException } from '@nestjs/common';
import { AuthenticatedUser, Role } from '../auth/role';
import { SampleScope } from './panel.repository';

/** Who draws samples, assigns members and confirms system errors (issue 16: college or beheer). */
export const COORDINATOR_ROLES: readonly Role[] = ['college', 'beheer'];

export function isCoordinator(user: AuthenticatedUser): boolean {
  return COORDINATOR_ROLES.includes(user.role);
}

/**
 * What of the panel's samples a user may see: coordinators every sample of their municipality scope,
 * a panel member only the cases assigned to them. Every other role gets no case-level access.
 */
export function caseScope(user: AuthenticatedUser): SampleScope {
  if (isCoordinator(user)) return { municipalityCode: user.municipalityCode, memberId: null };
  if (user.role === 'panel') return { municipalityCode: user.municipalityCode, memberId: user.id };
  throw new ForbiddenException('Alleen het burgerpanel en de coördinatoren zien de beslissingen');
}

/** Findings: raad, college, beleid and beheer over every sample in scope; a member over their own cases. */
export function findingsScope(user: AuthenticatedUser): SampleScope {
  if (user.role === 'panel') return { municipalityCode: user.municipalityCode, memberId: user.id };
  return { municipalityCode: user.municipalityCode, memberId: null };
}

/**
 * The municipality a coordinator acts for: their own scope, or the one they name when unscoped, or
 * the only municipality of the installation.
 */
export function actingMunicipality(
  user: AuthenticatedUser,
  requested: string | null | undefined,
  onlyMunicipality: string | null,
): string {
  if (user.municipalityCode !== null) {
    if (requested && requested !== user.municipalityCode) throw new ForbiddenException('Andere gemeente');
    return user.municipalityCode;
  }
  const code = requested || onlyMunicipality;
  if (!code) throw new BadRequestException('Kies een gemeente');
  return code;
}
