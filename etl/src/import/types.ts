import type { PhaseTimings } from '../load/phase-clock';
import type { LoadedProfile } from '../profiles/profile.loader';
import type { Profile } from '../profiles/profile.schema';

export type ImportPhase = 'wachten' | 'lezen' | 'samenvoegen' | 'klaar';

export interface ImportProgress {
  phase: ImportPhase;
  rowsRead: number;
  rowsRejected: number;
  bytesRead: number;
  totalBytes: number;
}

export interface ImportOptions {
  file: string;
  /** Profile name (etl/profiles/<name>.yaml), path to a YAML file, or a loaded profile. */
  profile: string | LoadedProfile;
  /** CBS code (GM....); may be omitted when the database holds exactly one municipality. */
  municipalityCode?: string | undefined;
  startedBy?: string | undefined;
  /**
   * The day the source made the export (ISO date). Months up to it count as delivered and open records
   * are aged to it (docs/indicators/coverage.md); absent: the day of the import.
   */
  exportedOn?: string | undefined;
  onProgress?: (progress: ImportProgress) => void;
  /** Receives warnings and notes; never raw values of the export. */
  log?: (message: string) => void;
  /** Where the pseudonymisation key file lives when LEERLUS_PSEUDONYM_KEY is not set. */
  dataDir?: string | undefined;
  /** How long to wait for another running import (default 30 minutes). */
  lockTimeoutMs?: number;
  /**
   * Skip refreshing rollups and signals; for a batch of imports that refreshes once at the end with
   * `refreshDerivedData` (the demo loader). Default false.
   */
  deferRefresh?: boolean;
  /** Import even when this file was already imported with this profile version. */
  force?: boolean;
  /**
   * Also measure CPU time per phase (ImportSummary.phases), the database's from /proc: only when the
   * server runs on this machine (etl.bench). Default false.
   */
  measureCpu?: boolean;
  /**
   * Threads that redact and classify free text while the main thread maps rows (StagingThreads).
   * Default: LEERLUS_ETL_THREADS (default 1) for files of 1 MiB and more, none for smaller ones; a number
   * given here applies to every file.
   */
  stagingThreads?: number;
  /**
   * Accepted rows per chunk merged while the next chunk is staged (early merging, merge-steps.ts); 0
   * merges after staging. Default: LEERLUS_ETL_MERGE_CHUNK_ROWS when set, else 100,000 for files of 32 MiB
   * and more and 0 for smaller ones.
   */
  mergeChunkRows?: number;
  /**
   * Whether a first import into an empty case_record drops its and case_theme's secondary indexes and
   * builds them after the data (InitialLoad, initial-load.ts). Default: on, unless LEERLUS_ETL_INITIAL_LOAD
   * is "0".
   */
  initialLoad?: boolean;
}

export interface ImportSummary {
  importId: string;
  status: 'succeeded' | 'failed' | 'duplicate';
  /** The file name as stored in the import record (redacted like any other text). */
  file: string;
  profile: string;
  target: Profile['target'];
  municipalityCode: string;
  rowsRead: number;
  rowsInserted: number;
  rowsUpdated: number;
  rowsUnchanged: number;
  rowsRejected: number;
  minDate: string | null;
  maxDate: string | null;
  organisationsCreated: { code: string; name: string }[];
  warnings: string[];
  /** Why the import failed, or for a duplicate which import already loaded this file. */
  message: string | null;
  duplicateOf: string | null;
  /** How the file was read (format, encoding, delimiter, sheet). */
  source: string | null;
  rollupsRefreshed: string[];
  /** How long the rollups took to follow this import (0 when nothing was refreshed). */
  rollupsRefreshMs: number;
  /** Wall-clock time per phase of the run (empty for a duplicate or a failed import). */
  phases: PhaseTimings;
  durationMs: number;
}

/** What a run has seen so far; kept by the caller, so a failed run can still report it. */
export interface RunState {
  rowsRead: number;
  rowsRejected: number;
  headers: string[];
  warnings: string[];
  source: string | null;
}
