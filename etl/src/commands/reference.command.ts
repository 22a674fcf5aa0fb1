import { type Command, InvalidArgumentError, Option } from 'commander';
import {
  type Actor,
  listMunicipalities,
  listOrganisations,
  mergeOrganisations,
  saveMunicipality,
  saveOrganisation,
  setPopulation,
} from '../reference/reference.repository';
import type { CommandTools } from './command-tools';

const KINDS = ['gemeente', 'aanbieder', 'ombudsman', 'samenwerkingsverband'] as const;

export function positive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('geef een positief geheel getal');
  return n;
}

export function isoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new InvalidArgumentError('geef een datum als jjjj-mm-dd');
  return value;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

export function actor(): Actor {
  return { username: `cli:${process.env.USER ?? 'onbekend'}` };
}

/** `etl municipality add|list`: municipalities and their inhabitants per year, without SQL. */
export function addMunicipalityCommand(program: Command, tools: CommandTools): void {
  const command = program.command('municipality').description('gemeenten beheren (zonder SQL)');
  command
    .command('add')
    .description('voeg een gemeente toe of werk haar bij (met haar eigen organisatie)')
    .argument('<code>', 'CBS-gemeentecode, bijv. GM0344')
    .argument('<name>', 'naam, bijv. Utrecht')
    .option('--region <region>', 'regio (bijv. jeugdhulpregio)')
    .option('--province <province>', 'provincie')
    .option('--inhabitants <n>', 'aantal inwoners (voor cijfers per 1.000 inwoners)', positive)
    .option('--year <year>', 'jaar van het aantal inwoners', positive, new Date().getFullYear())
    .action(
      async (
        code: string,
        name: string,
        options: { region?: string; province?: string; inhabitants?: number; year: number },
      ) => {
        await tools.withDatabase(async (pool) => {
          await saveMunicipality(
            pool,
            { code, name, region: options.region, province: options.province },
            actor(),
          );
          if (options.inhabitants !== undefined) {
            await setPopulation(pool, code.toUpperCase(), options.year, options.inhabitants, actor());
          }
        });
        console.log(`Gemeente ${code.toUpperCase()} ${name} opgeslagen.`);
      },
    );
  command
    .command('list')
    .description('de gemeenten met hun laatst bekende aantal inwoners')
    .action(async () => {
      const rows = await tools.withDatabase((pool) => listMunicipalities(pool));
      console.log(
        tools.table(
          rows.map((m) => ({
            code: m.code,
            naam: m.name,
            regio: m.region,
            inwoners: m.population,
            jaar: m.year,
          })),
        ),
      );
    });
}

/** `etl organisation add|list|merge`: providers, ombudsmen and partnerships, without SQL. */
export function addOrganisationCommand(program: Command, tools: CommandTools): void {
  const command = program.command('organisation').description('organisaties beheren (zonder SQL)');
  command
    .command('add')
    .description('voeg een organisatie toe of werk haar bij (op code)')
    .argument('<code>', 'code, kleine letters en streepjes, bijv. zorg-de-linde')
    .argument('<name>', 'naam zoals die in exports staat')
    .addOption(new Option('--kind <kind>', 'soort').choices(KINDS).makeOptionMandatory())
    .option('-m, --municipality <code>', 'gemeente (CBS-code) waar de organisatie bij hoort')
    .option('--alias <spelling>', 'andere schrijfwijze in exports (herhaalbaar)', collect, [])
    .option('--from <date>', 'actief vanaf (jjjj-mm-dd)', isoDate)
    .option('--to <date>', 'actief tot en met (jjjj-mm-dd)', isoDate)
    .action(
      async (
        code: string,
        name: string,
        options: {
          kind: (typeof KINDS)[number];
          municipality?: string;
          alias: string[];
          from?: string;
          to?: string;
        },
      ) => {
        await tools.withDatabase((pool) =>
          saveOrganisation(
            pool,
            {
              code,
              name,
              kind: options.kind,
              municipalityCode: options.municipality?.toUpperCase(),
              aliases: options.alias,
              activeFrom: options.from,
              activeTo: options.to,
            },
            actor(),
          ),
        );
        console.log(`Organisatie ${code} (${name}) opgeslagen.`);
      },
    );
  command
    .command('list')
    .description('de organisaties')
    .option('-m, --municipality <code>', 'alleen van deze gemeente (en landelijke)')
    .action(async (options: { municipality?: string }) => {
      const rows = await tools.withDatabase((pool) =>
        listOrganisations(pool, options.municipality?.toUpperCase()),
      );
      console.log(
        tools.table(
          rows.map((o) => ({
            code: o.code,
            naam: o.name,
            soort: o.kind,
            gemeente: o.municipality,
            'andere namen': o.aliases.join(', '),
            actief: o.active_from || o.active_to ? `${o.active_from ?? ''} – ${o.active_to ?? ''}` : '',
          })),
        ),
      );
    });
  command
    .command('merge')
    .description('twee organisaties die dezelfde blijken: alles van <from> gaat naar <into>')
    .argument('<from>', 'code van de organisatie die verdwijnt (wordt een andere naam van <into>)')
    .argument('<into>', 'code van de organisatie die blijft')
    .action(async (from: string, into: string) => {
      const result = await tools.withDatabase((pool) => mergeOrganisations(pool, from, into, actor()));
      const moved = Object.entries(result.moved).map(([where, n]) => `${where}: ${n}`);
      console.log(`${from} samengevoegd met ${into}${moved.length ? ` (${moved.join(', ')})` : ''}.`);
    });
}
