import { SUPPRESSED_ROLES, Role } from '../auth/role';
import { OutgoingMail } from '../mail/mail.service';
import { lawLabel } from '../panel/panel-labels';
import { COUNCIL_FIGURES_NOTE, dutchDate, SUPPRESSED_TEXT } from '../reports/report-cells';
import { Signal } from '../signals/models/signal.model';
import { SignalAlertReason, SignalAlertScope } from './signal-subscription.entity';

const SCOPE_TEXT: Readonly<Record<SignalAlertScope, string>> = {
  alle: 'alle nieuwe signalen',
  urgent: 'urgente signalen',
};

export const URGENT_EXPLANATION =
  'Urgent betekent: de afwijking is groot (ernst hoog) en gaat over de afgelopen maanden. Zo’n signaal hoort meteen bij het college te komen (klachtenregeling sociaal domein).';

const NUMBER = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 3 });

/** What the signal is about, in words: theme, organisation, domain and law as labels, never codes. */
function describeScope(signal: Signal): string | null {
  const parts = [
    signal.themeLabel,
    signal.organisationName,
    signal.domainLabel,
    signal.law ? lawLabel(signal.law) : null,
  ].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(', ') : null;
}

/**
 * The alert for one signal, as the recipient's role sees it (the signal is mapped for that role, so
 * withheld counts stay withheld). Holds no names, pseudonyms, records or notes: only the rule, its
 * scope as labels, the period and the strength.
 */
export function composeSignalAlert(
  signal: Signal,
  reasons: readonly SignalAlertReason[],
  recipient: { role: Role; scope: SignalAlertScope },
): OutgoingMail {
  const urgent = reasons.includes('urgent');
  const scope = describeScope(signal);
  const lines = [
    urgent
      ? 'Leerlus heeft een urgent systeemsignaal. Het vraagt om bestuurlijke aandacht.'
      : 'Leerlus heeft een nieuw systeemsignaal gevonden.',
    '',
    `Signaal: ${signal.ruleLabel}`,
    ...(scope ? [`Waarover: ${scope}`] : []),
    `Periode: ${dutchDate(signal.periodStart)} t/m ${dutchDate(signal.periodEnd)}`,
    // The severity codes are the Dutch words themselves.
    `Ernst: ${signal.severity}${signal.urgent ? ', urgent' : ''}`,
    `Sterkte: ${signal.score === null ? SUPPRESSED_TEXT : NUMBER.format(signal.score)}`,
    '',
    ...(urgent ? [URGENT_EXPLANATION, ''] : []),
    ...(SUPPRESSED_ROLES.includes(recipient.role) ? [COUNCIL_FIGURES_NOTE, ''] : []),
    `De onderbouwing staat in Leerlus op de pagina Systeemsignalen (signaal ${signal.id}).`,
    'Deze e-mail bevat geen namen, geen dossiers en geen andere persoonsgegevens.',
    `U krijgt dit bericht omdat u zich in Leerlus hebt aangemeld voor ${SCOPE_TEXT[recipient.scope]}. Afmelden kan op de pagina Systeemsignalen.`,
  ];
  return {
    subject: `${urgent ? 'Urgent' : 'Nieuw'} signaal in Leerlus: ${signal.ruleLabel}`,
    text: lines.join('\n'),
  };
}
