/**
 * The frozen fixtures (fixtures/v*.jsonl, see fixture-file.ts), read once, in version order.
 * Vite inlines the files, so the tests read exactly what is committed.
 */
import { parseFixture, type MigrationFixture } from './fixture-file'

/** The files' text by path (`./fixtures/v3.jsonl`). */
export const FIXTURE_FILES = import.meta.glob<string>('./fixtures/v*.jsonl', {
  query: '?raw',
  import: 'default',
  eager: true
})

export const FIXTURES: readonly (MigrationFixture & { path: string })[] = Object.entries(
  FIXTURE_FILES
)
  .map(([path, text]) => ({ path, ...parseFixture(text) }))
  .sort((a, b) => a.schemaVersion - b.schemaVersion)

/** The fixture of `version`; throws when there is none. */
export function fixtureOf(version: number): MigrationFixture {
  const fixture = FIXTURES.find((candidate) => candidate.schemaVersion === version)
  if (!fixture) throw new Error(`没有 v${version} 的迁移样本 / no fixture for v${version}`)
  return fixture
}
