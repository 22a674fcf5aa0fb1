import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { UsersModule } from './users.module';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

/** Account management (beheer). Separate from UsersModule, which AuthModule itself needs. */
@Module({ imports: [AuthModule, UsersModule], providers: [UsersResolver, UsersService] })
export class UserAdminModule {}
