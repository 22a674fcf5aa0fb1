import { Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../auth/roles.decorator';
import { NormModel } from './models/norm.model';
import { NormsService } from './norms.service';

@Resolver(() => NormModel)
export class NormsResolver {
  constructor(private readonly service: NormsService) {}

  @Query(() => [NormModel], {
    description: 'The legal terms and guidelines the indicators are measured against',
  })
  @Roles('raad', 'panel', 'college', 'beleid', 'beheer')
  norms(): NormModel[] {
    return this.service.list();
  }
}
