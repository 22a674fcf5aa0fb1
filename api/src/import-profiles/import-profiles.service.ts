import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { ImportUsageError, loadProfile, ProfileError } from '@leerlus/etl';
import { readFile } from 'node:fs/promises';
import { AuthenticatedUser } from '../auth/role';
import { ImportProfilesRepository } from './import-profiles.repository';
import { ImportProfileText } from './models/import-profile-text.model';
import { ImportProfileSaveResult } from './models/saved-import-profile.model';

const PROFILE_NAME = /^[a-z0-9-]{1,80}$/;

/** Source profiles made in the dashboard: validated like profile files, every revision kept, audited. */
@Injectable()
export class ImportProfilesService {
  constructor(private readonly repository: ImportProfilesRepository) {}

  async save(user: AuthenticatedUser, yaml: string): Promise<ImportProfileSaveResult> {
    try {
      const saved = await this.repository.save(yaml, { username: user.username, userId: user.id });
      return { ...saved, problems: [] };
    } catch (error) {
      if (error instanceof ProfileError) {
        return { name: null, revision: null, changed: false, problems: error.problems };
      }
      if (error instanceof ImportUsageError) {
        return { name: null, revision: null, changed: false, problems: [error.message] };
      }
      throw error;
    }
  }

  /** The YAML of a saved profile, or of a built-in one as the start of a new profile. */
  async text(name: string): Promise<ImportProfileText> {
    if (!PROFILE_NAME.test(name)) {
      throw new BadRequestException('Een profielnaam heeft alleen a-z, 0-9 en -.');
    }
    const stored = await this.repository.yaml(name);
    if (stored) return { name, revision: stored.revision, yaml: stored.yaml };
    try {
      const builtIn = await loadProfile(name);
      return { name, revision: null, yaml: await readFile(builtIn.file, 'utf8') };
    } catch (error) {
      if (error instanceof ProfileError) throw new NotFoundException(`Profiel "${name}" bestaat niet.`);
      throw error;
    }
  }
}
