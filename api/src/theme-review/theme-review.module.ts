import { Module } from '@nestjs/common';
import { ThemeModelTrainer } from './theme-model-trainer';
import { ThemeModelsResolver } from './theme-models.resolver';
import { ThemeModelsService } from './theme-models.service';
import { ThemeReviewRepository } from './theme-review.repository';
import { ThemeReviewResolver } from './theme-review.resolver';
import { ThemeReviewService } from './theme-review.service';
import { THEME_TRAINING_CONFIG, themeTrainingConfigFromEnv } from './theme-training.config';

/** The review queue of theme suggestions and the installation's theme models. AuditService is global. */
@Module({
  providers: [
    ThemeReviewResolver,
    ThemeReviewService,
    ThemeReviewRepository,
    ThemeModelsResolver,
    ThemeModelsService,
    ThemeModelTrainer,
    { provide: THEME_TRAINING_CONFIG, useFactory: () => themeTrainingConfigFromEnv() },
  ],
})
export class ThemeReviewModule {}
