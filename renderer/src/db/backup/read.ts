/**
 * Reading a backup file and deciding whether it can be restored — all of it, before anything is
 * written: is it text, is it JSON, is it ours, which format and schema version, do the counts
 * and the checksum match, and does every row pass the rules (check-tables.ts). Each way a file
 * can be wrong gets its own Chinese message.
 */
import { todayInChina } from '@shared/domain/dates'
import { checkTables, describeProblems, type TableSet } from '../check-tables'
import { backupStepFrom, BACKUP_STEPS } from '../migrations'
import { SCHEMA_VERSION, TABLE_NAMES, type TableName } from '../schema'
import { TABLE_LABELS } from '../table-labels'
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, canonicalJson, sha256Hex } from './format'

/** What kind of wrong a file is; the UI shows the message, tests check the kind. */
export type BackupProblemKind =
  | 'empty'
  | 'not-text'
  | 'truncated'
  | 'corrupt'
  | 'foreign'
  | 'newer-format'
  | 'newer-schema'
  | 'older-schema'
  | 'structure'
  | 'counts'
  | 'checksum'
  | 'rows'

export class BackupFileError extends Error {
  readonly kind: BackupProblemKind
  /** Further lines, e.g. the rows that failed. */
  readonly details: readonly string[]

  constructor(kind: BackupProblemKind, message: string, details: readonly string[] = []) {
    super(message)
    this.name = 'BackupFileError'
    this.kind = kind
    this.details = details
  }
}

/** What the header of a file says, as far as it could be read. */
export interface BackupSummary {
  appVersion: string | null
  schemaVersion: number | null
  exportedAt: string | null
  /** Rows per table of the current schema, after carrying an older backup forward. */
  counts: Partial<Record<TableName, number>> | null
  sha256: string | null
}

/** A file that passed every check, ready to be written. */
export interface CheckedBackup {
  summary: BackupSummary & {
    appVersion: string
    schemaVersion: number
    exportedAt: string
    counts: Record<TableName, number>
    sha256: string
  }
  /** The rows of every current table, as they will be stored. */
  tables: Record<TableName, Record<string, unknown>[]>
}

export type BackupPreview =
  /** `checked` is handed to `restoreCheckedBackup`, so 确认恢复 does not check the file twice. */
  | ({ valid: true; checked: CheckedBackup } & CheckedBackup['summary'])
  | ({
      valid: false
      kind: BackupProblemKind
      reason: string
      details: readonly string[]
    } & BackupSummary)

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function decodeText(bytes: Uint8Array): string {
  if (bytes.byteLength === 0) {
    throw new BackupFileError('empty', '文件是空的（0 字节），不是社联台备份。')
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    if (endsInsideCharacter(bytes)) throw truncated()
    throw new BackupFileError(
      'not-text',
      '这不是社联台备份文件：内容不是文本（可能是压缩包、表格或其他程序的文件），或者文件已损坏。'
    )
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/** True when the bytes are valid UTF-8 except for a character cut off at the very end. */
function endsInsideCharacter(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true })
    return true
  } catch {
    return false
  }
}

function truncated(): BackupFileError {
  return new BackupFileError(
    'truncated',
    '备份文件不完整：文件在中途就结束了，可能是复制或下载没有完成。请换一份完整的备份文件。'
  )
}

/** Characters V8 quotes on each side of an unexpected token. */
const TOKEN_CONTEXT = 10

/**
 * Where in `text` JSON.parse stopped, from its message: `… at position 123`, or for an
 * unexpected token, which V8 words without a position, from the text it quotes around the
 * token (`Unexpected token 'x', ..."ten before x ten after"... is not valid JSON`).
 */
function errorPosition(message: string, text: string): number | null {
  const position = /position (\d+)/.exec(message)
  if (position) return Number(position[1])
  const quoted =
    /^Unexpected token '([\s\S])', (\.\.\.)?"([\s\S]*)"(\.\.\.)? is not valid JSON$/.exec(message)
  if (!quoted) return null
  const [, token, before, context, after] = quoted
  if (token === undefined || context === undefined) return null
  if (!before) return after ? context.length - TOKEN_CONTEXT : context.indexOf(token)
  const start = text.indexOf(context)
  return start < 0 ? null : start + TOKEN_CONTEXT
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    const message = error instanceof Error ? error.message : ''
    const trimmed = text.trimEnd()
    const at = errorPosition(message, text)
    const looksLikeJson = /^\s*[{[]/.test(text)
    // V8 says "Unexpected end of JSON input", or names a position at the very end, when the
    // text stops early; an unexpected character elsewhere means damage, not truncation.
    if (
      looksLikeJson &&
      (/end of JSON/i.test(message) || (at !== null && at >= trimmed.length - 1))
    ) {
      throw truncated()
    }
    if (looksLikeJson) {
      throw new BackupFileError(
        'corrupt',
        `备份文件已损坏：${at === null ? '' : `第 ${at + 1} 个字符附近`}不是有效的 JSON，不能用来恢复。`
      )
    }
    throw new BackupFileError('foreign', '这不是社联台备份文件：内容不是 JSON 格式。')
  }
}

function summaryOf(header: Record<string, unknown>): BackupSummary {
  const counts = isPlainObject(header.counts) ? header.counts : null
  return {
    appVersion: typeof header.appVersion === 'string' ? header.appVersion : null,
    schemaVersion: Number.isInteger(header.schemaVersion) ? (header.schemaVersion as number) : null,
    exportedAt: typeof header.exportedAt === 'string' ? header.exportedAt : null,
    counts: counts
      ? Object.fromEntries(
          TABLE_NAMES.filter((name) => Number.isInteger(counts[name])).map((name) => [
            name,
            counts[name] as number
          ])
        )
      : null,
    sha256: typeof header.sha256 === 'string' ? header.sha256 : null
  }
}

/** The table names a backup at `schemaVersion` must hold. */
function tableNamesAt(schemaVersion: number): readonly string[] {
  if (schemaVersion === SCHEMA_VERSION) return TABLE_NAMES
  return backupStepFrom(schemaVersion)?.tableNames ?? []
}

function checkVersions(file: Record<string, unknown>): number {
  if (file.format !== BACKUP_FORMAT) {
    if (file.formatName === 'dexie') {
      throw new BackupFileError(
        'foreign',
        '这是 Dexie 导出的数据库文件，不是社联台备份。请选择在社联台“导出备份文件”或自动备份中得到的文件。'
      )
    }
    throw new BackupFileError(
      'foreign',
      `这不是社联台备份文件：缺少“format: ${BACKUP_FORMAT}”标记。请选择在社联台中导出的备份文件。`
    )
  }
  const formatVersion = file.formatVersion
  if (!Number.isInteger(formatVersion) || (formatVersion as number) < 1) {
    throw new BackupFileError(
      'structure',
      '备份文件的格式版本（formatVersion）无效，文件可能被修改过。'
    )
  }
  if ((formatVersion as number) > BACKUP_FORMAT_VERSION) {
    throw new BackupFileError(
      'newer-format',
      `备份文件是新版社联台的格式（第 ${String(formatVersion)} 版），本程序只认识第 ${BACKUP_FORMAT_VERSION} 版，请先升级社联台。`
    )
  }
  const schemaVersion = file.schemaVersion
  if (!Number.isInteger(schemaVersion) || (schemaVersion as number) < 1) {
    throw new BackupFileError(
      'structure',
      '备份文件的数据版本（schemaVersion）无效，文件可能被修改过。'
    )
  }
  const version = schemaVersion as number
  if (version > SCHEMA_VERSION) {
    const app = typeof file.appVersion === 'string' ? `，由社联台 ${file.appVersion} 导出` : ''
    throw new BackupFileError(
      'newer-schema',
      `备份来自更新版本的社联台（v${version}${app}），请先升级社联台再恢复。本程序的数据版本是 v${SCHEMA_VERSION}。`
    )
  }
  if (version < SCHEMA_VERSION && !backupStepFrom(version)) {
    const oldest = Math.min(...BACKUP_STEPS.map((step) => step.from), SCHEMA_VERSION)
    throw new BackupFileError(
      'older-schema',
      `备份来自很早的社联台（数据版本 v${version}），本程序只能恢复 v${oldest} 及以后的备份。`
    )
  }
  return version
}

function checkStructure(file: Record<string, unknown>, schemaVersion: number) {
  const missing: string[] = []
  if (typeof file.appVersion !== 'string') missing.push('程序版本（appVersion）')
  if (typeof file.exportedAt !== 'string' || Number.isNaN(Date.parse(file.exportedAt))) {
    missing.push('导出时间（exportedAt）')
  }
  if (!isPlainObject(file.counts)) missing.push('记录数（counts）')
  if (typeof file.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(file.sha256)) {
    missing.push('校验和（sha256）')
  }
  if (!isPlainObject(file.tables)) missing.push('数据（tables）')
  if (missing.length > 0) {
    throw new BackupFileError(
      'structure',
      `备份文件缺少${missing.join('、')}，或格式不对，文件可能被修改过或不完整。`
    )
  }
  const tables = file.tables as Record<string, unknown>
  const expected = tableNamesAt(schemaVersion)
  for (const name of Object.keys(tables)) {
    if (!expected.includes(name)) {
      throw new BackupFileError(
        'structure',
        `备份中有本程序不认识的数据表“${name}”，不能用来恢复。`
      )
    }
    if (!Array.isArray(tables[name])) {
      throw new BackupFileError('structure', `备份中的数据表“${name}”格式不对，文件可能被修改过。`)
    }
  }
  for (const name of expected) {
    if (!(name in tables)) {
      throw new BackupFileError('structure', `备份缺少数据表“${name}”，文件可能被修改过或不完整。`)
    }
  }
}

function tableLabel(name: string): string {
  return (TABLE_LABELS as Record<string, string>)[name] ?? name
}

function checkCounts(file: Record<string, unknown>) {
  const counts = file.counts as Record<string, unknown>
  const tables = file.tables as Record<string, unknown[]>
  for (const name of new Set([...Object.keys(counts), ...Object.keys(tables)])) {
    const declared = counts[name]
    const actual = tables[name]?.length ?? 0
    if (declared !== actual) {
      throw new BackupFileError(
        'counts',
        `备份文件的记录数对不上：${tableLabel(name)}应有 ${String(declared ?? 0)} 条，文件中是 ${actual} 条。文件可能不完整或被修改过。`
      )
    }
  }
}

function carryForward(
  tables: Record<string, unknown[]>,
  schemaVersion: number
): Record<string, unknown[]> {
  let current = tables
  for (let version = schemaVersion; version < SCHEMA_VERSION; version += 1) {
    try {
      current = backupStepFrom(version)!.migrate(current)
    } catch {
      // A step assumes the rows are as that version wrote them; a signed file whose rows are
      // not (edited by hand, or written by something else) fails there, before checkTables.
      throw new BackupFileError(
        'rows',
        `备份文件中的记录不是第 ${version} 版应有的格式，无法转换到当前版本。文件可能被修改过，请换用其他备份文件。`
      )
    }
  }
  return current
}

/**
 * Reads and checks a whole backup file. Resolves with the rows to store; rejects with a
 * BackupFileError saying what is wrong. Writes nothing.
 */
export async function checkBackupFile(
  bytes: Uint8Array,
  options: { now?: () => Date } = {}
): Promise<CheckedBackup> {
  const parsed = parseJson(decodeText(bytes))
  if (!isPlainObject(parsed)) {
    throw new BackupFileError('foreign', '这不是社联台备份文件：内容不是一个 JSON 对象。')
  }
  const schemaVersion = checkVersions(parsed)
  checkStructure(parsed, schemaVersion)
  checkCounts(parsed)
  const tables = parsed.tables as Record<string, unknown[]>
  if ((await sha256Hex(canonicalJson(tables))) !== parsed.sha256) {
    throw new BackupFileError(
      'checksum',
      '备份文件的校验和不符：文件在导出后被修改过或已经损坏，不能用来恢复。'
    )
  }
  const current = carryForward(tables, schemaVersion) as TableSet
  const now = options.now ?? (() => new Date())
  const checked = checkTables(current, todayInChina(now()))
  if (checked.problems.length > 0) {
    const count = `${checked.truncated ? '至少 ' : ''}${checked.problems.length}`
    throw new BackupFileError(
      'rows',
      `备份中有 ${count} 处数据不符合本程序的规则，不能用来恢复。第一处：${describeProblems(checked.problems.slice(0, 1))[0]}`,
      describeProblems(checked.problems)
    )
  }
  const rows = Object.fromEntries(
    TABLE_NAMES.map((name) => [name, checked.tables[name] ?? []])
  ) as CheckedBackup['tables']
  const header = summaryOf(parsed)
  return {
    summary: {
      appVersion: header.appVersion!,
      schemaVersion,
      exportedAt: header.exportedAt!,
      counts: Object.fromEntries(TABLE_NAMES.map((name) => [name, rows[name].length])) as Record<
        TableName,
        number
      >,
      sha256: header.sha256!
    },
    tables: rows
  }
}

/** What a file holds and whether it can be restored, for the preview before 确认恢复. */
export async function previewBackup(
  bytes: Uint8Array,
  options: { now?: () => Date } = {}
): Promise<BackupPreview> {
  try {
    const checked = await checkBackupFile(bytes, options)
    return { valid: true, ...checked.summary, checked }
  } catch (error) {
    if (!(error instanceof BackupFileError)) throw error
    let summary: BackupSummary = {
      appVersion: null,
      schemaVersion: null,
      exportedAt: null,
      counts: null,
      sha256: null
    }
    // Whatever of the header can be read still helps the user tell which file this was.
    if (!['empty', 'not-text', 'truncated', 'corrupt', 'foreign'].includes(error.kind)) {
      const parsed = JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, '')) as Record<
        string,
        unknown
      >
      summary = summaryOf(parsed)
    }
    return {
      valid: false,
      kind: error.kind,
      reason: error.message,
      details: error.details,
      ...summary
    }
  }
}
