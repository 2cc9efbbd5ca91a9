import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  indexCommunities,
  indexOrganizations,
  indexSocialWorkers,
  readCommunityId,
  readCommunityIds,
  readOrganizationId,
  readSocialWorkerIds
} from '@shared/import/references'
import { cleanText, readText } from '@shared/import/cells'
import { propertyRuns } from '../../helpers/property-runs'
import { cjkName, decorated, errorCell, junkCell, NAMED_COMMUNITIES, STORED } from './arbitraries'
import { USCC } from './fixtures'

const CJK = /[\u3400-\u9fff]/
const communities = indexCommunities(STORED.communities)
const organizations = indexOrganizations(STORED.organizations)
const workers = indexSocialWorkers(STORED.socialWorkers)

const readers = {
  community: (cell: unknown) => readCommunityId(cell, communities),
  communities: (cell: unknown) => readCommunityIds(cell, communities),
  organization: (cell: unknown) => readOrganizationId(cell, organizations),
  workers: (cell: unknown) => readSocialWorkerIds(cell, workers)
}

/** A name no stored record has. */
const unknownName = cjkName(2, 8).map((name) => `${name}新村`)

describe('cells that name stored records', () => {
  it('never throw, and say why they refuse, in Chinese', () => {
    fc.assert(
      fc.property(junkCell, (cell) => {
        for (const read of Object.values(readers)) {
          const result = read(cell)
          if (!result.ok) expect(result.message).toMatch(CJK)
        }
      }),
      propertyRuns(1000)
    )
  })

  it('resolve a community however its name is spaced or widened, told apart by street', () => {
    const named = fc
      .constantFrom(...NAMED_COMMUNITIES)
      .chain(([name, id]) => fc.tuple(decorated(name), fc.constant(id)))
    fc.assert(
      fc.property(
        fc.array(named, { minLength: 1, maxLength: 4 }),
        fc.constantFrom('、', '，', ';', '\n'),
        (cells, separator) => {
          for (const [cell, id] of cells)
            expect(readCommunityId(cell, communities)).toEqual({ ok: true, value: id })
          expect(
            readCommunityIds(cells.map(([cell]) => cell).join(separator), communities)
          ).toEqual({
            ok: true,
            value: [...new Set(cells.map(([, id]) => id))]
          })
        }
      ),
      propertyRuns(300)
    )
  })

  it('refuse a name no record has, a name several share and an archived record, saying which', () => {
    fc.assert(
      fc.property(
        unknownName,
        decorated('南街社区'),
        decorated('旧城社区'),
        (unknown, shared, archived) => {
          expect(readCommunityId(unknown, communities)).toEqual({
            ok: false,
            message: `社区“${unknown}”不在社区名录中，请先在“社区”中新建或导入`
          })
          expect(readCommunityId(shared, communities)).toEqual({
            ok: false,
            message:
              '有 2 个名为“南街社区”的社区（柳城街道、东街街道），请写成“南街社区（柳城街道）”'
          })
          expect(readCommunityId(archived, communities)).toEqual({
            ok: false,
            message: '社区“旧城社区”已归档，请先恢复使用'
          })
          expect(readCommunityIds(`军门社区、${unknown}`, communities).ok).toBe(false)
        }
      ),
      propertyRuns(200)
    )
  })

  it('resolve an organisation by its name in any bracket width or spacing, or by its USCC', () => {
    const written = fc.constantFrom(
      '鼓楼区晨光为老服务中心',
      '鼓楼区 晨光为老服务中心',
      '鼓楼区(晨光)为老服务中心',
      USCC.service,
      USCC.service.toLowerCase()
    )
    fc.assert(
      fc.property(written.chain(decorated), (cell) => {
        expect(readOrganizationId(cell, organizations)).toEqual({ ok: true, value: 'o1' })
      }),
      propertyRuns(200)
    )
  })

  it('resolve social workers by name, by certificate number, or by name with it', () => {
    const named = fc.constantFrom(
      ['林晓梅', 'w1'],
      ['S2019001', 'w1'],
      ['王芳（S2020003）', 'w4'],
      ['王芳(s2020002)', 'w3'],
      ['陈志强', 'w2']
    )
    fc.assert(
      fc.property(fc.array(named, { minLength: 1, maxLength: 4 }), (cells) => {
        expect(readSocialWorkerIds(cells.map(([name]) => name).join('、'), workers)).toEqual({
          ok: true,
          value: [...new Set(cells.map(([, id]) => id))]
        })
      }),
      propertyRuns(200)
    )
  })

  it('refuse a social worker’s name that two share, asking for the certificate number', () => {
    fc.assert(
      fc.property(decorated('王芳'), (cell) => {
        expect(readSocialWorkerIds(cell, workers)).toEqual({
          ok: false,
          message: '有 2 名叫“王芳”的社工，请写成“王芳（证书编号）”'
        })
      }),
      propertyRuns(50)
    )
  })

  it('say of a failed formula that it failed, whatever record the cell names', () => {
    fc.assert(
      fc.property(errorCell, (cell) => {
        const expected = readText(cell)
        for (const read of Object.values(readers)) {
          expect(read(cell)).toEqual(expected)
        }
      }),
      propertyRuns(50)
    )
  })

  it('name an unknown organisation as the sheet writes it', () => {
    fc.assert(
      fc.property(unknownName.chain(decorated), (cell) => {
        expect(readOrganizationId(cell, organizations)).toEqual({
          ok: false,
          message: `“${cleanText(cell)}”不在社会组织名录中，请先在“社会组织”中登记`
        })
      }),
      propertyRuns(100)
    )
  })
})
