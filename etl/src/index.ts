/** @leerlus/etl: import exports of municipalities, providers, ombudsman and legal departments. */
export { importFile, refreshDerivedData } from './import-file';
export type { ImportOptions, ImportPhase, ImportProgress, ImportSummary } from './import-file';
export { importNice, lowerThreadPriority } from './import/import-session';
export { loadDemoData } from './demo';
export type { DemoOptions, DemoResult } from './demo';
export { exportRejectedRows, csvCell } from './load/rejected-export';
export { ImportBusyError, ABORTED_MESSAGE, IMPORT_LOCK_KEY } from './load/import.repository';
export { trainThemeModel, activateThemeModel, loadThemeDefinitions } from './themes/training';
export type { TrainingOptions, TrainingPhase, TrainingReport } from './themes/training';
export { createThemeClassifier } from './themes/classifier';
export { ThemeModel } from './themes/theme-model';
export {
  loadProfile,
  listProfiles,
  parseProfile,
  checkProfile,
  profilesDir,
  ProfileError,
} from './profiles/profile.loader';
export type { LoadedProfile, ProfileListing } from './profiles/profile.loader';
export { builtInProfileColumns, cellsInOrder } from './profiles/profile-columns';
export {
  listStoredProfiles,
  loadStoredProfile,
  resolveProfile,
  saveStoredProfile,
  storedProfileYaml,
} from './profiles/profile.store';
export type { SavedProfile, StoredProfileListing } from './profiles/profile.store';
export { profileSchema } from './profiles/profile.schema';
export type { Profile, FieldMapping } from './profiles/profile.schema';
export { TARGET_FIELDS } from './profiles/targets';
export type { Target, FieldType, TargetField } from './profiles/targets';
export { ImportFailure, ImportUsageError } from './errors';
export { redactText, detectPii } from './privacy/pii';
export { isBsn, elfproef } from './privacy/bsn';
export {
  Pseudonymiser,
  loadPseudonymKey,
  resolveDataDir,
  PSEUDONYM_PREFIX,
  PSEUDONYM_DISPLAY_LENGTH,
  shortPseudonym,
} from './privacy/pseudonym';
export { REJECTION_COLUMN } from './transform/row-mapper';
export { previewFile } from './preview/preview-file';
export type { FilePreview, PreviewOptions } from './preview/preview-file';
export { SourceError } from './read/source';
export {
  listMunicipalities,
  listOrganisations,
  listPopulations,
  mergeOrganisations,
  saveMunicipality,
  saveOrganisation,
  setPopulation,
} from './reference/reference.repository';
export type {
  Actor,
  MunicipalityInput,
  MunicipalityListing,
  OrganisationInput,
  OrganisationKind,
  OrganisationListing,
  PopulationListing,
} from './reference/reference.repository';
export {
  addContract,
  contractMunicipality,
  endContract,
  listContracts,
} from './reference/contracts.repository';
export type { ContractInput, ContractListing } from './reference/contracts.repository';
export { addNorm, changeNorm, endNorm, listNorms, normMunicipality } from './reference/norms.repository';
export type { NormInput, NormListing, TermUnit } from './reference/norms.repository';
export { importBoundaries } from './boundaries/import-boundaries';
export { listBoundaries } from './boundaries/boundaries.repository';
export type { BoundaryImportSummary, BoundaryListing } from './boundaries/boundaries.repository';
export type { BoundaryLevel } from './boundaries/parse-boundaries';
