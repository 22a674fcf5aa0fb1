import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppUser } from './app-user.entity';

@Injectable()
export class UsersRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The active user with this username (exact match), or null. */
  findActiveByUsername(username: string): Promise<AppUser | null> {
    return this.dataSource.getRepository(AppUser).findOne({ where: { username, active: true } });
  }
}
