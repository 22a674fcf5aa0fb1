import type { PanelFindingsQuery } from '@/generated/graphql';
import { formatNumber, formatPercent } from '@/lib/format';

type Agreement = PanelFindingsQuery['panelFindings']['agreement'];

/** Kappa is read to two decimals (0,45). */
const kappaFormat = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Landis and Koch's bands for kappa, in plain Dutch. */
function kappaWords(kappa: number): string {
  if (kappa <= 0.2) return 'nauwelijks vaker eens dan bij toeval';
  if (kappa <= 0.4) return 'een beetje eens';
  if (kappa <= 0.6) return 'redelijk eens';
  if (kappa <= 0.8) return 'goed eens';
  return 'bijna altijd eens';
}

/** One B1 sentence about how often two members agreed on "systeemfout?". */
export function describeAgreement(agreement: Agreement): string {
  if (agreement.pairs === null || agreement.pairs === undefined) {
    return 'Er zijn te weinig zaken die door twee panelleden zijn beoordeeld om iets over hun overeenstemming te zeggen.';
  }
  if (agreement.pairs === 0) return 'Geen zaak is door twee panelleden beoordeeld.';
  const kappa =
    agreement.kappa === null || agreement.kappa === undefined
      ? 'Iedereen gaf hetzelfde antwoord, dus de maat voor overeenstemming (kappa) is niet te berekenen.'
      : `Rekening houdend met toeval zijn zij het ${kappaWords(agreement.kappa)} (kappa ${kappaFormat.format(agreement.kappa)}).`;
  return `Twee panelleden beoordeelden ${formatNumber(agreement.pairs)} zaken allebei. Zij gaven in ${formatPercent(agreement.observedAgreement ?? null)} van die zaken hetzelfde antwoord op de vraag of er een systeemfout was. ${kappa}`;
}
