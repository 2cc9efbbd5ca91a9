import { describe, expect, it } from 'vitest'
import {
  ACTIVITY_METRIC_LABELS,
  ACTIVITY_METRIC_UNITS,
  leafIndicators,
  type IndicatorNode
} from '@shared/domain/performance/indicator'
import {
  indicatorTreeSchema,
  instantiateTemplate,
  treeIssues
} from '@shared/domain/performance/indicator-tree'
import { PERFORMANCE_TEMPLATES } from '@shared/domain/performance/templates'

function template(key: string) {
  const found = PERFORMANCE_TEMPLATES.find((candidate) => candidate.key === key)
  if (!found) throw new Error(`no template ${key}`)
  return found
}

const firstLevel = (indicators: readonly IndicatorNode[]) =>
  indicators.filter((node) => node.level === 1).map((node) => [node.name, node.weight])

const childrenOf = (indicators: readonly IndicatorNode[], name: string) => {
  const parent = indicators.find((node) => node.name === name)
  return indicators.filter((node) => node.parentKey === parent?.key).map((node) => node.name)
}

describe('PERFORMANCE_TEMPLATES', () => {
  it('ships the three templates under stable keys', () => {
    expect(PERFORMANCE_TEMPLATES.map((candidate) => candidate.key)).toEqual([
      'common-framework-2020',
      'self-evaluation',
      'venture-project'
    ])
  })

  describe.each(PERFORMANCE_TEMPLATES.map((candidate) => [candidate.name, candidate] as const))(
    '%s',
    (_name, { indicators, source, description }) => {
      it('passes every tree rule, with no warning either', () => {
        expect(treeIssues(indicators)).toEqual([])
      })

      it('is stored as the tree schema reads it', () => {
        expect(indicatorTreeSchema.parse(indicators)).toEqual(indicators)
      })

      it('has nothing achieved yet', () => {
        expect(indicators.filter((node) => node.actual !== null)).toEqual([])
      })

      it('says where it comes from and gives every leaf a scoring rule', () => {
        expect(source).not.toBe('')
        expect(description).not.toBe('')
        expect(leafIndicators(indicators).filter((leaf) => !leaf.scoringRule)).toEqual([])
      })

      it('fills 活动场次, 服务人次 and 志愿服务时长 from the activity records, in their units', () => {
        const fromActivities = indicators.filter((node) => node.metric !== null)
        expect(fromActivities.map((node) => node.metric)).toEqual([
          'sessions',
          'participants',
          'volunteerHours'
        ])
        for (const node of fromActivities) {
          expect(node.name).toBe(ACTIVITY_METRIC_LABELS[node.metric!])
          expect(node.target).toMatchObject({ unit: ACTIVITY_METRIC_UNITS[node.metric!] })
          expect(node.target!.value).toBeGreaterThan(0)
        }
      })

      it('measures satisfaction in per cent, for the survey to fill in', () => {
        const satisfaction = leafIndicators(indicators).filter((leaf) =>
          leaf.name.includes('满意度')
        )
        expect(satisfaction).not.toEqual([])
        for (const leaf of satisfaction) expect(leaf.target?.unit).toBe('%')
      })

      it('copies into a valid project tree', () => {
        let counter = 0
        expect(treeIssues(instantiateTemplate({ indicators }, () => `k${++counter}`))).toEqual([])
      })
    }
  )

  describe('财预〔2020〕10号 共性指标框架', () => {
    const { indicators } = template('common-framework-2020')

    it('weighs 决策 15 / 过程 20 / 产出 40 / 效益 25', () => {
      expect(firstLevel(indicators)).toEqual([
        ['决策', 15],
        ['过程', 20],
        ['产出', 40],
        ['效益', 25]
      ])
    })

    it.each([
      ['决策', ['项目立项', '绩效目标', '资金投入']],
      ['过程', ['资金管理', '组织实施']],
      ['产出', ['产出数量', '产出质量', '产出时效', '产出成本']],
      ['效益', ['项目效益']]
    ])('has the second level of %s from the framework', (name, children) => {
      expect(childrenOf(indicators, name)).toEqual(children)
    })

    it('has the framework’s third-level indicators', () => {
      const third = indicators.filter((node) => node.level === 3).map((node) => node.name)
      expect(third).toEqual(
        expect.arrayContaining([
          '立项依据充分性',
          '立项程序规范性',
          '绩效目标合理性',
          '绩效指标明确性',
          '预算编制科学性',
          '资金分配合理性',
          '资金到位率',
          '预算执行率',
          '资金使用合规性',
          '管理制度健全性',
          '制度执行有效性',
          '实际完成率',
          '质量达标率',
          '完成及时性',
          '成本节约率',
          '社会效益',
          '可持续影响',
          '服务对象满意度'
        ])
      )
    })
  })

  it('weighs 单位自评 产出 50 / 效益 30 / 满意度 10 / 预算执行率 10', () => {
    const { indicators } = template('self-evaluation')
    expect(firstLevel(indicators)).toEqual([
      ['产出指标', 50],
      ['效益指标', 30],
      ['满意度指标', 10],
      ['预算执行率', 10]
    ])
    expect(indicators.at(-1)?.target).toEqual({ value: 100, unit: '%', comparison: '≥' })
  })

  it('weighs 公益创投项目评估 项目管理 25 / 专业服务 35 / 服务成效 40', () => {
    expect(firstLevel(template('venture-project').indicators)).toEqual([
      ['项目管理', 25],
      ['专业服务', 35],
      ['服务成效', 40]
    ])
  })
})
