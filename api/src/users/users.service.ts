import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { AuthService } from '../auth/auth.service';
import { AuthenticatedUser } from '../auth/role';
import { CreateUserInput } from './dto/create-user.input';
import { UpdateUserInput } from './dto/update-user.input';
import { ManagedUser } from './models/managed-user.model';
import { UsersRepository } from './users.repository';

const USERNAME = /^[a-zA-Z0-9._-]{3,64}$/;

/**
 * Accounts managed by beheer: create, change role and municipality, deactivate (password resets are
 * AuthService's). A beheer bound to a municipality manages only that municipality's accounts. Audited.
 */
@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
  ) {}

  list(admin: AuthenticatedUser): Promise<ManagedUser[]> {
    return this.users.list(admin.municipalityCode);
  }

  async create(admin: AuthenticatedUser, input: CreateUserInput): Promise<ManagedUser> {
    const username = input.username.trim();
    if (!USERNAME.test(username)) {
      throw new BadRequestException(
        'Een gebruikersnaam heeft 3 tot 64 tekens: letters, cijfers, punt, streepje of liggend streepje.',
      );
    }
    const displayName = input.displayName.trim();
    if (displayName === '') throw new BadRequestException('Geef de naam van de gebruiker.');
    const municipalityCode = await this.checkMunicipality(admin, input.municipalityCode);
    if (await this.users.findLocalByUsername(username)) {
      throw new ConflictException(`Er is al een account "${username}".`);
    }
    const passwordHash = await this.auth.hashNewPassword(input.password, [username, displayName]);
    const id = await this.users.createLocal({
      username,
      displayName,
      role: input.role,
      municipalityCode,
      passwordHash,
    });
    await this.audit.record({
      user: admin,
      action: 'user.create',
      entity: 'app_user',
      entityId: id,
      details: { username, role: input.role, municipalityCode },
    });
    return this.found(await this.users.findManaged(id));
  }

  async update(admin: AuthenticatedUser, input: UpdateUserInput): Promise<ManagedUser> {
    const account = await this.users.findManaged(input.id);
    if (
      !account ||
      (admin.municipalityCode !== null && account.municipalityCode !== admin.municipalityCode)
    ) {
      throw new NotFoundException('Dit account bestaat niet.');
    }
    if (account.id === admin.id && (!input.active || input.role !== 'beheer')) {
      throw new BadRequestException('U kunt uw eigen account niet uitzetten of een andere rol geven.');
    }
    const municipalityCode = await this.checkMunicipality(admin, input.municipalityCode);
    await this.users.update(account.id, input.role, municipalityCode, input.active);
    // Sessions carry the role and municipality: a change takes effect at the next login.
    await this.auth.endSessionsOf(account.id);
    await this.audit.record({
      user: admin,
      action: 'user.update',
      entity: 'app_user',
      entityId: account.id,
      details: {
        username: account.username,
        role: [account.role, input.role],
        municipalityCode: [account.municipalityCode, municipalityCode],
        active: [account.active, input.active],
      },
    });
    return this.found(await this.users.findManaged(account.id));
  }

  private found(account: ManagedUser | null): ManagedUser {
    if (!account) throw new NotFoundException('Dit account bestaat niet.');
    return account;
  }

  /** The municipality an account may get: the admin's own when bound; else any that exists, or none. */
  private async checkMunicipality(
    admin: AuthenticatedUser,
    value: string | null | undefined,
  ): Promise<string | null> {
    const code = value?.trim().toUpperCase() || null;
    if (admin.municipalityCode !== null && code !== admin.municipalityCode) {
      throw new ForbiddenException(`U beheert alleen accounts van gemeente ${admin.municipalityCode}.`);
    }
    if (code !== null && !(await this.users.municipalityExists(code))) {
      throw new BadRequestException(`Gemeente ${code} bestaat niet.`);
    }
    return code;
  }
}
