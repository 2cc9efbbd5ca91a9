/**
 * 操作日志 names every changed field in Chinese: walks every table of the schema and, for the
 * fields its records carry (every key found on any sample record of the table, so optional
 * fields some records leave out are covered too), checks each has a label.
 */
import { describe, expect, it } from 'vitest'
import { TABLE_NAMES, type TableName } from '@renderer/db/schema'
import { createSettingsRepository } from '@renderer/db/repositories/settings-repository'
import { fieldLabel } from '@renderer/features/audit-log/field-labels'
import { SAMPLE, freshDb } from '../../db/helpers'

/** Fields an audit entry never lists: bookkeeping (changedFields and the repositories skip them). */
const NEVER_AUDITED = new Set(['id', 'createdAt', 'updatedAt', 'pinyin', 'pinyinInitials'])

const HAN = /\p{Script=Han}/u

/** The tables whose rows are records; settings and the log itself are walked apart. */
const RECORD_TABLES = TABLE_NAMES.filter(
  (table): table is Exclude<TableName, 'settings' | 'auditLog'> =>
    table !== 'settings' && table !== 'auditLog'
)

function fieldsOf(records: readonly object[]): string[] {
  const fields = new Set<string>()
  for (const record of records) for (const key of Object.keys(record)) fields.add(key)
  return [...fields].filter((field) => !NEVER_AUDITED.has(field)).sort()
}

/** `table.field` for every field without a Chinese label. */
function unlabelled(table: string, fields: readonly string[]): string[] {
  return fields
    .filter((field) => !HAN.test(fieldLabel(table, field)))
    .map((field) => `${table}.${field}`)
}

describe('fieldLabel', () => {
  it('has sample records for every table it walks, so no table passes empty', () => {
    expect(RECORD_TABLES.filter((table) => SAMPLE[table].length === 0)).toEqual([])
  })

  it.each(RECORD_TABLES)('names every field of %s in Chinese', (table) => {
    expect(unlabelled(table, fieldsOf(SAMPLE[table]))).toEqual([])
  })

  it('names every field of each 设置 group in Chinese', async () => {
    const settings = createSettingsRepository(freshDb())
    const groups = {
      general: await settings.getGeneral(),
      incubation: await settings.getIncubation(),
      grading: await settings.getGrading(),
      reportFont: await settings.getReportFont()
    }
    const missing = Object.values(groups).flatMap((group) =>
      unlabelled('settings', fieldsOf([group]))
    )
    expect(missing).toEqual([])
  })

  it('keeps a field no map names as it is, rather than guessing', () => {
    expect(fieldLabel('projects', 'notAField')).toBe('notAField')
  })
})
