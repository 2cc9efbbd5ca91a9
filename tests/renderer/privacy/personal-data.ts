/**
 * The personal data the demo set puts in the database, and a search for it in exported text:
 * the privacy tests' yardstick. An export may show an ID number as `350102********123X` and a
 * phone as `138****8000`; what it must not carry — unless the user confirmed showing it in
 * full — is any stored value whole.
 */
import type { ShelianDatabase } from '@renderer/db/schema'
import { loadSampleData } from '@renderer/db/sample-data'
import { freshDatabase } from '../helpers/render-app'
import { NOW } from '../db/helpers'

export interface PersonalData {
  /** 18-character resident ID numbers, upper case. */
  idNumbers: ReadonlySet<string>
  /** Phone numbers, digits only. */
  phones: ReadonlySet<string>
}

const ID_FIELD = /idnumber$/i
const PHONE_FIELD = /phone$/i

/** How a value is compared: without spaces and hyphens, upper case (the X of an ID number). */
export function normalise(text: string): string {
  return text.replace(/[\s-]/g, '').toUpperCase()
}

function collect(value: unknown, key: string, into: { ids: Set<string>; phones: Set<string> }) {
  if (typeof value === 'string') {
    if (value.trim() === '') return
    if (ID_FIELD.test(key)) into.ids.add(normalise(value))
    else if (PHONE_FIELD.test(key)) into.phones.add(normalise(value))
    return
  }
  if (Array.isArray(value)) {
    for (const item of value) collect(item, key, into)
  } else if (value !== null && typeof value === 'object') {
    for (const [field, inner] of Object.entries(value)) collect(inner, field, into)
  }
}

/**
 * Every ID number and phone stored anywhere in the database: any field, at any depth, whose name
 * ends in `idNumber` or `phone` (legalRepIdNumber, contactPhone, a reviewer's phone …), so a new
 * table or field with personal data is searched for without this list changing. The audit log
 * is left out: it holds the same values again, as changes.
 */
export async function personalDataIn(db: ShelianDatabase): Promise<PersonalData> {
  const into = { ids: new Set<string>(), phones: new Set<string>() }
  for (const table of db.tables) {
    if (table.name === 'auditLog') continue
    for (const row of await table.toArray()) collect(row, '', into)
  }
  return { idNumbers: into.ids, phones: into.phones }
}

/**
 * The stored ID numbers and phones that occur whole in `text` (compared without spaces and
 * hyphens, so a number split by a line break or written `138-0013-8000` still counts).
 */
export function personalValuesIn(text: string, data: PersonalData): string[] {
  const found = new Set<string>()
  for (const run of normalise(text).match(/[0-9X]{11,}/g) ?? []) {
    for (let start = 0; start + 11 <= run.length; start += 1) {
      const phone = run.slice(start, start + 11)
      if (data.phones.has(phone)) found.add(phone)
      const id = run.slice(start, start + 18)
      if (id.length === 18 && data.idNumbers.has(id)) found.add(id)
    }
  }
  return [...found].sort()
}

/** A fresh database with the demo set exactly as 设置 → 载入示例数据 loads it. */
export async function demoDatabase(): Promise<ShelianDatabase> {
  const db = freshDatabase()
  await loadSampleData(db, { now: () => NOW })
  return db
}
