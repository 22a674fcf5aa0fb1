import { ExecutionContext, ForbiddenException, Logger, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { Public } from './public.decorator';
import { AuthenticatedUser } from './role';
import { Roles } from './roles.decorator';

class Handlers {
  @Public()
  open(): void {}

  @Roles('beleid', 'beheer')
  records(): void {}

  undeclared(): void {}
}

const RAAD: AuthenticatedUser = {
  id: 1,
  username: 'r',
  displayName: 'R',
  role: 'raad',
  municipalityCode: null,
};
const BELEID: AuthenticatedUser = { ...RAAD, id: 2, role: 'beleid' };

function run(handler: keyof Handlers, user: AuthenticatedUser | null): Promise<boolean> {
  const req = { headers: {} };
  const auth = { userFromRequest: () => Promise.resolve(user) } as unknown as AuthService;
  const context = {
    getType: () => 'http',
    getHandler: () => Handlers.prototype[handler],
    getClass: () => Handlers,
    switchToHttp: () => ({ getRequest: () => req }),
  } as unknown as ExecutionContext;
  return new AuthGuard(new Reflector(), auth).canActivate(context);
}

describe(AuthGuard.name, () => {
  it('should let anyone call a @Public handler', async () => {
    await expect(run('open', null)).resolves.toBe(true);
  });

  it('should require a session for a @Roles handler', async () => {
    await expect(run('records', null)).rejects.toBeInstanceOf(UnauthorizedException);
  });

  it('should admit only the declared roles', async () => {
    await expect(run('records', BELEID)).resolves.toBe(true);
    await expect(run('records', RAAD)).rejects.toBeInstanceOf(ForbiddenException);
  });

  it('should refuse everyone on a handler that declares neither @Public nor @Roles', async () => {
    const log = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    await expect(run('undeclared', BELEID)).rejects.toBeInstanceOf(ForbiddenException);
    expect(log).toHaveBeenCalledWith('Handlers.undeclared has neither @Public nor @Roles');
  });
});
