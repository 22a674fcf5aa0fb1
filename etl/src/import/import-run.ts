import { ImportFailure } from '../errors';
import { CaseRecordImporter } from '../importers/case-record.importer';
import { ClientCountImporter } from '../importers/client-count.importer';
import { ContractImporter } from '../importers/contract.importer';
import type { TargetImporter } from '../importers/importer';
import { ObjectionDecisionImporter } from '../importers/objection-decision.importer';
import { ProviderReportImporter } from '../importers/provider-report.importer';
import { appendImportWarnings, completeImport, type ImportCounts } from '../load/import.repository';
import { OrganisationResolver } from '../load/organisations';
import type { PhaseTimings } from '../load/phase-clock';
import { ThemeCatalog } from '../load/themes';
import type { Profile } from '../profiles/profile.schema';
import { RowMapper } from '../transform/row-mapper';
import { AFTER_COMMIT_PHASE, DerivedDataAfterCommit } from './derived-after-commit';
import { refreshAfterImport, type RollupRefresh } from './derived-data';
import { analyzeAfterBigChange, storeRejectedRows } from './merge';
import { InitialLoad, initialLoadAllowed } from './initial-load';
import { earlyMergeChunkRows, MergeSteps } from './merge-steps';
import type { RunContext } from './run-context';
import { type EarlyMerge, StagingPhase } from './stage';

export interface RunResult extends ImportCounts, RollupRefresh {
  organisationsCreated: { code: string; name: string }[];
  phases: PhaseTimings;
  /** Why the import counts as failed although it was committed (its rejected rows are kept). */
  failure: string | null;
}

function createImporter(profile: Profile, mapper: RowMapper, themes: ThemeCatalog): TargetImporter {
  switch (profile.target) {
    case 'case_record':
      return new CaseRecordImporter(mapper, themes);
    case 'objection_decision':
      return new ObjectionDecisionImporter(mapper, themes);
    case 'provider_report':
      return new ProviderReportImporter(mapper, themes);
    case 'contract':
      return new ContractImporter(mapper, themes);
    case 'client_count':
      return new ClientCountImporter(mapper, themes);
  }
}

/** Theme vocabularies must point at codes that exist in the taxonomy; checked before reading. */
function checkThemeVocabularies(profile: Profile, themes: ThemeCatalog): void {
  const problems: string[] = [];
  for (const [field, mapping] of Object.entries(profile.fields)) {
    if (field !== 'theme' || !mapping.vocabulary) continue;
    for (const [source, code] of Object.entries(profile.vocabularies[mapping.vocabulary] ?? {})) {
      if (code !== '' && code !== 'onbekend' && themes.idOfCode(code) === undefined) {
        problems.push(
          `vocabularies.${mapping.vocabulary}.${source}: themacode "${code}" bestaat niet in de taxonomie`,
        );
      }
    }
  }
  if (problems.length > 0) throw new ImportFailure(`Profiel ${profile.name}: ${problems.join('; ')}`);
}

/** An import in which no row could be loaded failed, even though its rejected rows are kept. */
function everyRowRejected(counts: ImportCounts): string | null {
  if (counts.rowsRead === 0 || counts.rowsInserted + counts.rowsUpdated + counts.rowsUnchanged > 0) {
    return null;
  }
  return `Alle ${counts.rowsRead} rijen zijn afgewezen; er is niets geïmporteerd. Bekijk de afgewezen rijen en de redenen.`;
}

/**
 * One import in one transaction, phase by phase: prepare (reference data, profile checks), stage
 * (stage.ts), check the staged rows and merge them into the fact tables (merge-steps.ts; for a big file
 * chunk by chunk while staging; into empty fact tables as an initial load, initial-load.ts), rejected
 * rows, derived data (derived-data.ts), commit.
 */
export async function runImport(run: RunContext): Promise<RunResult> {
  const { client, profile, clock, state, municipalityCode, importId } = run;
  await client.query('BEGIN');
  // The merge joins and sorts the whole staging table (and refreshes rollups): avoid spilling.
  await client.query("SET LOCAL work_mem = '256MB'");
  const organisations = await OrganisationResolver.load(client, profile.createOrganisations);
  const themes = await ThemeCatalog.load(client);
  themes.acceptLanguages(profile.themeLanguages);
  checkThemeVocabularies(profile, themes);
  const source = await run.open();
  state.headers = source.headers;
  state.source = source.description;
  const staging = new StagingPhase(run);
  const mapper = new RowMapper(
    profile,
    source.headers,
    {
      pseudonymiser: run.pseudonymiser,
      organisations,
      themes,
      redactedText: (cell) => staging.redactedText(cell),
    },
    source.presentHeaders,
  );
  mapper.warnings.forEach((warning) => run.warn(warning));
  if (mapper.fatal.length > 0) {
    await source.batches.return(undefined);
    throw new ImportFailure(`Het bestand past niet bij profiel ${profile.name}: ${mapper.fatal.join('; ')}`);
  }
  const importer = createImporter(profile, mapper, themes);
  await client.query(importer.createStagingSql());
  clock.lap('prepare');
  const initialLoad = initialLoadAllowed(run.options.initialLoad)
    ? await InitialLoad.start(client, importer.initialLoadTables, clock)
    : null;
  const merging = new MergeSteps(run, importer, organisations, mapper, initialLoad !== null);
  const chunkRows = run.options.mergeChunkRows ?? earlyMergeChunkRows(run.inspection.size);
  const early: EarlyMerge | null =
    chunkRows > 0 ? { chunkRows, merge: (chunk) => merging.mergeChunk(chunk, clock) } : null;
  const tail = await staging.stage(source, mapper, importer, themes, early);
  clock.lap('stage: read, map, redact, classify, COPY');
  run.progress('samenvoegen', run.inspection.size, true);
  const merged = await merging.mergeLast(tail, clock);
  // Before the statistics, the rollup delta and the signals, which read the fact tables.
  await initialLoad?.finish(clock);
  if (mapper.truncatedTexts > 0) {
    run.warn(`${mapper.truncatedTexts} vrije tekst(en) langer dan 100.000 tekens zijn ingekort opgeslagen`);
  }
  const { organisationsCreated } = merging;
  state.rowsRejected = await storeRejectedRows(client, importId, importer);
  clock.lap('rejected rows');
  await analyzeAfterBigChange(
    client,
    importer.factTables,
    merged.inserted + merged.updated,
    municipalityCode,
  );
  clock.lap('analyze fact tables');
  const refresh = !run.options.deferRefresh && merged.inserted + merged.updated > 0;
  // An initial load of case records writes its rollups and signals after the commit, on two more sessions.
  const afterCommit =
    refresh && initialLoad !== null && importer.rollupFeed?.table === 'case_record'
      ? await DerivedDataAfterCommit.open(run)
      : null;
  try {
    // Nothing changed (every row as stored): rollups and signals stay as they are.
    let { rollupsRefreshed, rollupsRefreshMs }: RollupRefresh =
      refresh && afterCommit === null
        ? await refreshAfterImport(run, importer)
        : { rollupsRefreshed: [], rollupsRefreshMs: 0 };
    const counts: ImportCounts = {
      rowsRead: state.rowsRead,
      rowsInserted: merged.inserted,
      rowsUpdated: merged.updated,
      rowsUnchanged: merged.unchanged,
      rowsRejected: state.rowsRejected,
      minDate: merged.minDate,
      maxDate: merged.maxDate,
    };
    const failure = everyRowRejected(counts);
    await completeImport(client, importId, counts, {
      sourceColumns: source.headers,
      warnings: state.warnings,
      error: failure,
    });
    await afterCommit?.queue();
    await client.query('COMMIT');
    clock.lap('commit');
    if (afterCommit) {
      ({ rollupsRefreshed, rollupsRefreshMs } = await writeAfterCommit(run, afterCommit));
      clock.lap(AFTER_COMMIT_PHASE);
    }
    return {
      ...counts,
      organisationsCreated,
      rollupsRefreshed,
      rollupsRefreshMs,
      phases: clock.timings,
      failure,
    };
  } finally {
    await afterCommit?.release();
  }
}

/**
 * The committed import's derived data (derived-after-commit.ts). Nothing here may fail the import, whose
 * facts are committed: a failure is a warning, added to the import's own.
 */
async function writeAfterCommit(
  run: RunContext,
  afterCommit: DerivedDataAfterCommit,
): Promise<RollupRefresh> {
  const warned = run.state.warnings.length;
  const refreshed = await afterCommit.write().catch((error: Error) => {
    run.warn(
      `samenvattingen en systeemsignalen niet bijgewerkt: ${error.message}; de volgende import probeert het opnieuw`,
    );
    return { rollupsRefreshed: [], rollupsRefreshMs: 0 };
  });
  const added = run.state.warnings.slice(warned);
  if (added.length > 0) {
    await appendImportWarnings(run.client, run.importId, added).catch((error: Error) => {
      run.options.log?.(`Waarschuwingen niet bij de import opgeslagen: ${error.message}`);
    });
  }
  return refreshed;
}
