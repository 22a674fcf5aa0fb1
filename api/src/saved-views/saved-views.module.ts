import { Module } from '@nestjs/common';
import { SavedViewsRepository } from './saved-views.repository';
import { SavedViewsResolver } from './saved-views.resolver';
import { SavedViewsService } from './saved-views.service';

@Module({
  providers: [SavedViewsResolver, SavedViewsService, SavedViewsRepository],
})
export class SavedViewsModule {}
