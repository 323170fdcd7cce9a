import type { RegisterImportMessages } from './register-import.vi';

const registerImportEn: RegisterImportMessages = {
  tab: 'Import from a file',
  title: 'Import registers and letters from a file',
  kinds: { incoming: 'Incoming', outgoing: 'Outgoing', letters: 'Letters' },
  book: 'Book of',
  bookHint: 'Choose the organization whose book to import into',
  template: 'Download the template',
  hint: 'Fill in the template (Excel .xlsx or UTF-8 CSV, one document per row), choose the book, then choose the file to check it. It imports only when no row has an error: every row or none.',
  outgoingHint: 'Outgoing: documents issued outside the system (before go-live or on paper), recorded in the outgoing register and flagged as imported.',
  choose: 'Choose a file (.xlsx, .csv)',
  checking: 'Checking…',
  checked: 'File {{file}}: {{total}} rows, {{valid}} valid, {{errors}} errors.',
  allValid: 'File {{file}}: all {{total}} rows are valid.',
  row: 'Row',
  column: 'Column',
  message: 'Error',
  run: 'Import {{total}} rows',
  confirmTitle: 'Import {{total}} rows into the {{kind}} book?',
  confirmBody: 'All {{total}} rows are written to the book at once; blank arrival numbers are drawn after the book\'s last one. The import is recorded in the audit log.',
  running: 'Importing: {{processed}} / {{total}}',
  succeeded: '{{imported}} rows imported into the {{kind}} book.',
  arrivals: '{{year}}: arrival numbers {{first}} to {{last}}',
  failed: 'The import failed: nothing was written.',
  again: 'Import another file',
};

export default registerImportEn;
