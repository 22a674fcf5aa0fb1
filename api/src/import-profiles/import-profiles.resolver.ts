import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../auth/current-user.decorator';
import { AuthenticatedUser } from '../auth/role';
import { Roles } from '../auth/roles.decorator';
import { ImportProfilesService } from './import-profiles.service';
import { ImportProfileText } from './models/import-profile-text.model';
import { ImportProfileSaveResult } from './models/saved-import-profile.model';

/** Source profiles as data (beheer). The list itself is `importProfiles` (ImportsResolver). */
@Resolver()
@Roles('beheer')
export class ImportProfilesResolver {
  constructor(private readonly service: ImportProfilesService) {}

  @Mutation(() => ImportProfileSaveResult, {
    description: 'Validate a profile (YAML) and save it as its next revision; beheer, audited',
  })
  saveImportProfile(
    @CurrentUser() user: AuthenticatedUser,
    @Args('yaml') yaml: string,
  ): Promise<ImportProfileSaveResult> {
    return this.service.save(user, yaml);
  }

  @Query(() => ImportProfileText, { description: 'The YAML of a saved or built-in profile (beheer)' })
  importProfileText(@Args('name') name: string): Promise<ImportProfileText> {
    return this.service.text(name);
  }
}
