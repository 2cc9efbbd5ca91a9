import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { activityImport } from '@shared/import/specs/activities'
import { propertyRuns } from '../../../helpers/property-runs'
import {
  cjkName,
  countCell,
  dateCell,
  decorated,
  dryRunRows,
  expectAllNew,
  isoDateIn,
  NAMED_COMMUNITIES
} from '../arbitraries'
import { TODAY } from '../fixtures'

const KEYS = activityImport.columns.map((column) => column.key)

/** Social workers of STORED a cell can name, with the id each names. */
const WORKERS = [
  ['林晓梅', 'w1'],
  ['王芳（S2020003）', 'w4'],
  ['S2020002', 'w3']
] as const

/** Volunteers, and hours they could have given: whole or half, at most a day each. */
const volunteering = fc.oneof(
  fc.constant({ volunteers: null, hours: null }),
  fc.integer({ min: 1, max: 1000 }).chain((volunteers) =>
    fc.record({
      volunteers: fc.constant(volunteers),
      hours: fc.option(fc.integer({ min: 0, max: volunteers * 48 }).map((halves) => halves / 2))
    })
  )
)

const validRow = fc
  .record({
    // Within the project's service period (2026-03-01 on) and not after today.
    date: isoDateIn('2026-03-01', TODAY),
    title: cjkName(2, 12),
    community: fc.option(fc.constantFrom(...NAMED_COMMUNITIES)),
    participants: fc.nat({ max: 10_000 }),
    volunteering,
    workers: fc.subarray([...WORKERS]),
    note: fc.option(cjkName(1, 50))
  })
  .chain((row) =>
    fc.record({
      row: fc.constant(row),
      cells: fc.record({
        date: dateCell(row.date),
        title: decorated(row.title),
        communityId: row.community === null ? fc.constant(null) : decorated(row.community[0]),
        participants: countCell(row.participants),
        volunteers:
          row.volunteering.volunteers === null
            ? fc.constant(null)
            : countCell(row.volunteering.volunteers),
        volunteerHours: fc.constant(row.volunteering.hours),
        socialWorkerIds: fc.constant(row.workers.map(([name]) => name).join('、')),
        note: fc.constant(row.note)
      })
    })
  )

const sheet = fc.record({
  rows: fc.uniqueArray(validRow, {
    maxLength: 6,
    selector: ({ row }) => `${row.date}|${row.title}|${row.community?.[1] ?? ''}`
  }),
  keys: fc.shuffledSubarray(KEYS, { minLength: KEYS.length })
})

describe('服务记录 rows', () => {
  it('that the form would save are imported as new, with the values the sheet meant', () => {
    fc.assert(
      fc.property(sheet, ({ rows, keys }) => {
        const result = dryRunRows(
          activityImport,
          keys,
          rows.map(({ cells }) => cells)
        )
        const drafts = expectAllNew(activityImport, result, rows.length)
        drafts.forEach((draft, index) => {
          const { row } = rows[index]!
          expect(draft).toEqual({
            projectId: 'p1',
            date: row.date,
            communityId: row.community ? row.community[1] : null,
            title: row.title,
            participants: row.participants,
            volunteers: row.volunteering.volunteers ?? 0,
            volunteerHours: row.volunteering.hours ?? 0,
            socialWorkerIds: row.workers.map(([, id]) => id),
            note: row.note
          })
        })
      }),
      propertyRuns(200)
    )
  })

  it('with more volunteer hours than the volunteers had in a day are refused at the hours column', () => {
    const tooMany = fc.integer({ min: 1, max: 1000 }).chain((volunteers) =>
      fc.tuple(
        fc.constant(volunteers),
        fc
          .integer({ min: volunteers * 48 + 1, max: volunteers * 48 + 2000 })
          .map((halves) => halves / 2)
      )
    )
    fc.assert(
      fc.property(tooMany, ([volunteers, hours]) => {
        const result = dryRunRows(
          activityImport,
          ['date', 'title', 'participants', 'volunteers', 'volunteerHours'],
          [
            {
              date: '2026-05-01',
              title: '义诊',
              participants: 30,
              volunteers,
              volunteerHours: hours
            }
          ]
        )
        expect(result.rows[0]!.errors).toMatchObject([
          {
            column: '志愿服务时长（小时）',
            columnIndex: 4,
            message: `志愿服务时长 ${hours} 小时超过 ${volunteers} 名志愿者一天最多的 ${volunteers * 24} 小时`
          }
        ])
      }),
      propertyRuns(100)
    )
  })
})
