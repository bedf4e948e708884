/**
 * The parliament file format's fixed facts, apart from the parser so the page can name them
 * without loading papaparse and zod (import-parliament.ts loads on the first import).
 */

/** The largest file read, in bytes (1 MB: a thousand lists with long names fit many times). */
export const MAX_IMPORT_BYTES = 1_000_000

/** The CSV columns Kutla reads and writes, in the order it writes them. */
export const CSV_COLUMNS = ['id', 'name', 'other_name', 'seats', 'colour', 'camp', 'non_voting']
