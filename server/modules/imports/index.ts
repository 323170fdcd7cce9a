import type { AppModule } from '../../http/module.ts';
import { importsMessages } from './imports.messages.ts';

/** What every import shares: reading .xlsx or CSV by header names, row errors, the template, the all-or-nothing job with its progress (import_jobs, by kind). */
export const importsModule: AppModule = {
  name: 'imports',
  messages: importsMessages,
};

// The face: what other modules use.
export { csvLine } from './imports.csv.ts';
export { commonPath, getJob, ImportRefused, recoverImports, refuseErrors, startJob } from './imports.job.ts';
export { cellText, COMMON_TEXTS, parseDay, type RowError, rowErrors, shown } from './imports.rows.ts';
export { type CellValue, type ImportColumn, type RawRow } from './imports.schema.ts';
export { isXlsx, type ReadResult, readSheet } from './imports.sheet.ts';
export { templateWorkbook } from './imports.template.ts';
