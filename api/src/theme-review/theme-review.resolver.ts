import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../auth/current-user.decorator';
import { AuthenticatedUser } from '../auth/role';
import { Roles } from '../auth/roles.decorator';
import { DecideThemeReviewInput } from './dto/decide-theme-review.input';
import { ThemeOption } from './models/theme-option.model';
import { ThemeReviewItem, ThemeReviewQueue } from './models/theme-review-item.model';
import { ThemeReviewWeek } from './models/theme-review-week.model';
import { ThemeReviewService } from './theme-review.service';

@Resolver(() => ThemeReviewItem)
export class ThemeReviewResolver {
  constructor(private readonly service: ThemeReviewService) {}

  @Query(() => ThemeReviewQueue, {
    description:
      'Theme suggestions to review: below the threshold, rules vs model, audit sample (beleid; audited)',
  })
  @Roles('beleid')
  themeReviewQueue(
    @CurrentUser() user: AuthenticatedUser,
    @Args('limit', { type: () => Int, nullable: true }) limit?: number | null,
  ): Promise<ThemeReviewQueue> {
    return this.service.queue(user, limit);
  }

  @Mutation(() => Boolean, {
    description: 'Decide on a suggested theme (beleid; audited); trains the next model',
  })
  @Roles('beleid')
  decideThemeReview(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: DecideThemeReviewInput,
  ): Promise<boolean> {
    return this.service.decide(user, input);
  }

  @Query(() => [ThemeReviewWeek], {
    description: 'Agreement and audit-sample accuracy per week, last 12 weeks (beleid)',
  })
  @Roles('beleid')
  themeReviewWeeks(@CurrentUser() user: AuthenticatedUser): Promise<ThemeReviewWeek[]> {
    return this.service.weeks(user);
  }

  @Query(() => [ThemeOption], {
    description: 'Active themes a reviewer can choose, in taxonomy order (beleid)',
  })
  @Roles('beleid')
  themeReviewOptions(@CurrentUser() user: AuthenticatedUser): Promise<ThemeOption[]> {
    return this.service.themeOptions(user);
  }
}
