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
    /** Name of a vocabulary in `vocabularies` (for code, codes, theme and organisation fields). */
    vocabulary: z.string().optional(),
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
    target: z.enum(['case_record', 'objection_decision', 'provider_report']),
    read: z
      .object({
        format: z.enum(['auto', 'csv', 'xlsx', 'json']).default('auto'),
        delimiter: z.enum(['auto', ';', ',', '\t', '|']).default('auto'),
        encoding: z.enum(['auto', 'utf-8', 'windows-1252', 'iso-8859-1']).default('auto'),
        /** XLSX: sheet name; first sheet when absent. */
        sheet: z.string().optional(),
        /** JSON: property holding the array of records; the document itself when absent. */
        records: z.string().optional(),
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
  })
  .strict();

export type Profile = z.infer<typeof profileSchema>;
export type FieldMapping = z.infer<typeof fieldMapping>;
