import { ApiToken } from '../api-tokens/api-token.entity';
import { AuditLog } from '../audit/audit-log.entity';
import { UserSession } from '../auth/user-session.entity';
import { CaseRecord } from '../cases/case-record.entity';
import { CaseTheme } from '../cases/case-theme.entity';
import { SourceDeliveryRhythm } from '../coverage/source-delivery-rhythm.entity';
import { DerivedDataBacklog } from '../imports/derived-data-backlog.entity';
import { ImportRecord } from '../imports/import.entity';
import { RejectedRow } from '../imports/rejected-row.entity';
import { Measure } from '../measures/measure.entity';
import { Municipality } from '../municipalities/municipality.entity';
import { MunicipalityPopulation } from '../municipalities/municipality-population.entity';
import { ObjectionDecision } from '../objections/objection-decision.entity';
import { ConductNorm } from '../panel/conduct-norm.entity';
import { PanelAssignment } from '../panel/panel-assignment.entity';
import { PanelReview } from '../panel/panel-review.entity';
import { PanelSampleCase } from '../panel/panel-sample-case.entity';
import { PanelSample } from '../panel/panel-sample.entity';
import { PanelSignalFinding } from '../panel/panel-signal-finding.entity';
import { Contract } from '../organisations/contract.entity';
import { Organisation } from '../organisations/organisation.entity';
import { ReportingCalendar } from '../provider-compliance/reporting-calendar.entity';
import { ProviderReport } from '../provider-reports/provider-report.entity';
import { ProviderReportLine } from '../provider-reports/provider-report-line.entity';
import { SignalNotification, SignalSubscription } from '../signal-alerts/signal-subscription.entity';
import { SignalEvidenceRecord } from '../signals/signal-evidence-record.entity';
import { SignalRule } from '../signals/signal-rule.entity';
import { Signal } from '../signals/signal.entity';
import { SavedView } from '../saved-views/saved-view.entity';
import { ReportDocument } from '../reports/report-document.entity';
import { ReportSnapshot } from '../reports/report-snapshot.entity';
import { ReportDelivery, ReportSubscription } from '../reports/report-subscription.entity';
import { Domain } from '../themes/domain.entity';
import { Theme } from '../themes/theme.entity';
import { AppUser } from '../users/app-user.entity';

import { ThemeModelRecord } from '../theme-review/theme-model.entity';
import { ThemeReview } from '../theme-review/theme-review.entity';
import { ImportProfileRevision } from '../import-profiles/import-profile.entity';
import { HandlingNormRecord } from '../handling-norms/handling-norm.entity';
import { NeighbourhoodBoundary } from '../neighbourhoods/neighbourhood-boundary.entity';

// Every TypeORM entity; each mirrors a table created by sql/migrations (see schema-drift.spec.ts).
// The migration runner's bookkeeping tables (schema_migrations, schema_views) and the rollup tables
// (derived data, read with plain SQL) are deliberately not entities.
export const ENTITIES: (new () => object)[] = [
  // 0001_reference_data.sql
  Municipality,
  MunicipalityPopulation,
  Domain,
  Organisation,
  Contract,
  Theme,
  // 0002_imports.sql
  ImportRecord,
  RejectedRow,
  // 0003_facts.sql
  CaseRecord,
  CaseTheme,
  ObjectionDecision,
  ProviderReport,
  ProviderReportLine,
  // 0004_access.sql (AppUser's external_* columns: 0050_oidc_users.sql)
  AppUser,
  AuditLog,
  // 0020_sessions.sql
  UserSession,
  // 0030_signals.sql
  SignalRule,
  Signal,
  SignalEvidenceRecord,
  // 0070_panel.sql
  ConductNorm,
  PanelSample,
  PanelSampleCase,
  PanelAssignment,
  PanelReview,
  PanelSignalFinding,
  // 0075_measures.sql
  Measure,
  // 0076_report_snapshots.sql
  ReportSnapshot,
  ReportDocument,
  // 0077_report_subscriptions.sql
  ReportSubscription,
  ReportDelivery,
  // 0088_source_delivery.sql (and import.exported_on)
  SourceDeliveryRhythm,
  // 0089_reporting_calendar.sql
  ReportingCalendar,
  // 0080_theme_model_review.sql
  ThemeModelRecord,
  ThemeReview,
  // 0160_import_profiles.sql
  ImportProfileRevision,
  // 0130_signal_severity_and_alerts.sql (and signal.severity, urgent, urgent_since)
  SignalSubscription,
  SignalNotification,
  // 0180_handling_norm.sql
  HandlingNormRecord,
  // 0220_neighbourhood_boundary.sql
  NeighbourhoodBoundary,
  // 0230_saved_view.sql
  SavedView,
  // 0240_api_tokens.sql
  ApiToken,
  // 0393_derived_data_backlog.sql
  DerivedDataBacklog,
];
