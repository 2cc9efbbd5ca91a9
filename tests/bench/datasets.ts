/**
 * The benchmark's databases, built in Node as backup files the app restores through its UI:
 * `generateSampleData` (the same generator as 载入示例数据) at city scale, wrapped by the app's own
 * backup encoder (`encodeBackup`: counts, canonical sha256, format header), so the file is
 * exactly what 导出备份文件 would write for that data. The city (CITY_SCALE) is issue #10's:
 * 15 000 organisations, 2 000 communities, 8 000 social workers, about 2 000 projects with
 * 100 000 服务记录 and 5 000 tranches, 20 000 evaluations (16 000 能力评估 of 5 500 stays, 3 500
 * project evaluations), and the 三社联动 tables: 10 000 needs, 2 000 resources, 6 000 matches.
 * Like a database the sample data was loaded into, it holds the 基本设置 row and one `import`
 * audit entry per record (about 210 000); the file is about 200 MB.
 */
import { readFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { todayInChina } from '../../shared/domain/dates'
import { rankNeeds } from '../../shared/domain/linkage/need'
import {
  CITY_SCALE,
  generateSampleData,
  type SampleData,
  type SampleDensity,
  type SampleScale
} from '../../shared/sample-data/generate'
import { encodeBackup } from '../../renderer/src/db/backup/export'
import {
  DELIVERY_TABLES,
  INCUBATION_TABLES,
  LINKAGE_TABLES,
  RECORD_TABLES,
  SCHEMA_VERSION,
  TABLE_NAMES,
  VENTURE_TABLES
} from '../../renderer/src/db/schema'

export { CITY_SCALE }

/** package.json's version: what the built app calls itself, and so what its exports say. */
export const APP_VERSION = (
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as {
    version: string
  }
).version

/** The scroll benchmark's set: 100k organisations (no social workers, to keep restore short). */
export const SCROLL_SCALE: SampleScale = {
  organizations: 100_000,
  communities: 2_000,
  socialWorkers: 0
}

export interface BenchDataset {
  path: string
  bytes: number
  counts: Record<string, number>
  /** How long generating and encoding took in Node, ms. */
  buildMs: number
  /** The 公益创投 round in 评审中, whose results tab figure 2c opens; null when there is none. */
  reviewRoundId: string | null
  /** Projects not archived: the rows 项目管理 lists (figure 2d). */
  liveProjects: number
  /**
   * The 政府购买服务 contract with the most activities, whose 拨付 tab figure 2e opens, with its
   * activity and live tranche counts; null when no contract has an activity.
   */
  busyProject: { id: string; activities: number; payments: number } | null
  /** Communities not archived: the rows 覆盖情况 lists (figure 2f). */
  liveCommunities: number
  /** The top-ranked open need, whose page figure 2g opens for its 对接建议; null without one. */
  topNeedId: string | null
}

/** A UUID-shaped id from a counter, so the same scale always gives the same file. */
function serialId(serial: number): string {
  return `00000000-0000-4000-8000-${serial.toString(16).padStart(12, '0')}`
}

/** The live 政府购买服务 contract with the most live activities (the first one on a tie). */
function busiestContract(data: SampleData): BenchDataset['busyProject'] {
  const contracts = new Set(
    data.projects
      .filter((project) => project.channel === '政府购买服务' && project.archivedAt === null)
      .map((project) => project.id)
  )
  const activities = new Map<string, number>()
  for (const activity of data.activities) {
    if (activity.archivedAt !== null || !contracts.has(activity.projectId)) continue
    activities.set(activity.projectId, (activities.get(activity.projectId) ?? 0) + 1)
  }
  let busiest: [string, number] | null = null
  for (const entry of activities) if (busiest === null || entry[1] > busiest[1]) busiest = entry
  if (busiest === null) return null
  const [id, count] = busiest
  const payments = data.payments.filter(
    (payment) => payment.projectId === id && payment.archivedAt === null
  ).length
  return { id, activities: count, payments }
}

/** Generates the data at `scale` and writes it as a backup file to `path`. */
export async function writeBenchBackup(
  path: string,
  scale: SampleScale & SampleDensity
): Promise<BenchDataset> {
  const started = performance.now()
  const now = new Date()
  const at = now.toISOString()
  const data = generateSampleData({ today: todayInChina(now), scale })
  let serial = 0
  // Every table the sample data fills, in the order bulk loading writes them.
  const recordTables = [
    ...RECORD_TABLES,
    ...INCUBATION_TABLES,
    ...VENTURE_TABLES,
    ...DELIVERY_TABLES,
    ...LINKAGE_TABLES
  ] as const
  const auditLog = recordTables.flatMap((table) =>
    data[table].map((row) => ({
      id: serialId((serial += 1)),
      at,
      operator: '张晓梅',
      table,
      recordId: row.id,
      action: 'import'
    }))
  )
  const settings = [
    {
      key: 'general',
      value: { operatorName: '张晓梅', officeName: '鼓楼区军门社区孵化基地', backupKeep: 10 },
      updatedAt: at
    }
  ]
  // In the order the app's own export lists the tables.
  const tables = Object.fromEntries(
    TABLE_NAMES.map((name) => [
      name,
      name === 'settings' ? settings : name === 'auditLog' ? auditLog : data[name]
    ])
  ) as Record<(typeof TABLE_NAMES)[number], unknown[]>
  const { data: bytes, file } = await encodeBackup({
    tables,
    schemaVersion: SCHEMA_VERSION,
    appVersion: APP_VERSION,
    exportedAt: now
  })
  await writeFile(path, bytes)
  return {
    path,
    bytes: bytes.byteLength,
    counts: file.counts,
    buildMs: performance.now() - started,
    reviewRoundId: data.ventureRounds.find((round) => round.status === '评审中')?.id ?? null,
    liveProjects: data.projects.filter((project) => project.archivedAt === null).length,
    busyProject: busiestContract(data),
    liveCommunities: data.communities.filter((community) => community.archivedAt === null).length,
    topNeedId: rankNeeds(data.needs)[0]?.need.id ?? null
  }
}

/** The city backup (15k organisations) and the 100k-row one, in `dir`. */
export async function writeBenchBackups(dir: string): Promise<{
  city: BenchDataset
  scroll: BenchDataset
}> {
  return {
    city: await writeBenchBackup(join(dir, '城市规模备份.json'), CITY_SCALE),
    scroll: await writeBenchBackup(join(dir, '十万社会组织备份.json'), SCROLL_SCALE)
  }
}
