import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/public.decorator';
import { HealthService } from './health.service';
import { Health } from './models/health.model';

@Public()
@Resolver(() => Health)
export class HealthResolver {
  constructor(private readonly service: HealthService) {}

  @Query(() => Health, { description: 'Liveness and database check' })
  health(): Promise<Health> {
    return this.service.check();
  }
}
