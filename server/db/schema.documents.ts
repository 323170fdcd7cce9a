/** Tables of documents, registers, letters and files (migration 20261129_0005_documents). */
export interface DocumentsTables {
  /** Placeholder until the migration lands. */
  documentsPlaceholder?: never;
}
