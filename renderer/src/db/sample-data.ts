/**
 * 载入示例数据: the deterministic demo set from shared/sample-data, dated from today in China,
 * loaded in one transaction into an empty registry.
 */
import { todayInChina } from '@shared/domain/dates'
import { DEMO_SCALE, generateSampleData, type SampleScale } from '@shared/sample-data/generate'
import { bulkLoad, type RecordCounts } from './repositories/bulk-load'
import type { RepositoryDeps } from './repositories/record-repository'
import type { ShelianDatabase } from './schema'

export { DEMO_SCALE }

export async function loadSampleData(
  db: ShelianDatabase,
  deps: RepositoryDeps & { scale?: SampleScale } = {}
): Promise<RecordCounts> {
  const now = deps.now ?? (() => new Date())
  const data = generateSampleData({ today: todayInChina(now()), scale: deps.scale ?? DEMO_SCALE })
  return bulkLoad(db, data, deps)
}
