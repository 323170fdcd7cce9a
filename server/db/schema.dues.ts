/** Tables of party dues, ratings and imports (migration 20261122_0003_dues_ratings). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DuesTables {}
