import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalizeCode } from '@shared/domain/identifiers/issues'
import { USCC_CHARSET } from '@shared/domain/identifiers/uscc'
import {
  LEGAL_FORMS,
  ORGANIZATION_CATEGORIES,
  RATING_GRADES,
  type OrganizationDraft
} from '@shared/domain/organizations/organization'
import { organizationImport, SERVICE_CATEGORY } from '@shared/import/specs/organizations'
import { propertyRuns } from '../../../helpers/property-runs'
import {
  cjkName,
  countCell,
  dateCell,
  decorated,
  enumCell,
  expectAllNew,
  dryRunRows,
  isoDateIn,
  NAMED_COMMUNITIES,
  validPhone,
  validResidentId,
  validUscc
} from '../arbitraries'
import { TODAY } from '../fixtures'

const KEYS = organizationImport.columns.map((column) => column.key)

/** How a registration reads: status, form and the identifier the status asks for. */
const registration = fc.oneof(
  validUscc.chain(({ prefix, code }) =>
    fc.record({
      identity: fc.constant(`uscc:${code}`),
      status: fc.constant('已登记' as const),
      registrationStatus: enumCell(['已登记', '登记', '已注册', '正常']),
      form: fc.constant(
        prefix === '51' ? '社会团体' : prefix === '52' ? '社会服务机构' : ('基金会' as const)
      ),
      legalForm: enumCell(
        prefix === '51'
          ? ['社会团体', '社团']
          : prefix === '52'
            ? ['社会服务机构', '民非', '民办非企业单位']
            : ['基金会']
      ),
      uscc: fc.constantFrom(code, code.toLowerCase()).chain(decorated)
    })
  ),
  fc.nat({ max: 999 }).chain((number) =>
    fc.record({
      identity: fc.constant(`filing:${number}`),
      status: fc.constant('备案' as const),
      registrationStatus: enumCell(['备案', '已备案']),
      form: fc.constant('社区社会组织' as const),
      legalForm: enumCell(['社区社会组织', '社区组织', '社区社会组织（备案）']),
      filingNo: fc.constant(`温民备〔2025〕${number}号`)
    })
  ),
  fc.constantFrom(...LEGAL_FORMS).chain((form) =>
    fc.record({
      identity: fc.constant(null),
      status: fc.constant('筹备' as const),
      registrationStatus: enumCell(['筹备', '筹备中', '在筹']),
      form: fc.constant(form),
      legalForm: enumCell([form])
    })
  )
)

const GRADE_WRITINGS = RATING_GRADES.map((grade) => {
  const stars = 'A'.repeat(Number(grade[0]))
  return [grade, [grade, stars, `${stars}级`, `${grade}级`]] as const
})

const rating = fc.option(
  fc.record({
    grade: fc.constantFrom(...GRADE_WRITINGS),
    score: fc.integer({ min: 0, max: 10_000 }).map((tenths) => tenths / 10),
    ratedOn: isoDateIn('2010-01-01', TODAY)
  })
)

/** A row the organisation form would save, written the many ways a register writes one. */
const validRow = fc
  .record({
    name: cjkName(2, 10).map((name) => `${name}服务中心`),
    registration,
    category: enumCell([...ORGANIZATION_CATEGORIES, ...Object.keys(SERVICE_CATEGORY.synonyms!)]),
    origin: fc.option(enumCell(['内生型', '外生型', '本土', '引进'])),
    legalRepName: fc.option(cjkName(2, 4)),
    legalRepIdNumber: fc.option(validResidentId(TODAY)),
    legalRepPhone: fc.option(validPhone),
    contactPhone: fc.option(validPhone),
    communities: fc.subarray([...NAMED_COMMUNITIES]),
    staffCount: fc.option(fc.nat({ max: 100_000 })),
    establishedOn: fc.option(isoDateIn('1990-01-01', TODAY)),
    rating
  })
  .chain((row) =>
    fc.record({
      row: fc.constant(row),
      cells: fc.record({
        name: decorated(row.name),
        uscc: fc.constant('uscc' in row.registration ? row.registration.uscc : null),
        filingNo: fc.constant('filingNo' in row.registration ? row.registration.filingNo : null),
        registrationStatus: fc.constant(row.registration.registrationStatus),
        legalForm: fc.constant(row.registration.legalForm),
        category: fc.constant(row.category),
        origin: fc.constant(row.origin),
        legalRepName: fc.constant(row.legalRepName),
        legalRepIdNumber: fc.constant(row.legalRepIdNumber),
        legalRepPhone: fc.constant(row.legalRepPhone),
        contactPhone: fc.constant(row.contactPhone),
        communityIds: fc
          .constantFrom('、', '，', ';', '\n')
          .map((separator) => row.communities.map(([name]) => name).join(separator)),
        staffCount: row.staffCount === null ? fc.constant(null) : countCell(row.staffCount),
        establishedOn: row.establishedOn === null ? fc.constant(null) : dateCell(row.establishedOn),
        ratingGrade: row.rating ? fc.constantFrom(...row.rating.grade[1]) : fc.constant(null),
        ratingScore: fc.constant(row.rating ? row.rating.score : null),
        ratedOn: row.rating ? dateCell(row.rating.ratedOn) : fc.constant(null)
      })
    })
  )

const sheet = fc.record({
  rows: fc.uniqueArray(validRow, {
    maxLength: 6,
    selector: ({ row }) => row.registration.identity ?? `name:${row.name}`
  }),
  keys: fc.shuffledSubarray(KEYS, { minLength: KEYS.length })
})

describe('社会组织 rows', () => {
  it('that the form would save are imported as new, with the values the sheet meant', () => {
    fc.assert(
      fc.property(sheet, ({ rows, keys }) => {
        const result = dryRunRows(
          organizationImport,
          keys,
          rows.map(({ cells }) => cells)
        )
        const drafts: OrganizationDraft[] = expectAllNew(organizationImport, result, rows.length)
        drafts.forEach((draft, index) => {
          const { row } = rows[index]!
          expect(draft.name).toBe(row.name)
          expect(draft.registrationStatus).toBe(row.registration.status)
          expect(draft.legalForm).toBe(row.registration.form)
          if ('uscc' in row.registration) {
            expect(normalizeCode(draft.uscc!)).toBe(row.registration.identity.slice(5))
          }
          expect(draft.communityIds).toEqual([...new Set(row.communities.map(([, id]) => id))])
          expect(draft.staffCount).toBe(row.staffCount ?? 0)
          expect(draft.establishedOn).toBe(row.establishedOn)
          expect(draft.rating).toEqual(
            row.rating
              ? { grade: row.rating.grade[0], score: row.rating.score, ratedOn: row.rating.ratedOn }
              : null
          )
        })
      }),
      propertyRuns(150)
    )
  })

  it('with one character of the USCC mistyped are refused at that column, by the check character', () => {
    const mistyped = validUscc.chain(({ code }) =>
      fc
        .tuple(fc.integer({ min: 0, max: 17 }), fc.constantFrom(...USCC_CHARSET))
        .filter(([at, ch]) => code[at] !== ch && (at < 2 || at > 7 || /\d/.test(ch)))
        .map(([at, ch]) => `${code.slice(0, at)}${ch}${code.slice(at + 1)}`)
    )
    fc.assert(
      fc.property(mistyped, cjkName(2, 10), (uscc, name) => {
        const result = dryRunRows(
          organizationImport,
          ['name', 'uscc', 'category'],
          [{ name, uscc, category: '为老服务' }]
        )
        const [row] = result.rows
        expect(row!.status).toBe('error')
        expect(row!.errors.map((issue) => [issue.column, issue.columnIndex])).toEqual([
          ['统一社会信用代码', 1]
        ])
        expect(row!.errors[0]!.message).toMatch(/^第 18 位校验码应为“.”，实际为“.”/)
      }),
      propertyRuns(200)
    )
  })
})
