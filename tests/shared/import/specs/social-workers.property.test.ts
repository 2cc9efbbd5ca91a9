import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { SOCIAL_WORK_SPECIALTIES } from '@shared/domain/social-workers/social-worker'
import { socialWorkerImport } from '@shared/import/specs/social-workers'
import { propertyRuns } from '../../../helpers/property-runs'
import {
  cjkName,
  dateCell,
  decorated,
  dryRunRows,
  enumCell,
  expectAllNew,
  isoDateIn,
  NAMED_COMMUNITIES,
  validPhone,
  validResidentId
} from '../arbitraries'
import { ID_NUMBER, TODAY, USCC } from '../fixtures'

const KEYS = socialWorkerImport.columns.map((column) => column.key)
const CJK = /[\u3400-\u9fff]/

/** Organisations of STORED a cell can name (by name or USCC), with the id each names. */
const EMPLOYERS = [
  ['鼓楼区晨光为老服务中心', 'o1'],
  [USCC.service, 'o1'],
  ['军门社区夕阳红志愿服务队', 'o2'],
  ['军门社区（夕阳红）志愿服务队', 'o2']
] as const

/** A level and the certificate number it asks for (none for 未持证). */
const certificate = fc.oneof(
  fc.record({
    level: fc.constant('未持证' as const),
    written: enumCell(['未持证', '无', '无证', '未取得']),
    certNo: fc.constant(null)
  }),
  fc
    .constantFrom(
      ['助理社会工作师', ['助理社会工作师', '助理社工师', '初级']],
      ['社会工作师', ['社会工作师', '社工师', '中级']],
      ['高级社会工作师', ['高级社会工作师', '高级']]
    )
    .chain(([level, words]) =>
      fc.record({
        level: fc.constant(level),
        written: enumCell(words),
        certNo: fc.stringMatching(/^T\d{6,10}$/)
      })
    )
)

const specialty = fc.oneof(fc.constantFrom(...SOCIAL_WORK_SPECIALTIES), cjkName(1, 20))

const validRow = fc
  .record({
    name: cjkName(2, 4),
    gender: fc.constantFrom(['男', ['男', '男性', 'M', 'm']], ['女', ['女', '女性', 'F']] as const),
    certificate,
    registrationValidUntil: fc.option(isoDateIn('2020-01-01', '2030-12-31')),
    employer: fc.option(fc.constantFrom(...EMPLOYERS)),
    communities: fc.subarray([...NAMED_COMMUNITIES]),
    specialties: fc.array(specialty, { maxLength: 20 }),
    phone: fc.option(validPhone),
    idNumber: fc.option(validResidentId(TODAY).filter((id) => id !== ID_NUMBER))
  })
  .chain((row) =>
    fc.record({
      row: fc.constant(row),
      cells: fc.record({
        name: decorated(row.name),
        gender: enumCell(row.gender[1]),
        certLevel: fc.constant(row.certificate.written),
        certNo: fc.constant(row.certificate.certNo),
        registrationValidUntil:
          row.registrationValidUntil === null
            ? fc.constant(null)
            : dateCell(row.registrationValidUntil),
        employerId: row.employer === null ? fc.constant(null) : decorated(row.employer[0]),
        communityIds: fc.constant(row.communities.map(([name]) => name).join('、')),
        specialties: fc
          .constantFrom('、', '，', '；', '\n')
          .map((separator) => row.specialties.join(separator)),
        phone: fc.constant(row.phone),
        idNumber: fc.constant(row.idNumber)
      })
    })
  )

/** Two rows are one worker when they share a certificate number, or, without one, an ID number. */
const identity = ({
  row
}: {
  row: { certificate: { certNo: string | null }; idNumber: string | null; name: string }
}) => row.certificate.certNo ?? row.idNumber ?? `name:${row.name}`

const sheet = fc.record({
  rows: fc.uniqueArray(validRow, { maxLength: 6, selector: identity }),
  keys: fc.shuffledSubarray(KEYS, { minLength: KEYS.length })
})

describe('社工 rows', () => {
  it('that the form would save are imported as new, with the values the sheet meant', () => {
    fc.assert(
      fc.property(sheet, ({ rows, keys }) => {
        const result = dryRunRows(
          socialWorkerImport,
          keys,
          rows.map(({ cells }) => cells)
        )
        const drafts = expectAllNew(socialWorkerImport, result, rows.length)
        drafts.forEach((draft, index) => {
          const { row } = rows[index]!
          expect(draft).toEqual({
            name: row.name,
            gender: row.gender[0],
            certLevel: row.certificate.level,
            certNo: row.certificate.certNo,
            registrationValidUntil: row.registrationValidUntil,
            employerId: row.employer ? row.employer[1] : null,
            communityIds: [...new Set(row.communities.map(([, id]) => id))],
            specialties: row.specialties,
            phone: row.phone,
            idNumber: row.idNumber
          })
        })
      }),
      propertyRuns(200)
    )
  })

  it('whatever the number of 专长 listed, are accepted or refused at that column in Chinese', () => {
    fc.assert(
      fc.property(
        // Lengths drawn evenly: fast-check keeps arrays short by default.
        fc.nat({ max: 40 }).chain((n) => fc.array(specialty, { minLength: n, maxLength: n })),
        (specialties) => {
          const result = dryRunRows(
            socialWorkerImport,
            ['name', 'gender', 'certLevel', 'specialties'],
            [
              {
                name: '林晓梅',
                gender: '女',
                certLevel: '未持证',
                specialties: specialties.join('、')
              }
            ]
          )
          const [row] = result.rows
          expect(row!.status === 'error').toBe(specialties.length > 20)
          for (const issue of row!.errors) {
            expect(issue.column).toBe('专长')
            expect(issue.message).toMatch(CJK)
          }
        }
      ),
      propertyRuns(100)
    )
  })
})
