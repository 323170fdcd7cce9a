/** Word files in the office's layouts: what modules build their documents from. */
export {
  type OfficialHeading,
  type PartyHeading,
  type RunStyle,
  blank,
  cell,
  centered,
  columns,
  line,
  officialDocument,
  officialHeader,
  para,
  partyHeader,
  run,
  signatureColumn,
} from './layout.ts';
export { type WordTable, wordTable } from './table.ts';
