import type { PoolClient } from 'pg';
import type { ImportSession } from './import-session';
import type { PhaseClock } from '../load/phase-clock';
import { redactText } from '../privacy/pii';
import type { Pseudonymiser } from '../privacy/pseudonym';
import type { LoadedProfile } from '../profiles/profile.loader';
import type { Profile } from '../profiles/profile.schema';
import type { FileInspection } from '../read/inspect';
import { openSource } from '../read/open';
import type { OpenedSource } from '../read/source';
import { groupRows } from '../transform/group-rows';
import type { ImportOptions, ImportPhase, RunState } from './types';

const PROGRESS_INTERVAL_MS = 250;

/** Every column name the profile refers to (JSON records may omit some of them). */
export function profileColumns(profile: Profile): string[] {
  return [
    ...Object.values(profile.fields).flatMap((mapping) =>
      mapping.column === undefined ? [] : Array.isArray(mapping.column) ? mapping.column : [mapping.column],
    ),
    ...profile.privacy.idColumns,
    ...(profile.group ? [profile.group.by, ...profile.group.concat] : []),
  ];
}

/** What every phase of one import run shares: the session, the file, the options, warnings and progress. */
export class RunContext {
  private lastProgress = 0;

  constructor(
    readonly client: PoolClient,
    readonly profile: LoadedProfile,
    readonly file: string,
    readonly inspection: FileInspection,
    readonly pseudonymiser: Pseudonymiser,
    readonly municipalityCode: string,
    readonly importId: string,
    readonly options: ImportOptions,
    readonly state: RunState,
    readonly clock: PhaseClock,
    /** Another session beside the import's own (ImportSession.openSideSession). */
    readonly openSideSession: ImportSession['openSideSession'],
  ) {}

  warn(message: string): void {
    const shown = redactText(message);
    this.state.warnings.push(shown);
    this.options.log?.(`Waarschuwing: ${shown}`);
  }

  progress(phase: ImportPhase, bytesRead: number, force = false): void {
    if (!this.options.onProgress) return;
    const now = Date.now();
    if (!force && now - this.lastProgress < PROGRESS_INTERVAL_MS) return;
    this.lastProgress = now;
    this.options.onProgress({
      phase,
      rowsRead: this.state.rowsRead,
      rowsRejected: this.state.rowsRejected,
      bytesRead,
      totalBytes: this.inspection.size,
    });
  }

  /** The file's rows, grouped as the profile says; opened again for every pass over the file. */
  async open(): Promise<OpenedSource> {
    const source = await openSource(this.file, this.profile.read, this.inspection, {
      listSeparator: this.profile.listSeparator,
      expectedColumns: profileColumns(this.profile),
      onWarning: (message) => this.warn(message),
    });
    return groupRows(source, this.profile);
  }
}
