import { type Command, Option } from 'commander';
import { KINDS } from '../profiles/targets';
import { addNorm, endNorm, listNorms, type TermUnit } from '../reference/norms.repository';
import type { CommandTools } from './command-tools';
import { actor, isoDate, positive } from './reference.command';

const UNITS: readonly TermUnit[] = ['dagen', 'weken'];

/** `etl norm list|add|end`: handling terms per source, theme or kind (docs/indicators/handling-times.md). */
export function addNormCommand(program: Command, tools: CommandTools): void {
  const command = program
    .command('norm')
    .description('afhandeltermijnen per bron, thema of soort (zonder SQL)');
  command
    .command('add')
    .description(
      'een eigen termijn voor de zaken van een bron; geldt bij het inlezen voor zaken zonder termijn',
    )
    .requiredOption('-m, --municipality <code>', 'gemeente (CBS-code)')
    .requiredOption('--source <code>', 'organisatiecode van de bron, bijv. gemeente-lusdonk')
    .option('--theme <code>', 'alleen voor dit thema (categorie van de bron)')
    .addOption(new Option('--kind <kind>', 'alleen voor deze soort').choices(KINDS))
    .requiredOption('--term <n>', 'de termijn', positive)
    .addOption(new Option('--unit <unit>', 'eenheid van de termijn').choices(UNITS).default('dagen'))
    .option('--replaces <norm>', 'de wettelijke termijn die deze vervangt', 'awb_9_11')
    .requiredOption('--from <date>', 'geldig vanaf (jjjj-mm-dd, ontvangstdatum)', isoDate)
    .option('--to <date>', 'geldig tot en met (jjjj-mm-dd)', isoDate)
    .option('--note <text>', 'toelichting, bijv. het contractartikel')
    .action(
      async (options: {
        municipality: string;
        source: string;
        theme?: string;
        kind?: string;
        term: number;
        unit: TermUnit;
        replaces: string;
        from: string;
        to?: string;
        note?: string;
      }) => {
        const id = await tools.withDatabase((pool) =>
          addNorm(
            pool,
            {
              municipalityCode: options.municipality.toUpperCase(),
              source: options.source,
              theme: options.theme,
              kind: options.kind,
              termAmount: options.term,
              termUnit: options.unit,
              replacesNorm: options.replaces,
              validFrom: options.from,
              validTo: options.to,
              note: options.note,
            },
            actor(),
          ),
        );
        console.log(`Termijn ${id} opgeslagen: ${options.term} ${options.unit} voor ${options.source}.`);
      },
    );
  command
    .command('end')
    .description('laat een termijn eindigen (laatste dag)')
    .argument('<id>', 'nummer van de termijn (zie norm list)', positive)
    .argument('<date>', 'laatste dag (jjjj-mm-dd)', isoDate)
    .action(async (id: number, date: string) => {
      await tools.withDatabase((pool) => endNorm(pool, id, date, actor()));
      console.log(`Termijn ${id} eindigt op ${date}.`);
    });
  command
    .command('list')
    .description('de termijnen')
    .option('-m, --municipality <code>', 'alleen van deze gemeente')
    .action(async (options: { municipality?: string }) => {
      const rows = await tools.withDatabase((pool) => listNorms(pool, options.municipality?.toUpperCase()));
      console.log(
        tools.table(
          rows.map((n) => ({
            id: n.id,
            gemeente: n.municipalityCode,
            bron: n.source,
            thema: n.theme ?? 'alle',
            soort: n.kind ?? 'alle',
            termijn: `${n.termAmount} ${n.termUnit}`,
            vervangt: n.replacesNorm,
            geldig: `${n.validFrom} – ${n.validTo ?? ''}`,
          })),
        ),
      );
    });
}
