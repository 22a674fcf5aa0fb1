import { Module } from '@nestjs/common';
import { ThemeReviewRepository } from './theme-review.repository';
import { ThemeReviewResolver } from './theme-review.resolver';
import { ThemeReviewService } from './theme-review.service';

/** The review queue of theme suggestions and the installation's theme models. AuditService is global. */
@Module({ providers: [ThemeReviewResolver, ThemeReviewService, ThemeReviewRepository] })
export class ThemeReviewModule {}
