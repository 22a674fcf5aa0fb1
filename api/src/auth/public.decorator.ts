import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'leerlus:public';

/** Callable without a session (health, login, me, logout). Everything else requires login and @Roles. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);
