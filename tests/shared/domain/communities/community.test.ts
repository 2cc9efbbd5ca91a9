import { describe, expect, it } from 'vitest'
import { checkCommunity } from '@shared/domain/communities/community'
import { parseDivisionCode } from '@shared/domain/identifiers/division-code'

const valid = {
  name: '军门社区',
  district: '鼓楼区',
  subdistrict: '鼓东街道',
  divisionCode: '350102001001',
  households: 3200,
  population: 8900,
  grids: 12
}

describe('checkCommunity', () => {
  it('accepts a community with a well-formed division code', () => {
    expect(checkCommunity(valid)).toMatchObject({ ok: true, warnings: [] })
  })

  it('refuses a division code of the wrong shape with its reason', () => {
    const result = checkCommunity({ ...valid, divisionCode: '35010200100' })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.issues[0]).toMatchObject({ field: 'divisionCode' })
  })

  it('warns when households outnumber residents', () => {
    const result = checkCommunity({ ...valid, households: 9000 })
    expect(result.ok && result.warnings.map((w) => w.field)).toEqual(['households'])
  })
})

describe('parseDivisionCode', () => {
  it('splits 220581102001 into its levels', () => {
    expect(parseDivisionCode('220581102001')).toEqual({
      ok: true,
      parts: {
        province: '220000',
        prefecture: '220500',
        county: '220581',
        township: '220581102',
        townshipKind: '镇',
        villageKind: '居委会（社区）'
      }
    })
    expect(parseDivisionCode('220581102200')).toMatchObject({ parts: { villageKind: '村委会' } })
  })

  it.each([
    ['35010200100', '12 位'],
    ['99010200100１', '12 位'],
    ['990102001001', '省级'],
    ['350100001001', '县级'],
    ['350102000001', '乡级'],
    ['350102001400', '村级']
  ])('refuses %s', (code, fragment) => {
    const result = parseDivisionCode(code)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toContain(fragment)
  })
})
