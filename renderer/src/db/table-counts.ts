/** Rows per table; only reads Dexie, so it can run inside `useLiveQuery`. */
import { TABLE_NAMES, type ShelianDatabase, type TableName } from './schema'

export type TableCounts = Record<TableName, number>

export async function countTables(db: ShelianDatabase): Promise<TableCounts> {
  const counts = await Promise.all(TABLE_NAMES.map((name) => db.table(name).count()))
  return Object.fromEntries(TABLE_NAMES.map((name, index) => [name, counts[index]!])) as TableCounts
}
