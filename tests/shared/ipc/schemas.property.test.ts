import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  backupNameSchema,
  notifyRequestSchema,
  openFileRequestSchema,
  saveFileRequestSchema,
  writeBackupRequestSchema
} from '@shared/ipc/schemas'
import { FILE_KIND_NAMES } from '@shared/ipc/file-kinds'
import { propertyRuns } from '../../helpers/property-runs'
import { storedJunk } from '../import/arbitraries'

const SCHEMAS = {
  saveFileRequestSchema,
  openFileRequestSchema,
  writeBackupRequestSchema,
  backupNameSchema,
  notifyRequestSchema
}

/** A file name Windows and the other systems accept: no folders, reserved or control characters. */
const ascii = fc.integer({ min: 0, max: 0x7f }).map((code) => String.fromCharCode(code))

const fileName = fc
  .string({
    unit: fc.oneof(fc.constantFrom(...'社联台报表2026年-_ ().'), ascii),
    minLength: 1,
    maxLength: 60
  })
  .filter(
    (name) =>
      !/[\\/:*?"<>|]/.test(name) &&
      [...name].every((ch) => ch.charCodeAt(0) >= 0x20) &&
      name !== '.' &&
      name !== '..'
  )

describe('what the renderer sends the host', () => {
  it('is parsed, never thrown on, whatever it is', () => {
    fc.assert(
      fc.property(storedJunk, (value) => {
        for (const schema of Object.values(SCHEMAS)) {
          expect(typeof schema.safeParse(value).success).toBe('boolean')
        }
      }),
      propertyRuns(500)
    )
  })

  it('saves a file under a plain name, and refuses one with a folder, a reserved or a control character', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FILE_KIND_NAMES),
        fileName,
        fc.constantFrom('/', '\\', ':', '*', '?', '"', '<', '>', '|', '\u0000', '\n', '\u001f'),
        fc.nat({ max: 60 }),
        (kind, name, bad, at) => {
          const data = new Uint8Array([1, 2, 3])
          expect(saveFileRequestSchema.safeParse({ kind, suggestedName: name, data }).success).toBe(
            true
          )
          const spot = at % (name.length + 1)
          const unsafe = `${name.slice(0, spot)}${bad}${name.slice(spot)}`
          expect(
            saveFileRequestSchema.safeParse({ kind, suggestedName: unsafe, data }).success
          ).toBe(false)
          expect(
            saveFileRequestSchema.safeParse({ kind, suggestedName: name, data: [...data] }).success
          ).toBe(false)
        }
      ),
      propertyRuns(500)
    )
  })

  it('shows a notification only without control characters, the body’s line breaks aside', () => {
    const text = fc.string({
      unit: fc.oneof(fc.constantFrom('待', '办', '到', '期', ' ', '\n', '\t', '\u0007'), ascii),
      maxLength: 40
    })
    fc.assert(
      fc.property(text, text, (title, body) => {
        const control = (value: string, lines: boolean) =>
          [...value].some((ch) => ch.charCodeAt(0) < 0x20 && !(lines && ch === '\n'))
        const accepted = notifyRequestSchema.safeParse({ title, body }).success
        expect(accepted).toBe(title.length >= 1 && !control(title, false) && !control(body, true))
      }),
      propertyRuns(500)
    )
  })
})
