import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, daysBetween } from '@shared/domain/dates'
import { excelValue, shownText } from '@shared/export/cell-values'
import {
  cleanText,
  readAmount,
  readCount,
  readDate,
  readNumber,
  readText
} from '@shared/import/cells'
import { propertyRuns } from '../../helpers/property-runs'
import { junkText } from '../import/arbitraries'

/** What the import reads from a cell the export wrote: the same value, whichever way it is read. */
describe('an exported cell read back by the import', () => {
  it('gives back the amount in 分, from the number written and from the text shown', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 13 }), (fen) => {
        const written = excelValue('yuan', fen)
        expect(readAmount(written)).toEqual({ ok: true, value: fen })
        expect(readAmount(shownText('yuan', written))).toEqual({ ok: true, value: fen })
      }),
      propertyRuns(1000)
    )
  })

  it('gives back the date, read as a date cell or as the serial written', () => {
    const date = fc
      .integer({ min: 0, max: daysBetween('1900-03-01', '2100-12-31') })
      .map((days) => addDays('1900-03-01', days))
    fc.assert(
      fc.property(date, (iso) => {
        const serial = excelValue('date', iso) as number
        expect(readDate(serial)).toEqual({ ok: true, value: iso })
        // exceljs hands a date-formatted cell over as UTC midnight of its day.
        const cell = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000)
        expect(readDate(cell)).toEqual({ ok: true, value: iso })
        expect(readDate(shownText('date', serial))).toEqual({ ok: true, value: iso })
      }),
      propertyRuns(500)
    )
  })

  it('gives back counts and scores as the numbers written', () => {
    fc.assert(
      fc.property(
        fc.maxSafeNat(),
        fc.double({ min: 0, max: 1000, noNaN: true }),
        (count, score) => {
          expect(readCount(excelValue('number', count))).toEqual({ ok: true, value: count })
          expect(readNumber(excelValue('number', score))).toEqual({ ok: true, value: score })
          expect(readCount(excelValue('number', count.toLocaleString('en-US')))).toEqual({
            ok: true,
            value: count
          })
        }
      ),
      propertyRuns(500)
    )
  })

  it('gives back text as the import stores it', () => {
    fc.assert(
      fc.property(junkText, (text) => {
        const read = readText(excelValue('text', text))
        expect(read).toEqual({ ok: true, value: cleanText(text) === '' ? null : cleanText(text) })
      }),
      propertyRuns(500)
    )
  })
})
