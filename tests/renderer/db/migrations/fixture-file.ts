/**
 * The frozen migration fixtures (fixtures/vN.jsonl): what a database of schema version N held,
 * as the code that last wrote version N wrote it, with that version's exact store
 * declarations. freeze-fixture.ts writes one; schema-fixtures.test.ts installs each one as an
 * IndexedDB database of its version and opens it with today's start-up path.
 *
 * JSON Lines: the first line is the header (version, source, day, stores), then one line per
 * row, `{"table":"organizations","row":{…}}`, tables in store order and rows in primary-key
 * order. Compact, and a row per line keeps a diff of a fixture readable (Prettier would spread
 * a .json fixture over five times as many lines and bytes).
 *
 * Nothing here may read today's schema or rules: a fixture is a record of the past, and a test
 * that rebuilt it from current code would follow the code instead of guarding it.
 */
import { Dexie } from 'dexie'

/** Dexie store declarations, e.g. `{ organizations: 'id, &uscc, *communityIds' }`. */
export type StoreDeclarations = Record<string, string>

export interface FixtureHeader {
  schemaVersion: number
  /** Which code wrote the rows, for the reader. */
  source: string
  /** The day the sample rows are "as of"; the test checks the rules against the same day. */
  today: string
  stores: StoreDeclarations
}

export interface MigrationFixture extends FixtureHeader {
  /** Every row of every store, in primary-key order. */
  tables: Record<string, Record<string, unknown>[]>
}

/** The declarations a Dexie has, in Dexie's own `stores()` syntax. */
export function storesOf(db: Dexie): StoreDeclarations {
  return Object.fromEntries(
    db.tables
      .filter((table) => !table.name.startsWith('$'))
      .map((table) => [
        table.name,
        [table.schema.primKey.src, ...table.schema.indexes.map((index) => index.src)].join(', ')
      ])
  )
}

/** The file's text: the header line, then a line per row. */
export function fixtureText({ tables, ...header }: MigrationFixture): string {
  const lines = [JSON.stringify(header)]
  for (const [table, rows] of Object.entries(tables)) {
    for (const row of rows) lines.push(JSON.stringify({ table, row }))
  }
  return `${lines.join('\n')}\n`
}

/** Reads a fixture file; a store with no row lines is an empty table. */
export function parseFixture(text: string): MigrationFixture {
  const [first, ...lines] = text.trimEnd().split('\n')
  const header = JSON.parse(first!) as FixtureHeader
  const tables: MigrationFixture['tables'] = Object.fromEntries(
    Object.keys(header.stores).map((name) => [name, []])
  )
  for (const line of lines) {
    const { table, row } = JSON.parse(line) as { table: string; row: Record<string, unknown> }
    const rows = tables[table]
    if (!rows) throw new Error(`样本中的数据表“${table}”不在 stores 中 / unknown store ${table}`)
    rows.push(row)
  }
  return { ...header, tables }
}

/**
 * Writes `fixture` into `factory` as the database `name` at the fixture's version, declared
 * exactly as that version declared it (a database created at version N never ran the older
 * upgrades, so declaring N alone gives the same stores), every row added in one transaction.
 */
export async function installFixture(
  fixture: MigrationFixture,
  name: string,
  factory: { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange }
): Promise<void> {
  const old = new Dexie(name, factory)
  old.version(fixture.schemaVersion).stores(fixture.stores)
  await old.open()
  const names = Object.keys(fixture.tables)
  await old.transaction('rw', names, async () => {
    for (const table of names) await old.table(table).bulkAdd(fixture.tables[table]!)
  })
  old.close()
}
