import { PanelFindingRow, PanelFindings } from '../panel/models/panel-findings.model';
import { ReportCell, ReportRow } from './models/report.model';
import { numberCell, row, SUPPRESSED_TEXT, textCell } from './report-cells';
import { SectionDraft } from './report-sections';

const PERCENT = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const COLUMNS = ['Groep', 'Beoordeeld', 'Met systeemfout', 'Aandeel', '95%-interval', 'Let op'];
/** Printed in the last column; the intro explains it. */
export const FEW_CASES_NOTE = 'minder dan 30';
const NORM_COLUMNS = ['Norm', 'Beoordeeld', 'Norm in het geding', 'Aandeel', '95%-interval', 'Let op'];

/** A share (0..1) as a percentage; withheld when a count it is built on is withheld. */
function shareCell(finding: PanelFindingRow): ReportCell {
  if (finding.reviewedSuppressed || finding.countSuppressed) {
    return { text: SUPPRESSED_TEXT, value: null, suppressed: true };
  }
  if (finding.share === null) return textCell(null);
  const percent = Math.round(finding.share * 1000) / 10;
  return { text: `${PERCENT.format(percent)}%`, value: percent, suppressed: false };
}

function intervalCell(finding: PanelFindingRow): ReportCell {
  if (finding.reviewedSuppressed || finding.countSuppressed) {
    return { text: SUPPRESSED_TEXT, value: null, suppressed: true };
  }
  if (finding.lower === null || finding.upper === null) return textCell(null);
  return textCell(`${PERCENT.format(finding.lower * 100)}–${PERCENT.format(finding.upper * 100)}%`);
}

function findingRow(finding: PanelFindingRow): ReportRow {
  return row(finding.label, [
    numberCell({ value: finding.reviewed, suppressed: finding.reviewedSuppressed }),
    numberCell({ value: finding.count, suppressed: finding.countSuppressed }),
    shareCell(finding),
    intervalCell(finding),
    textCell(finding.fewCases ? FEW_CASES_NOTE : ''),
  ]);
}

/**
 * What the citizens' panel found in its samples of objection decisions, with the 95% Wilson interval
 * of each share. The findings come from PanelFindingsService as the council sees them: counts of 1..4
 * are withheld with complementary suppression (fixed tables: reviews carry no record keys), and a share
 * or interval built on a withheld count is withheld too.
 */
export function panelFindingsSection(findings: PanelFindings): SectionDraft {
  const confirmed = numberCell({ value: findings.confirmed, suppressed: findings.confirmedSuppressed });
  return {
    id: 'burgerpanel',
    title: 'Bevindingen van het burgerpanel',
    intro: `Het burgerpanel beoordeelt een willekeurige steekproef van beslissingen op bezwaar en kijkt of een fout in het systeem een inwoner tussen wal en schip liet vallen. Hier staan alle beoordeelde beslissingen van alle steekproeven tot de datum van de gegevens. Het aandeel is een schatting: het interval geeft aan waar het echte aandeel met 95% zekerheid ligt; bij minder dan 30 beoordeelde beslissingen is het breed, lees het aandeel dan met zorg.${findings.weighted ? ' De steekproef is gelaagd getrokken; de aandelen zijn gewogen.' : ''} Aantallen van 1 tot 4 zijn afgeschermd. Door de coördinator bevestigde systeemfouten: ${confirmed.text}.`,
    tables: [
      {
        caption: 'Beslissingen met een systeemfout, per wet',
        columns: COLUMNS,
        summary: null,
        rows: [findingRow(findings.total), ...findings.byLaw.map(findingRow)],
      },
      {
        caption: 'Beslissingen met een systeemfout, per thema',
        columns: COLUMNS,
        summary: null,
        rows: findings.byTheme.map(findingRow),
      },
      {
        caption: 'Normen van de behoorlijkheidswijzer die in het geding waren',
        columns: NORM_COLUMNS,
        summary: null,
        rows: findings.byNorm.map(findingRow),
      },
    ],
  };
}
