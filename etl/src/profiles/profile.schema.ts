import { z } from 'zod';
import { LANGUAGES } from '../themes/language';

/**
 * A source profile: how one organisation's export maps onto a Leerlus import target. Profiles are
 * YAML files in etl/profiles/ so a new export can be mapped without code (see etl/README.md).
 */
const fieldMapping = z
  .object({
    /** Header in the export (matched case- and whitespace-insensitively); several = first non-empty. */
    column: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
    /** Value used when the column is absent or empty. */
    default: z.union([z.string(), z.number(), z.boolean()]).optional(),
    /**
     * Name of a vocabulary in `vocabularies`: translates codes, themes and organisations, and works as a
     * lookup table for other fields (category -> department, category -> handling term in days).
     */
    vocabulary: z.string().optional(),
    /** With several columns: join every non-empty one with this text instead of taking the first. */
    join: z.string().optional(),
    /** Keep only the part that matches this regular expression (its first group, else the match). */
    pattern: z
      .string()
      .min(1)
      .refine(
        (source) => {
          try {
            new RegExp(source);
            return true;
          } catch {
            return false;
          }
        },
        { message: 'geen geldige reguliere expressie' },
      )
      .optional(),
    /** Fixed text put before the value (e.g. a source prefix for case numbers). */
    prefix: z.string().optional(),
  })
  .strict()
  .refine((mapping) => mapping.column !== undefined || mapping.default !== undefined, {
    message: 'geef een kolom (column) of een vaste waarde (default)',
  });

export const profileSchema = z
  .object({
    name: z.string().regex(/^[a-z0-9-]+$/, 'alleen kleine letters, cijfers en streepjes'),
    label: z.string().min(1),
    description: z.string().optional(),
    target: z.enum(['case_record', 'objection_decision', 'provider_report', 'contract', 'client_count']),
    read: z
      .object({
        format: z.enum(['auto', 'csv', 'xlsx', 'json']).default('auto'),
        delimiter: z.enum(['auto', ';', ',', '\t', '|']).default('auto'),
        encoding: z.enum(['auto', 'utf-8', 'windows-1252', 'iso-8859-1']).default('auto'),
        /** XLSX: sheet name; first sheet when absent. */
        sheet: z.string().optional(),
        /** JSON: property holding the array of records; the document itself when absent. */
        records: z.string().optional(),
        /**
         * CSV/XLSX: the row (as a spreadsheet numbers it) holding the header; when absent, the row among
         * the first 30 that names most of the profile's columns (titles and notes above it are skipped).
         */
        headerRow: z.number().int().min(1).optional(),
      })
      .strict()
      .default({ format: 'auto', delimiter: 'auto', encoding: 'auto' }),
    /** Date formats tried in order (Unicode tokens: d, dd, M, MM, MMMM (Dutch month), yy, yyyy). */
    dateFormats: z
      .array(z.string().min(1))
      .min(1)
      .default(['dd-MM-yyyy', 'd-M-yyyy', 'd-M-yy', 'd MMMM yyyy', 'yyyy-MM-dd']),
    /** Separator for multi-value (`codes`) fields. */
    listSeparator: z.string().min(1).default(';'),
    /** Canonical field name (see targets.ts) -> where its value comes from. */
    fields: z.record(z.string(), fieldMapping),
    /** Source value (matched case-insensitively, trimmed) -> canonical code; `*` is the fallback. */
    vocabularies: z.record(z.string(), z.record(z.string(), z.string())).default({}),
    /** Unknown organisations are created with this kind instead of rejecting the row. */
    createOrganisations: z.enum(['gemeente', 'aanbieder', 'ombudsman', 'samenwerkingsverband']).optional(),
    /** Columns whose presence is tolerated without being mapped (anything else unmapped is reported). */
    ignoreColumns: z.array(z.string()).default([]),
    /**
     * What to do with columns that are neither mapped nor in ignoreColumns: `report` (a warning in the
     * import summary; the default) or `reject` (the import fails before anything is loaded).
     */
    unknownColumns: z.enum(['report', 'reject']).default('report'),
    /**
     * Languages whose free texts the theme classifier may give a theme (docs/themes.md); texts in other
     * languages get none, so that Dutch themes are not forced on them. Default Dutch only.
     */
    themeLanguages: z.array(z.enum(LANGUAGES)).min(1).default(['nl']),
    privacy: z
      .object({
        /**
         * Columns holding the export's own case or record numbers: not read as personal data (a 9-digit
         * number that passes the elfproef, a hex id containing "1234ab") and kept as they are in the
         * rejected rows. Free text and citizen-identifier columns are scanned as always.
         */
        idColumns: z.array(z.string().min(1)).default([]),
      })
      .strict()
      .default({ idColumns: [] }),
    /** Several consecutive rows with the same value in `by` are one record (first non-empty value per column). */
    group: z
      .object({
        by: z.string().min(1),
        /** Columns whose values of all the rows are kept, joined with the list separator. */
        concat: z.array(z.string().min(1)).default([]),
      })
      .strict()
      .optional(),
    /** Checks per row besides the built-in ones, e.g. `upheld_count <= complaint_count`. */
    rules: z.array(z.string().min(1)).default([]),
  })
  .strict();

export type Profile = z.infer<typeof profileSchema>;
export type FieldMapping = z.infer<typeof fieldMapping>;
