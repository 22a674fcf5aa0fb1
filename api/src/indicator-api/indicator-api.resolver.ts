import { Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../auth/roles.decorator';
import { indicatorApiCatalog } from './indicator-api-catalog';
import { IndicatorApiCatalog } from './models/indicator-api-catalog.model';

@Resolver(() => IndicatorApiCatalog)
export class IndicatorApiResolver {
  @Query(() => IndicatorApiCatalog, {
    description: 'The CSV API for BI tools: indicators and their parameters, from the metric catalog',
  })
  @Roles('raad', 'panel', 'college', 'beleid', 'beheer')
  indicatorApi(): IndicatorApiCatalog {
    return indicatorApiCatalog();
  }
}
