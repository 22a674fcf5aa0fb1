import type { PanelCaseQuery } from '@/generated/graphql';
import { formatDate } from '@/lib/format';
import { scalarText } from '@/ui/scalarText';

type PanelCase = PanelCaseQuery['panelCase'];

function termText(panelCase: PanelCase): string {
  if (panelCase.termMet === null || panelCase.termMet === undefined) return 'Nog niet bekend';
  const extended = panelCase.extended ? ' (de gemeente heeft de beslissing uitgesteld)' : '';
  return panelCase.termMet ? `Ja, op tijd beslist${extended}` : `Nee, te laat beslist${extended}`;
}

/** One objection decision in plain Dutch: what was asked, what was decided and why, dates and terms. */
export function CaseSummary({ panelCase }: { panelCase: PanelCase }) {
  return (
    <section className="panel case-summary" aria-labelledby="case-summary-title">
      <h2 id="case-summary-title">De beslissing</h2>
      <dl className="facts">
        <dt>Wet</dt>
        <dd>{panelCase.lawLabel}</dd>
        <dt>Onderwerp</dt>
        <dd>{panelCase.themeLabel ?? panelCase.domainLabel}</dd>
        <dt>Bezwaar tegen</dt>
        <dd>{panelCase.decisionType ?? 'Niet bekend'}</dd>
        <dt>Uitkomst</dt>
        <dd>{panelCase.outcomeLabel}</dd>
        <dt>Adviescommissie</dt>
        <dd>{panelCase.advisoryCommittee ? 'Ja, een commissie gaf advies' : 'Nee'}</dd>
        <dt>Besluit van de gemeente</dt>
        <dd>{formatDate(scalarText(panelCase.primaryDecisionOn))}</dd>
        <dt>Bezwaar ontvangen</dt>
        <dd>{formatDate(scalarText(panelCase.objectionReceivedOn))}</dd>
        <dt>Beslissing op bezwaar</dt>
        <dd>{formatDate(scalarText(panelCase.decidedOn))}</dd>
        <dt>Termijn gehaald?</dt>
        <dd>{termText(panelCase)}</dd>
      </dl>
      <h3>Wat er gevraagd en besloten is, en waarom</h3>
      <p className="case-summary__text">
        {panelCase.summaryRedacted ?? 'Er is geen samenvatting van deze beslissing.'}
      </p>
      <p className="form__hint">
        Namen en andere persoonsgegevens zijn weggelaten, bijvoorbeeld [NAAM] of [ADRES].
      </p>
    </section>
  );
}
