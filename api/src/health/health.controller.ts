import { Controller, Get, HttpException, HttpStatus } from '@nestjs/common';
import { Public } from '../auth/public.decorator';
import { HealthService } from './health.service';
import { Health } from './models/health.model';

/** Plain HTTP health check for load balancers and docker-compose; 503 when the database is down. */
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly service: HealthService) {}

  @Get()
  async get(): Promise<Health> {
    const health = await this.service.check();
    if (!health.database) throw new HttpException(health, HttpStatus.SERVICE_UNAVAILABLE);
    return health;
  }
}
