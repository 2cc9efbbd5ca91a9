import { beforeEach, describe, expect, it } from 'vitest'
import { generateSampleData } from '@shared/sample-data/generate'
import { encodeBackup, exportDatabase } from '@renderer/db/backup/export'
import { canonicalJson, exportFileName, sha256Hex } from '@renderer/db/backup/format'
import {
  BackupFileError,
  checkBackupFile,
  previewBackup,
  type BackupProblemKind
} from '@renderer/db/backup/read'
import {
  RestoreAbortedError,
  restoreBackup,
  restoreCheckedBackup,
  type RestoreProgress
} from '@renderer/db/backup/restore'
import { createRepositories } from '@renderer/db/repositories'
import { SCHEMA_VERSION, type ShelianDatabase } from '@renderer/db/schema'
import {
  decodeJson,
  freshDb,
  NOW,
  recordingApi,
  SAMPLE,
  SAMPLE_COUNTS,
  sequentialIds,
  snapshot,
  TODAY
} from '../helpers'

const encoder = new TextEncoder()

/** One import entry per record, plus the audited save of the general settings. */
const POPULATED_AUDIT = Object.values(SAMPLE_COUNTS).reduce((sum, count) => sum + count, 1)
const now = () => NOW

/** A database with settings and the demo set, and a backup file of it. */
async function populated(): Promise<{ db: ShelianDatabase; data: Uint8Array }> {
  const db = freshDb()
  const repos = createRepositories(db, { now })
  await repos.settings.saveGeneral({
    operatorName: '张晓梅',
    officeName: '军门社区',
    backupKeep: 5
  })
  await repos.bulkLoad(SAMPLE)
  const { data } = await exportDatabase(db, { appVersion: '0.1.0', now })
  return { db, data }
}

/** Rewrites a backup file: `change` edits the parsed JSON; the checksum is recomputed if asked. */
async function rewrite(
  data: Uint8Array,
  change: (
    file: Record<string, unknown> & { tables: Record<string, Record<string, unknown>[]> }
  ) => void,
  { resign = true } = {}
): Promise<Uint8Array> {
  const file = decodeJson(data) as Record<string, unknown> & {
    tables: Record<string, Record<string, unknown>[]>
  }
  change(file)
  if (resign) file.sha256 = await sha256Hex(canonicalJson(file.tables))
  return encoder.encode(JSON.stringify(file))
}

async function expectRefused(
  db: ShelianDatabase,
  data: Uint8Array,
  kind: BackupProblemKind,
  message: string | RegExp
) {
  const before = await snapshot(db)
  const { api, writeBackup } = recordingApi()
  const failure = restoreBackup(db, data, { api, appVersion: '0.1.0', now })
  await expect(failure).rejects.toBeInstanceOf(BackupFileError)
  await expect(failure).rejects.toMatchObject({ kind })
  await expect(failure).rejects.toThrow(message)
  expect(writeBackup).not.toHaveBeenCalled()
  expect(await snapshot(db)).toEqual(before)
  const preview = await previewBackup(data, { now })
  expect(preview).toMatchObject({ valid: false, kind })
}

describe('backup files', () => {
  it('hold a header, counts and a checksum over the canonical tables', async () => {
    const { db, data } = await populated()
    const file = decodeJson(data)
    expect(Object.keys(file)).toEqual([
      'format',
      'formatVersion',
      'appVersion',
      'schemaVersion',
      'exportedAt',
      'counts',
      'sha256',
      'tables'
    ])
    expect(file).toMatchObject({
      format: 'shelian-desk-backup',
      formatVersion: 1,
      appVersion: '0.1.0',
      schemaVersion: SCHEMA_VERSION,
      exportedAt: NOW.toISOString(),
      counts: { settings: 1, ...SAMPLE_COUNTS, auditLog: POPULATED_AUDIT }
    })
    expect(file.sha256).toBe(await sha256Hex(canonicalJson(file.tables)))
    db.close()
  })

  it('checksum does not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: [{ d: null, c: '社' }], u: undefined })).toBe(
      canonicalJson({ a: [{ c: '社', d: null }], b: 1 })
    )
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}')
  })

  it('are named 社联台备份-YYYYMMDD-HHmm.json in local time', () => {
    expect(exportFileName(new Date(2026, 10, 22, 9, 30))).toBe('社联台备份-20261122-0930.json')
  })

  it('preview what they hold', async () => {
    const { db, data } = await populated()
    await expect(previewBackup(data, { now })).resolves.toEqual({
      valid: true,
      checked: expect.objectContaining({ tables: expect.any(Object) }),
      appVersion: '0.1.0',
      schemaVersion: SCHEMA_VERSION,
      exportedAt: NOW.toISOString(),
      counts: { settings: 1, ...SAMPLE_COUNTS, auditLog: POPULATED_AUDIT },
      sha256: decodeJson(data).sha256
    })
    db.close()
  })
})

describe('restore', () => {
  let source: { db: ShelianDatabase; data: Uint8Array }
  let target: ShelianDatabase

  beforeEach(async () => {
    source = await populated()
    target = freshDb()
    const repos = createRepositories(target, { now })
    await repos.settings.saveGeneral({ operatorName: '李明', officeName: '', backupKeep: 4 })
    await repos.communities.create({
      name: '南街社区',
      district: '温江区',
      subdistrict: '柳城街道',
      divisionCode: null,
      households: 100,
      population: 300,
      grids: 3
    })
  })

  it('replaces all data, audits the restore, and first backs up what it replaces', async () => {
    const before = await snapshot(target)
    const { api, written } = recordingApi()
    const progress: RestoreProgress[] = []
    const result = await restoreBackup(target, source.data, {
      api,
      appVersion: '0.1.0',
      now,
      newId: sequentialIds('restore'),
      onProgress: (step) => progress.push(step)
    })

    const after = await snapshot(target)
    const expected = await snapshot(source.db)
    const restoreEntry = after.auditLog.find(
      (entry) => (entry as { id: string }).id === 'restore-1'
    )
    expect(restoreEntry).toEqual({
      id: 'restore-1',
      at: NOW.toISOString(),
      operator: '李明',
      table: 'backup',
      recordId: decodeJson(source.data).sha256,
      action: 'restore-backup',
      changes: {
        settings: [1, 1],
        communities: [1, SAMPLE_COUNTS.communities],
        organizations: [0, SAMPLE_COUNTS.organizations],
        socialWorkers: [0, SAMPLE_COUNTS.socialWorkers],
        incubations: [0, SAMPLE_COUNTS.incubations],
        incubationServices: [0, SAMPLE_COUNTS.incubationServices],
        evaluations: [0, SAMPLE_COUNTS.evaluations],
        reviewers: [0, SAMPLE_COUNTS.reviewers],
        ventureRounds: [0, SAMPLE_COUNTS.ventureRounds],
        applications: [0, SAMPLE_COUNTS.applications],
        reviews: [0, SAMPLE_COUNTS.reviews],
        projects: [0, SAMPLE_COUNTS.projects],
        catalogueItems: [0, SAMPLE_COUNTS.catalogueItems],
        agreements: [0, SAMPLE_COUNTS.agreements],
        amendments: [0, SAMPLE_COUNTS.amendments],
        payments: [0, SAMPLE_COUNTS.payments],
        activities: [0, SAMPLE_COUNTS.activities],
        projectEvaluations: [0, SAMPLE_COUNTS.projectEvaluations],
        mutualEvaluations: [0, SAMPLE_COUNTS.mutualEvaluations],
        resources: [0, SAMPLE_COUNTS.resources],
        needs: [0, SAMPLE_COUNTS.needs],
        needMatches: [0, SAMPLE_COUNTS.needMatches],
        // The target's own entries: its settings save and its one community.
        auditLog: [2, POPULATED_AUDIT]
      }
    })
    expect({
      ...after,
      auditLog: after.auditLog.filter((entry) => entry !== restoreEntry)
    }).toEqual(expected)

    // The safety backup holds exactly what was there before, with keep from its settings.
    expect(written).toHaveLength(1)
    expect(written[0]).toMatchObject({ reason: 'restore', schemaVersion: SCHEMA_VERSION, keep: 4 })
    const safety = await checkBackupFile(written[0]!.data, { now })
    expect(safety.tables).toEqual(before)
    expect(result.safetyBackup?.reason).toBe('restore')

    expect(progress.slice(0, 2)).toEqual([{ stage: 'checking' }, { stage: 'safety-backup' }])
    expect(progress).toContainEqual({
      stage: 'writing',
      table: 'organizations',
      done: 240,
      total: 240
    })
    source.db.close()
  })

  it('restores the result of the preview without reading the file again', async () => {
    const empty = freshDb()
    const { api } = recordingApi()
    const preview = await previewBackup(source.data, { now })
    if (!preview.valid) throw new Error(preview.reason)
    const progress: RestoreProgress[] = []
    await restoreCheckedBackup(empty, preview.checked, {
      api,
      appVersion: '0.1.0',
      now,
      onProgress: (step) => progress.push(step)
    })
    expect(progress).not.toContainEqual({ stage: 'checking' })
    const restored = await snapshot(empty)
    const expected = await snapshot(source.db)
    expect(restored.organizations).toEqual(expected.organizations)
    expect(restored.socialWorkers).toEqual(expected.socialWorkers)
  })

  it('restores into an empty database without a safety backup', async () => {
    const empty = freshDb()
    const { api, writeBackup } = recordingApi()
    const result = await restoreBackup(empty, source.data, { api, appVersion: '0.1.0', now })
    expect(result.safetyBackup).toBeNull()
    expect(writeBackup).not.toHaveBeenCalled()
    await expect(empty.organizations.count()).resolves.toBe(240)
  })

  it('changes nothing when the safety backup cannot be written', async () => {
    const before = await snapshot(target)
    const { api } = recordingApi({ fail: new Error('磁盘已满') })
    const failure = restoreBackup(target, source.data, { api, appVersion: '0.1.0', now })
    await expect(failure).rejects.toBeInstanceOf(RestoreAbortedError)
    await expect(failure).rejects.toThrow(
      '恢复前没能先备份现有数据（磁盘已满），为保护现有数据，没有恢复'
    )
    expect(await snapshot(target)).toEqual(before)
  })

  it('changes nothing when the write itself fails half-way', async () => {
    const before = await snapshot(target)
    // The restore's own audit entry collides with an entry from the backup: the last write fails.
    const takenId = (decodeJson(source.data).tables as { auditLog: { id: string }[] }).auditLog[0]!
      .id
    const failure = restoreBackup(target, source.data, {
      api: recordingApi().api,
      appVersion: '0.1.0',
      now,
      newId: () => takenId
    })
    await expect(failure).rejects.toThrow()
    expect(await snapshot(target)).toEqual(before)
  })

  describe('refuses, changing nothing,', () => {
    it('an empty file', async () => {
      await expectRefused(target, new Uint8Array(), 'empty', '文件是空的')
    })

    it('a binary file', async () => {
      await expectRefused(
        target,
        new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe, 0x00]),
        'not-text',
        '内容不是文本'
      )
    })

    it('a truncated file', async () => {
      const cut = source.data.slice(0, Math.floor(source.data.length * 0.6))
      await expectRefused(target, cut, 'truncated', '备份文件不完整：文件在中途就结束了')
    })

    it('a file cut off in the middle of a Chinese character', async () => {
      const text = new TextDecoder().decode(source.data)
      const at = encoder.encode(text.slice(0, text.indexOf('社区') + 1)).length - 1
      await expectRefused(target, source.data.slice(0, at), 'truncated', '备份文件不完整')
    })

    it('a corrupted file', async () => {
      const text = new TextDecoder().decode(source.data)
      const middle = Math.floor(text.length / 2)
      const broken = encoder.encode(`${text.slice(0, middle)}\u0000}}${text.slice(middle + 3)}`)
      await expectRefused(
        target,
        broken,
        'corrupt',
        /备份文件已损坏：第 \d+ 个字符附近不是有效的 JSON/
      )
    })

    it('a file damaged where the parser names no position: found from the text it quotes', async () => {
      const text = new TextDecoder().decode(source.data)
      // An unexpected token at the start of a value: V8 quotes the text around it instead.
      const at = text.indexOf(':null', Math.floor(text.length / 2)) + 1
      const broken = encoder.encode(`${text.slice(0, at)}\u0000${text.slice(at + 1)}`)
      await expectRefused(
        target,
        broken,
        'corrupt',
        `备份文件已损坏：第 ${at + 1} 个字符附近不是有效的 JSON`
      )
    })

    it('a file with a stray character in the middle', async () => {
      const text = new TextDecoder().decode(source.data).replace('"tables":', '"tables" x')
      await expectRefused(target, encoder.encode(text), 'corrupt', '备份文件已损坏：')
    })

    it('a file cut off right after a value', async () => {
      const text = new TextDecoder().decode(source.data)
      await expectRefused(
        target,
        encoder.encode(text.slice(0, text.indexOf('"tables":'))),
        'truncated',
        '备份文件不完整'
      )
    })

    it('a file that is not JSON at all', async () => {
      await expectRefused(
        target,
        encoder.encode('姓名,电话\n张三,13800000000'),
        'foreign',
        '内容不是 JSON'
      )
    })

    it('random JSON', async () => {
      await expectRefused(
        target,
        encoder.encode('{"hello":"world"}'),
        'foreign',
        '这不是社联台备份文件：缺少“format: shelian-desk-backup”标记'
      )
      await expectRefused(target, encoder.encode('[1,2,3]'), 'foreign', '内容不是一个 JSON 对象')
    })

    it('a Dexie export', async () => {
      const dexieExport = {
        formatName: 'dexie',
        formatVersion: 1,
        data: { databaseName: 'shelian-desk', databaseVersion: 2, tables: [], data: [] }
      }
      await expectRefused(
        target,
        encoder.encode(JSON.stringify(dexieExport)),
        'foreign',
        '这是 Dexie 导出的数据库文件，不是社联台备份'
      )
    })

    it('a backup from a newer version of the app', async () => {
      const newer = await rewrite(source.data, (file) => {
        file.schemaVersion = SCHEMA_VERSION + 1
        file.appVersion = '9.0.0'
      })
      await expectRefused(
        target,
        newer,
        'newer-schema',
        `备份来自更新版本的社联台（v${SCHEMA_VERSION + 1}，由社联台 9.0.0 导出），请先升级社联台再恢复`
      )
      expect(await previewBackup(newer)).toMatchObject({
        valid: false,
        appVersion: '9.0.0',
        schemaVersion: SCHEMA_VERSION + 1,
        exportedAt: NOW.toISOString(),
        counts: { organizations: 240 }
      })
    })

    it('a newer file format', async () => {
      const newer = await rewrite(source.data, (file) => {
        file.formatVersion = 2
      })
      await expectRefused(target, newer, 'newer-format', '本程序只认识第 1 版，请先升级社联台')
    })

    it('a file whose checksum does not match', async () => {
      const tampered = await rewrite(
        source.data,
        (file) => {
          file.tables.organizations![0]!.staffCount = 999
        },
        { resign: false }
      )
      await expectRefused(target, tampered, 'checksum', '备份文件的校验和不符')
    })

    it('a file whose counts do not match', async () => {
      const short = await rewrite(source.data, (file) => {
        file.tables.socialWorkers!.pop()
      })
      await expectRefused(
        target,
        short,
        'counts',
        '备份文件的记录数对不上：社工应有 160 条，文件中是 159 条'
      )
    })

    it('a file with a table the app does not know', async () => {
      const extra = await rewrite(source.data, (file) => {
        file.tables.contracts = []
        ;(file.counts as Record<string, number>).contracts = 0
      })
      await expectRefused(target, extra, 'structure', '备份中有本程序不认识的数据表“contracts”')
    })

    it('a file with a row that breaks a rule', async () => {
      const name = SAMPLE.organizations[3]!.name
      const bad = await rewrite(source.data, (file) => {
        const org = file.tables.organizations!.find((row) => row.name === name)!
        org.registrationStatus = '已登记'
        org.legalForm = '社会服务机构'
        org.uscc = null
      })
      await expectRefused(target, bad, 'rows', `（${name}）：已登记的组织须填写统一社会信用代码`)
    })

    it('a file with a row missing its bookkeeping fields', async () => {
      const bad = await rewrite(source.data, (file) => {
        delete file.tables.communities![0]!.createdAt
      })
      await expectRefused(target, bad, 'rows', '创建时间（createdAt）不是有效的时间')
    })

    it('a file with duplicate ids', async () => {
      const bad = await rewrite(source.data, (file) => {
        file.tables.communities![1]!.id = file.tables.communities![0]!.id
      })
      await expectRefused(target, bad, 'rows', /编号 .+ 重复/)
    })

    it('a file with a duplicate USCC', async () => {
      const bad = await rewrite(source.data, (file) => {
        const registered = file.tables.organizations!.filter((row) => row.uscc)
        registered[1]!.uscc = registered[0]!.uscc
      })
      await expectRefused(target, bad, 'rows', /统一社会信用代码 .+ 与“.+”重复/)
    })

    it('a file whose references point nowhere', async () => {
      const bad = await rewrite(source.data, (file) => {
        const worker = file.tables.socialWorkers!.find((row) => row.employerId)!
        worker.employerId = 'gone'
      })
      await expectRefused(target, bad, 'rows', '工作单位在备份中找不到')
    })

    it('a file with invalid settings', async () => {
      const bad = await rewrite(source.data, (file) => {
        ;(file.tables.settings![0]!.value as Record<string, unknown>).backupKeep = 0
      })
      await expectRefused(target, bad, 'rows', '基本设置有误：保留份数至少为 1 份')
    })

    it('a file whose 报告字体 setting is not a font description', async () => {
      const bad = await rewrite(source.data, (file) => {
        // In place of the general settings, so the file's row counts still add up.
        file.tables.settings![0] = {
          key: 'reportFont',
          value: { fallback: { name: '', byteSize: -1, characterCount: 0 } },
          updatedAt: '2026-11-22T02:00:00.000Z'
        }
      })
      await expectRefused(target, bad, 'rows', /报告字体有误：/)
    })
  })

  it('recomputes pinyin keys written in another format', async () => {
    const community = SAMPLE.communities[0]!
    const old = await rewrite(source.data, (file) => {
      const row = file.tables.communities!.find((r) => r.id === community.id)!
      row.pinyin = 'an-older-key-format'
      delete row.pinyinInitials
    })
    await restoreBackup(target, old, { api: recordingApi().api, appVersion: '0.1.0', now })
    await expect(target.communities.get(community.id)).resolves.toEqual(community)
  })

  it('lists every bad row, up to a limit, for the preview', async () => {
    const bad = await rewrite(source.data, (file) => {
      for (const community of file.tables.communities!) community.grids = -1
    })
    const preview = await previewBackup(bad, { now })
    expect(preview).toMatchObject({ valid: false, kind: 'rows' })
    if (preview.valid) throw new Error('unreachable')
    expect(preview.reason).toMatch(/^备份中有 至少 20 处数据不符合本程序的规则/)
    expect(preview.details).toHaveLength(20)
    expect(preview.details[0]).toMatch(/^第 1 条社区（.+）：网格数不能为负数$/)
  })
})

describe('backup round trip at 10k records', () => {
  it('restores exactly what was exported', async () => {
    const scale = { organizations: 5000, communities: 1000, socialWorkers: 4000 }
    const data = generateSampleData({ today: TODAY, scale, seed: 7 })
    const db = freshDb()
    await createRepositories(db, { now }).bulkLoad(data)
    const original = await snapshot(db)

    let at = performance.now()
    const encoded = await exportDatabase(db, { appVersion: '0.1.0', now })
    const exportMs = performance.now() - at
    at = performance.now()
    const checked = await checkBackupFile(encoded.data, { now })
    const checkMs = performance.now() - at
    expect(checked.summary.counts).toMatchObject(scale)

    const target = freshDb()
    at = performance.now()
    await restoreBackup(target, encoded.data, {
      api: recordingApi().api,
      appVersion: '0.1.0',
      now,
      newId: () => 'the-restore'
    })
    const restoreMs = performance.now() - at

    const restored = await snapshot(target)
    expect({
      ...restored,
      auditLog: restored.auditLog.filter((entry) => (entry as { id: string }).id !== 'the-restore')
    }).toEqual(original)
    console.info(
      `10k 往返（fake-indexeddb）：导出 ${exportMs.toFixed(0)} ms（${(encoded.data.byteLength / 1048576).toFixed(1)} MB），` +
        `校验 ${checkMs.toFixed(0)} ms，恢复（含校验）${restoreMs.toFixed(0)} ms`
    )
  }, 60_000)

  it('re-encodes a file read back to the same checksum', async () => {
    const { db, data } = await populated()
    const checked = await checkBackupFile(data, { now })
    const again = await encodeBackup({
      tables: checked.tables,
      schemaVersion: SCHEMA_VERSION,
      appVersion: '0.1.0',
      exportedAt: NOW
    })
    expect(again.file.sha256).toBe(decodeJson(data).sha256)
    db.close()
  })
})
