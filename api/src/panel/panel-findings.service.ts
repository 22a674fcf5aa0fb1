import { Inject, Injectable } from '@nestjs/common';
import { AuthenticatedUser, SUPPRESSED_ROLES } from '../auth/role';
import { DisclosedCount, DisclosurePolicy } from '../disclosure/disclosure';
import { isSensitive, protectOneWay } from '../disclosure/fixed-suppression';
import { DISCLOSURE_POLICY } from '../disclosure/disclosure-policy';
import { PanelFindingRow, PanelFindings } from './models/panel-findings.model';
import { findingsScope } from './panel-access';
import { lawLabel } from './panel-labels';
import { cohensKappa, estimateShare } from './panel-statistics';
import { FindingCaseRow, PanelRepository } from './panel.repository';

/** Below this many reviewed decisions a share is shown with a "few cases" warning. */
export const FEW_CASES = 30;

interface Group {
  key: string;
  label: string;
  cases: FindingCaseRow[];
  hit: (row: FindingCaseRow) => boolean;
}

/** A case counts as a system error when a coordinator confirmed it or every answer of its reviewers is 'ja'. */
export function isSystemError(row: FindingCaseRow): boolean {
  return row.confirmed || (row.answers.length > 0 && row.answers.every((answer) => answer === 'ja'));
}

const EXACT = (value: number): DisclosedCount => ({ value, suppressed: false });

@Injectable()
export class PanelFindingsService {
  constructor(
    private readonly repository: PanelRepository,
    @Inject(DISCLOSURE_POLICY) private readonly policy: DisclosurePolicy,
  ) {}

  async findings(sampleId: string | null, user: AuthenticatedUser): Promise<PanelFindings> {
    const scope = findingsScope(user);
    const [cases, pairs, norms] = await Promise.all([
      this.repository.findingCases(scope, sampleId),
      this.repository.answerPairs(scope, sampleId),
      this.repository.conductNorms(),
    ]);
    const suppress = SUPPRESSED_ROLES.includes(user.role);

    const laws = [...new Set(cases.map((row) => row.law))].sort();
    const themes = [
      ...new Map(cases.map((row) => [row.theme_code ?? 'geen', row.theme_label ?? 'Geen thema'])).entries(),
    ].sort(([, a], [, b]) => a.localeCompare(b));
    const byLaw = laws.map((law): Group => ({
      key: law,
      label: lawLabel(law),
      cases: cases.filter((row) => row.law === law),
      hit: isSystemError,
    }));
    const byTheme = themes.map(([code, label]): Group => ({
      key: code,
      label,
      cases: cases.filter((row) => (row.theme_code ?? 'geen') === code),
      hit: isSystemError,
    }));
    const childrenOf = (code: string): string[] =>
      norms.filter((norm) => norm.core_value_code === code).map((norm) => norm.code);
    const byNorm = norms.map((norm): Group => ({
      key: norm.code,
      label: norm.core_value_code === null ? norm.label : `– ${norm.label}`,
      cases,
      hit: (row) => [norm.code, ...childrenOf(norm.code)].some((code) => row.norm_codes.includes(code)),
    }));
    const total: Group = { key: 'totaal', label: 'Alle beoordeelde beslissingen', cases, hit: isSystemError };

    const kappa = cohensKappa(pairs);
    const confirmed = cases.filter((row) => row.confirmed).length;
    const hidePairs = suppress && isSensitive(kappa.pairs, this.policy.threshold);
    const confirmedCount = suppress
      ? protectOneWay([confirmed], confirmed, this.policy).total
      : EXACT(confirmed);
    return {
      weighted: new Set(cases.map((row) => row.weight)).size > 1,
      total: this.rows([total], total, suppress)[0]!,
      byLaw: this.rows(byLaw, total, suppress),
      byTheme: this.rows(byTheme, total, suppress),
      byNorm: this.rows(byNorm, total, suppress),
      agreement: {
        pairs: hidePairs ? null : kappa.pairs,
        observedAgreement: hidePairs ? null : kappa.observedAgreement,
        kappa: hidePairs ? null : kappa.kappa,
      },
      confirmed: confirmedCount.value,
      confirmedSuppressed: confirmedCount.suppressed,
    };
  }

  /** Shares per group; counts go through the disclosure code for raad, panel and college. */
  private rows(groups: readonly Group[], total: Group, suppress: boolean): PanelFindingRow[] {
    const reviewed = groups.map((group) => group.cases.length);
    const hits = groups.map((group) => group.cases.filter(group.hit).length);
    const totalHits = total.cases.filter(total.hit).length;
    const shownReviewed = suppress
      ? protectOneWay(reviewed, total.cases.length, this.policy).cells
      : reviewed.map(EXACT);
    const shownHits = suppress ? protectOneWay(hits, totalHits, this.policy).cells : hits.map(EXACT);
    return groups.map((group, index) => {
      const shownN = shownReviewed[index]!;
      const shownCount = shownHits[index]!;
      const estimate = estimateShare(
        group.cases.map((row) => ({ weight: Number(row.weight), hit: group.hit(row) })),
      );
      const hidden = shownN.suppressed || shownCount.suppressed;
      return {
        key: group.key,
        label: group.label,
        reviewed: shownN.value,
        reviewedSuppressed: shownN.suppressed,
        count: shownCount.value,
        countSuppressed: shownCount.suppressed,
        share: hidden ? null : estimate.share,
        lower: hidden ? null : (estimate.interval?.lower ?? null),
        upper: hidden ? null : (estimate.interval?.upper ?? null),
        fewCases: group.cases.length < FEW_CASES,
      };
    });
  }
}
