import { createRepositories, type Repositories } from '@renderer/db/repositories'
import type { ShelianDatabase } from '@renderer/db/schema'
import type { SampleData } from '@shared/sample-data/generate'
import { freshDatabase } from './render-app'

export const OPERATOR = '张晓梅'

/**
 * A fresh database with the office's general settings (the operator every write is signed by)
 * and, when given, a sample registry; the repositories read `now` for every write.
 */
export async function officeDatabase(options: {
  officeName: string
  now: () => Date
  registry?: SampleData
}): Promise<{ db: ShelianDatabase; repos: Repositories }> {
  const db = freshDatabase()
  const repos = createRepositories(db, { now: options.now })
  if (options.registry) await repos.bulkLoad(options.registry)
  await repos.settings.saveGeneral({
    operatorName: OPERATOR,
    officeName: options.officeName,
    backupKeep: 10
  })
  return { db, repos }
}
