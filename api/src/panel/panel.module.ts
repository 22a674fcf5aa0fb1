import { Module } from '@nestjs/common';
import { DEFAULT_DISCLOSURE_POLICY } from '../disclosure/disclosure';
import { DISCLOSURE_POLICY } from '../disclosure/disclosure-policy';
import { PanelFindingsService } from './panel-findings.service';
import { PanelReviewsService } from './panel-reviews.service';
import { PanelSamplesService } from './panel-samples.service';
import { PanelRepository } from './panel.repository';
import { PanelResolver } from './panel.resolver';

@Module({
  providers: [
    PanelResolver,
    PanelSamplesService,
    PanelReviewsService,
    PanelFindingsService,
    PanelRepository,
    { provide: DISCLOSURE_POLICY, useValue: DEFAULT_DISCLOSURE_POLICY },
  ],
  exports: [PanelFindingsService],
})
export class PanelModule {}
