/** The caller asked for something impossible (unknown file, profile or municipality): nothing was imported. */
export class ImportUsageError extends Error {}

/** The export cannot be loaded as a whole (missing columns, theme codes that do not exist, ...). */
export class ImportFailure extends Error {}
