import fc from 'fast-check'
import { describe, expect, expectTypeOf, it } from 'vitest'
import type { z } from 'zod'
import type { IndicatorLevel, IndicatorNode } from '@shared/domain/performance/indicator'
import {
  achievement,
  addIndicator,
  depthFirst,
  fillActuals,
  formatTarget,
  indicatorNodeSchema,
  indicatorPath,
  indicatorTreeSchema,
  instantiateTemplate,
  moveIndicator,
  removeIndicator,
  treeIssues,
  updateIndicator
} from '@shared/domain/performance/indicator-tree'

function node(
  key: string,
  parentKey: string | null,
  level: IndicatorLevel,
  name: string,
  weight: number,
  more: Partial<IndicatorNode> = {}
): IndicatorNode {
  return {
    key,
    parentKey,
    level,
    name,
    weight,
    target: null,
    metric: null,
    actual: null,
    scoringRule: null,
    ...more
  }
}

/** 产出 60 (数量 40: 场次 20 + 人次 20; 质量 20) and 满意度 40, a leaf at the first level. */
const tree: IndicatorNode[] = [
  node('output', null, 1, '产出指标', 60),
  node('quantity', 'output', 2, '产出数量', 40),
  node('sessions', 'quantity', 3, '活动场次', 20, {
    target: { value: 24, unit: '场', comparison: '≥' },
    metric: 'sessions'
  }),
  node('participants', 'quantity', 3, '服务人次', 20, {
    target: { value: 600, unit: '人次', comparison: '≥' },
    metric: 'participants'
  }),
  node('quality', 'output', 2, '产出质量', 20, {
    target: { value: 95, unit: '%', comparison: '≥' },
    actual: 97
  }),
  node('satisfaction', null, 1, '满意度指标', 40, {
    target: { value: 90, unit: '%', comparison: '≥' }
  })
]

const keys = (nodes: readonly IndicatorNode[]) => nodes.map((indicator) => indicator.key)

/** `tree` with the indicator `key` changed. */
function edited(key: string, patch: Partial<IndicatorNode>): IndicatorNode[] {
  return tree.map((indicator) => (indicator.key === key ? { ...indicator, ...patch } : indicator))
}

describe('indicatorTreeSchema', () => {
  it('reads a tree back exactly as written', () => {
    expect(indicatorTreeSchema.parse(tree)).toEqual(tree)
  })

  it('produces the IndicatorNode contract', () => {
    expectTypeOf<z.output<typeof indicatorNodeSchema>>().toEqualTypeOf<IndicatorNode>()
  })

  it('trims names and stores an empty scoring rule as null', () => {
    const parsed = indicatorNodeSchema.parse({ ...tree[0], name: ' 产出指标 ', scoringRule: '' })
    expect(parsed).toEqual(tree[0])
  })

  it.each([
    [{ level: 4 }, 'level', '指标层级须为一级、二级或三级'],
    [{ name: ' ' }, 'name', '请填写指标名称'],
    [{ weight: -1 }, 'weight', '权重不能为负'],
    [{ weight: 101 }, 'weight', '权重不能超过 100'],
    [
      { target: { value: 24, unit: '场', comparison: '>' } },
      'target.comparison',
      '指标值的比较方式须为 ≥、≤ 或 ='
    ],
    [{ metric: 'budget' }, 'metric', '指标的数据来源不是服务记录中的统计项'],
    [{ actual: '12' }, 'actual', '实际值须为数字']
  ])('refuses %j', (patch, path, message) => {
    const result = indicatorTreeSchema.safeParse([{ ...tree[2], ...patch }])
    expect(result.error?.issues).toMatchObject([{ path: [0, ...path.split('.')], message }])
  })

  it('refuses fields it does not know', () => {
    const result = indicatorTreeSchema.safeParse([{ ...tree[2], score: 5 }])
    expect(result.error?.issues).toMatchObject([{ code: 'unrecognized_keys', keys: ['score'] }])
  })
})

describe('treeIssues', () => {
  it('finds nothing wrong with a tree whose weights add up at every level', () => {
    expect(treeIssues(tree)).toEqual([])
  })

  it('finds nothing wrong with an empty tree (a project before its 绩效目标表 is set)', () => {
    expect(treeIssues([])).toEqual([])
  })

  describe('weights', () => {
    it('wants the first level to add up to 100', () => {
      expect(treeIssues(edited('satisfaction', { weight: 35 }))).toEqual([
        { field: 'indicators', level: 'error', message: '一级指标权重合计 95，应为 100' }
      ])
    })

    it("wants a node's children to add up to its weight, naming the node", () => {
      expect(treeIssues(edited('sessions', { weight: 15 }))).toEqual([
        {
          field: 'indicators.1.weight',
          level: 'error',
          message: '“产出数量”下级权重合计 35，应为 40'
        }
      ])
    })

    it('wants every leaf to carry some weight', () => {
      const zero = edited('sessions', { weight: 0 }).map((indicator) =>
        indicator.key === 'participants' ? { ...indicator, weight: 40 } : indicator
      )
      expect(treeIssues(zero)).toEqual([
        { field: 'indicators.2.weight', level: 'error', message: '“活动场次”的权重须大于 0' }
      ])
    })

    it.each([
      [20.5, 19.5, []],
      [
        20.25,
        19.75,
        [
          {
            field: 'indicators.2.weight',
            level: 'error',
            message: '“活动场次”的权重 20.25 须为整分或半分（如 2.5）'
          },
          {
            field: 'indicators.3.weight',
            level: 'error',
            message: '“服务人次”的权重 19.75 须为整分或半分（如 2.5）'
          }
        ]
      ]
    ])('takes whole and half points only (%s + %s)', (sessions, participants, issues) => {
      const split = edited('sessions', { weight: sessions }).map((indicator) =>
        indicator.key === 'participants' ? { ...indicator, weight: participants } : indicator
      )
      expect(treeIssues(split)).toEqual(issues)
    })

    it('reports exactly the one sum a changed leaf weight breaks, for any valid tree', () => {
      fc.assert(
        fc.property(validTree(), fc.nat(), fc.constantFrom(0.5, -0.5, 3), (generated, pick, by) => {
          expect(treeIssues(generated)).toEqual([])
          const children = new Set(generated.map((indicator) => indicator.parentKey))
          const leaves = generated.filter((indicator) => !children.has(indicator.key))
          const leaf = leaves[pick % leaves.length]!
          if (leaf.weight + by <= 0) return
          const changed = generated.map((indicator) =>
            indicator === leaf ? { ...indicator, weight: indicator.weight + by } : indicator
          )
          const parentIndex = generated.findIndex((indicator) => indicator.key === leaf.parentKey)
          expect(treeIssues(changed)).toEqual([
            {
              field: parentIndex === -1 ? 'indicators' : `indicators.${parentIndex}.weight`,
              level: 'error',
              message: expect.stringMatching(/权重合计 [\d.]+，应为 [\d.]+$/)
            }
          ])
        })
      )
    })
  })

  describe('structure', () => {
    it.each([
      [
        'a repeated key',
        edited('participants', { key: 'sessions' }),
        { field: 'indicators.3.key', level: 'error', message: '“服务人次”的编号与“活动场次”重复' }
      ],
      [
        'a parent that does not exist',
        edited('participants', { parentKey: 'nowhere' }),
        { field: 'indicators.3.parentKey', level: 'error', message: '“服务人次”的上级指标不存在' }
      ],
      [
        'a first-level indicator with a parent',
        edited('satisfaction', { parentKey: 'output' }),
        {
          field: 'indicators.5.parentKey',
          level: 'error',
          message: '“满意度指标”是一级指标，不应有上级指标'
        }
      ],
      [
        'a second-level indicator without a parent',
        edited('quality', { parentKey: null }),
        {
          field: 'indicators.4.parentKey',
          level: 'error',
          message: '“产出质量”是二级指标，须有上级指标'
        }
      ],
      [
        'a level skipped',
        edited('sessions', { parentKey: 'output' }),
        {
          field: 'indicators.2.level',
          level: 'error',
          message: '“活动场次”的上级“产出指标”是一级指标，“活动场次”应为二级指标'
        }
      ],
      [
        'a fourth level',
        [...tree, node('deeper', 'sessions', 3, '周末场次', 5)],
        {
          field: 'indicators.6.parentKey',
          level: 'error',
          message: '“活动场次”已是三级指标，不能再有下级指标'
        }
      ],
      [
        'a child listed before its parent',
        [tree[0]!, tree[2]!, tree[1]!, ...tree.slice(3)],
        { field: 'indicators.1', level: 'error', message: '“活动场次”应排在其上级“产出数量”之后' }
      ]
    ])('refuses %s', (_case, broken, issue) => {
      expect(treeIssues(broken)).toContainEqual(issue)
    })

    it('warns about two siblings of the same name', () => {
      expect(treeIssues(edited('participants', { name: '活动场次' }))).toEqual([
        { field: 'indicators.3.name', level: 'warning', message: '“产出数量”下有两项“活动场次”' }
      ])
    })

    it('prefixes field paths as asked, for a tree stored under another name', () => {
      expect(treeIssues(edited('sessions', { weight: 15 }), 'tree')[0]?.field).toBe('tree.1.weight')
    })
  })

  describe('targets', () => {
    it('wants a unit with every target value', () => {
      const noUnit = edited('quality', { target: { value: 95, unit: ' ', comparison: '≥' } })
      expect(treeIssues(noUnit)).toEqual([
        {
          field: 'indicators.4.target.unit',
          level: 'error',
          message: '“产出质量”的指标值须填写计量单位'
        }
      ])
    })

    it('warns when a target filled from activities is not in the unit they are counted in', () => {
      const inDays = edited('sessions', {
        name: '志愿服务时长',
        metric: 'volunteerHours',
        target: { value: 20, unit: '天', comparison: '≥' }
      })
      expect(treeIssues(inDays)).toEqual([
        {
          field: 'indicators.2.target.unit',
          level: 'warning',
          message:
            '“志愿服务时长”的实际值取自服务记录的志愿服务时长（单位“小时”），指标值单位却是“天”'
        }
      ])
    })

    it.each([
      ['target', { target: { value: 1, unit: '项', comparison: '≥' } }],
      ['metric', { metric: 'sessions' }],
      ['actual', { actual: 3 }]
    ] as const)('keeps %s on leaves only', (field, patch) => {
      expect(treeIssues(edited('quantity', patch))).toEqual([
        {
          field: `indicators.1.${field}`,
          level: 'error',
          message: '“产出数量”有下级指标，指标值、数据来源和实际值应填在下级指标上'
        }
      ])
    })
  })
})

interface Shape {
  share: number
  children: Shape[]
}

/**
 * Valid trees: up to four first-level indicators sharing 100 points, each split again at
 * random down to the third level, in half points; parents first.
 */
function validTree(): fc.Arbitrary<IndicatorNode[]> {
  const share = fc.integer({ min: 1, max: 9 })
  const shapes = (below: fc.Arbitrary<Shape[]>, minLength = 0) =>
    fc.array(fc.record({ share, children: below }), { minLength, maxLength: 4 })
  return shapes(shapes(shapes(fc.constant([]))), 1).map((roots) => {
    const nodes: IndicatorNode[] = []
    const build = (
      level: readonly Shape[],
      halves: number,
      parentKey: string | null,
      depth: IndicatorLevel
    ) => {
      const weights = splitHalves(
        halves,
        level.map((shape) => shape.share)
      )
      level.forEach((shape, index) => {
        const key = `${parentKey ?? 'n'}.${index}`
        const weight = weights[index]!
        nodes.push(node(key, parentKey, depth, `指标${key}`, weight / 2))
        if (shape.children.length > 0 && weight >= shape.children.length) {
          build(shape.children, weight, key, (depth + 1) as IndicatorLevel)
        }
      })
    }
    build(roots, 200, null, 1)
    return nodes
  })
}

/** `halves` split into one positive part per share, roughly in proportion, adding up exactly. */
function splitHalves(halves: number, shares: readonly number[]): number[] {
  const spare = halves - shares.length
  const total = shares.reduce((sum, share) => sum + share, 0)
  const parts = shares.map((share) => 1 + Math.floor((spare * share) / total))
  parts[parts.length - 1]! += halves - parts.reduce((sum, part) => sum + part, 0)
  return parts
}

describe('instantiateTemplate', () => {
  const filled = tree.map((indicator) => ({ ...indicator, actual: 5 }))
  let counter = 0
  const copy = instantiateTemplate({ indicators: filled }, () => `k${++counter}`)

  it('gives every indicator a new key and points children at their new parents', () => {
    expect(copy.map(({ key, parentKey }) => [key, parentKey])).toEqual([
      ['k1', null],
      ['k2', 'k1'],
      ['k3', 'k2'],
      ['k4', 'k2'],
      ['k5', 'k1'],
      ['k6', null]
    ])
  })

  it('keeps names, weights, targets and data sources, and clears what was achieved', () => {
    expect(copy.map(({ key: _key, parentKey: _parent, ...rest }) => rest)).toEqual(
      tree.map(({ key: _key, parentKey: _parent, ...rest }) => ({ ...rest, actual: null }))
    )
    expect(treeIssues(copy)).toEqual([])
  })

  it('shares no target with the template, so editing the copy leaves the template alone', () => {
    copy[2]!.target!.value = 99
    expect(filled[2]!.target!.value).toBe(24)
  })
})

describe('depthFirst', () => {
  it('puts each indicator before its subtree, for a tree stored a level at a time', () => {
    const byLevel = [0, 5, 1, 4, 2, 3].map((index) => tree[index]!)
    expect(keys(byLevel)).toEqual([
      'output',
      'satisfaction',
      'quantity',
      'quality',
      'sessions',
      'participants'
    ])
    expect(depthFirst(byLevel)).toEqual(tree)
  })

  it('keeps an indicator whose parent is missing as a root, among the roots where it stands', () => {
    const orphan = node('orphan', 'gone', 2, '无上级', 5)
    expect(keys(depthFirst([tree[0]!, orphan, ...tree.slice(1)]))).toEqual([
      'output',
      'quantity',
      'sessions',
      'participants',
      'quality',
      'orphan',
      'satisfaction'
    ])
  })

  it('drops nothing: a loop of parents, never reachable from a root, comes last', () => {
    const loop = [node('a', 'b', 2, '甲', 5), node('b', 'a', 2, '乙', 5)]
    expect(keys(depthFirst([...loop, ...tree]))).toEqual([...keys(tree), 'a', 'b'])
  })
})

describe('editing', () => {
  describe('addIndicator', () => {
    it('turns a leaf into a parent: the first child takes its weight, the parent gives up its target', () => {
      const added = addIndicator(tree, 'quality', 'new')
      expect(keys(added)).toEqual([
        'output',
        'quantity',
        'sessions',
        'participants',
        'quality',
        'new',
        'satisfaction'
      ])
      expect(added[4]).toEqual({ ...tree[4], target: null, actual: null })
      expect(added[5]).toEqual(node('new', 'quality', 3, '新三级指标', 20))
      expect(treeIssues(added)).toEqual([])
    })

    it('adds a further child after the last one, with no weight until it is given one', () => {
      const added = addIndicator(tree, 'quantity', 'new')
      expect(keys(added)).toEqual([
        'output',
        'quantity',
        'sessions',
        'participants',
        'new',
        'quality',
        'satisfaction'
      ])
      expect(added[4]).toEqual(node('new', 'quantity', 3, '新三级指标', 0))
      expect(treeIssues(added)).toEqual([
        { field: 'indicators.4.weight', level: 'error', message: '“新三级指标”的权重须大于 0' }
      ])
    })

    it('adds a first-level indicator at the end', () => {
      expect(addIndicator(tree, null, 'new').at(-1)).toEqual(node('new', null, 1, '新一级指标', 0))
    })

    it.each([
      [
        'below a third-level indicator',
        'sessions',
        'new',
        '“活动场次”已是三级指标，不能再添加下级指标'
      ],
      ['below an unknown indicator', 'nowhere', 'new', '指标表中没有编号为 nowhere 的指标'],
      ['with a key already used', 'quantity', 'quality', '指标编号 quality 已存在']
    ])('refuses to add %s', (_case, parentKey, newKey, message) => {
      expect(() => addIndicator(tree, parentKey, newKey)).toThrow(message)
    })
  })

  it('removes an indicator with everything below it', () => {
    const removed = removeIndicator(tree, 'quantity')
    expect(keys(removed)).toEqual(['output', 'quality', 'satisfaction'])
    expect(treeIssues(removed)).toEqual([
      {
        field: 'indicators.0.weight',
        level: 'error',
        message: '“产出指标”下级权重合计 20，应为 60'
      }
    ])
  })

  describe('moveIndicator', () => {
    it.each([
      [
        'a second-level indicator up, over its sibling and its subtree',
        'quality',
        'up',
        ['output', 'quality', 'quantity', 'sessions', 'participants', 'satisfaction']
      ],
      [
        'a first-level indicator down, with its subtree',
        'output',
        'down',
        ['satisfaction', 'output', 'quantity', 'sessions', 'participants', 'quality']
      ],
      [
        'a leaf down',
        'sessions',
        'down',
        ['output', 'quantity', 'participants', 'sessions', 'quality', 'satisfaction']
      ],
      ['nothing past the top', 'output', 'up', keys(tree)],
      ['nothing past the bottom', 'participants', 'down', keys(tree)]
    ] as const)('moves %s', (_case, key, direction, order) => {
      const moved = moveIndicator(tree, key, direction)
      expect(keys(moved)).toEqual(order)
      expect(treeIssues(moved)).toEqual([])
    })
  })

  it('updates one indicator and leaves the tree it was given alone', () => {
    const updated = updateIndicator(tree, 'sessions', { name: '小组活动场次', weight: 25 })
    expect(updated[2]).toEqual({ ...tree[2], name: '小组活动场次', weight: 25 })
    expect(tree[2]!.name).toBe('活动场次')
    expect(() => updateIndicator(tree, 'nowhere', { weight: 1 })).toThrow(
      '指标表中没有编号为 nowhere 的指标'
    )
  })
})

describe('fillActuals', () => {
  const totals = {
    sessions: 30,
    participants: 512,
    volunteers: 40,
    volunteerHours: 96.5,
    communities: 3
  }

  it('fills leaves that count an activity figure and keeps actuals typed in for the others', () => {
    const filled = fillActuals(edited('sessions', { actual: 1 }), totals)
    expect(filled.map((indicator) => indicator.actual)).toEqual([null, null, 30, 512, 97, null])
  })

  it('fills leaves only: a data source wrongly left on a parent is for treeIssues to report', () => {
    const onParent = edited('quantity', { metric: 'sessions' })
    expect(fillActuals(onParent, totals)[1]!.actual).toBeNull()
  })

  it('leaves the tree it was given alone', () => {
    fillActuals(tree, totals)
    expect(tree[2]!.actual).toBeNull()
  })
})

describe('achievement', () => {
  const target = (value: number, comparison: '≥' | '≤' | '=') => ({ value, unit: '场', comparison })

  it.each([
    ['above a floor', target(24, '≥'), 30, { rate: 125, met: true }],
    ['at a floor', target(24, '≥'), 24, { rate: 100, met: true }],
    ['below a floor', target(24, '≥'), 18, { rate: 75, met: false }],
    ['within a ceiling', target(5, '≤'), 4, { rate: 80, met: true }],
    ['over a ceiling', target(5, '≤'), 6, { rate: 120, met: false }],
    ['on an exact target', target(100, '='), 100, { rate: 100, met: true }],
    ['off an exact target', target(100, '='), 99, { rate: 99, met: false }],
    ['to one decimal', target(3, '≥'), 2, { rate: 66.7, met: false }],
    [
      'rounding a half up even when binary falls short of it',
      target(24, '≥'),
      17.7,
      { rate: 73.8, met: false }
    ],
    ['against a target of 0, with no rate', target(0, '≥'), 3, { rate: null, met: true }]
  ])('reads an actual %s', (_case, goal, actual, expected) => {
    expect(achievement({ target: goal, actual })).toEqual(expected)
  })

  it.each([
    ['no target', { target: null, actual: 30 }],
    ['no actual yet', { target: target(24, '≥'), actual: null }]
  ])('knows nothing with %s', (_case, indicator) => {
    expect(achievement(indicator)).toEqual({ rate: null, met: null })
  })
})

describe('formatTarget', () => {
  it.each([
    [{ value: 24, unit: '场', comparison: '≥' }, '≥ 24 场'],
    [{ value: 5, unit: '%', comparison: '≤' }, '≤ 5 %'],
    [{ value: 1, unit: '', comparison: '=' }, '= 1']
  ] as const)('writes %o as %s', (target, text) => {
    expect(formatTarget(target)).toBe(text)
  })
})

describe('indicatorPath', () => {
  it.each([
    ['sessions', '产出指标 › 产出数量 › 活动场次'],
    ['quality', '产出指标 › 产出质量'],
    ['satisfaction', '满意度指标']
  ])('names where %s sits', (key, path) => {
    expect(indicatorPath(tree, key)).toBe(path)
  })

  it('refuses an unknown key', () => {
    expect(() => indicatorPath(tree, 'nowhere')).toThrow('指标表中没有编号为 nowhere 的指标')
  })
})
