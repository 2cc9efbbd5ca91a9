/**
 * 绩效目标表 templates shipped as data (DESIGN.md §3, end): a project starts from one of them
 * (`instantiateTemplate` gives it fresh keys) and edits its copy, so later changes to a template
 * never touch a project already set up.
 *
 * Target values on the output leaves are examples to be replaced from the project's application
 * or contract; rates (资金到位率, 满意度 …) carry the values commonly required.
 */
import {
  ACTIVITY_METRIC_LABELS,
  ACTIVITY_METRIC_UNITS,
  type ActivityMetric,
  type IndicatorLevel,
  type IndicatorNode,
  type IndicatorTarget
} from './indicator'

export interface PerformanceTemplate {
  /** Stable: settings and projects refer to a template by it. */
  key: string
  name: string
  /** The rule or standard the template follows. */
  source: string
  description: string
  indicators: readonly IndicatorNode[]
}

/** An indicator as written in a template: nested, levels and parents implied. */
interface Outline {
  key: string
  name: string
  weight: number
  target?: IndicatorTarget
  metric?: ActivityMetric
  scoringRule?: string
  children?: readonly Outline[]
}

function flatten(
  outlines: readonly Outline[],
  parentKey: string | null = null,
  level: IndicatorLevel = 1
): IndicatorNode[] {
  return outlines.flatMap((outline) => [
    {
      key: outline.key,
      parentKey,
      level,
      name: outline.name,
      weight: outline.weight,
      target: outline.target ?? null,
      metric: outline.metric ?? null,
      actual: null,
      scoringRule: outline.scoringRule ?? null
    },
    ...flatten(outline.children ?? [], outline.key, (level + 1) as IndicatorLevel)
  ])
}

const atLeast = (value: number, unit: string): IndicatorTarget => ({ value, unit, comparison: '≥' })

/** A leaf whose actual is the activity total of `metric`, target in the metric's own unit. */
function fromActivities(key: string, metric: ActivityMetric, weight: number, value: number) {
  return {
    key,
    name: ACTIVITY_METRIC_LABELS[metric],
    weight,
    target: atLeast(value, ACTIVITY_METRIC_UNITS[metric]),
    metric,
    scoringRule: '完成目标值得满分，未完成的按完成比例得分'
  } satisfies Outline
}

const SATISFACTION_RULE = '满意度达到目标值得满分，每低 5 个百分点扣该项权重的 20%，扣完为止'

/** 部门评价 / 财政评价 common framework, 财预〔2020〕10号 附件 共性指标框架 (domain-cn.md §4.1). */
const COMMON_FRAMEWORK: Outline[] = [
  {
    key: 'decision',
    name: '决策',
    weight: 15,
    children: [
      {
        key: 'decision.approval',
        name: '项目立项',
        weight: 5,
        children: [
          {
            key: 'decision.approval.basis',
            name: '立项依据充分性',
            weight: 2.5,
            scoringRule: '符合法律法规、相关政策和发展规划，与部门职责相符得满分，否则酌情扣分'
          },
          {
            key: 'decision.approval.procedure',
            name: '立项程序规范性',
            weight: 2.5,
            scoringRule: '按规定程序申请设立，审批文件、材料齐全得满分，否则酌情扣分'
          }
        ]
      },
      {
        key: 'decision.goals',
        name: '绩效目标',
        weight: 5,
        children: [
          {
            key: 'decision.goals.reasonable',
            name: '绩效目标合理性',
            weight: 2.5,
            scoringRule: '目标与实际工作内容相关，预期产出和效果与预算相匹配得满分，否则酌情扣分'
          },
          {
            key: 'decision.goals.clear',
            name: '绩效指标明确性',
            weight: 2.5,
            scoringRule: '目标细化为清晰、可衡量的指标值得满分，否则酌情扣分'
          }
        ]
      },
      {
        key: 'decision.funds',
        name: '资金投入',
        weight: 5,
        children: [
          {
            key: 'decision.funds.budgeting',
            name: '预算编制科学性',
            weight: 2.5,
            scoringRule: '预算经过论证、内容与项目内容匹配、额度测算依据充分得满分，否则酌情扣分'
          },
          {
            key: 'decision.funds.allocation',
            name: '资金分配合理性',
            weight: 2.5,
            scoringRule: '分配依据充分、额度与项目实际相适应得满分，否则酌情扣分'
          }
        ]
      }
    ]
  },
  {
    key: 'process',
    name: '过程',
    weight: 20,
    children: [
      {
        key: 'process.funds',
        name: '资金管理',
        weight: 12,
        children: [
          {
            key: 'process.funds.arrival',
            name: '资金到位率',
            weight: 4,
            target: atLeast(100, '%'),
            scoringRule: '实际到位资金 / 预算资金 × 该项权重'
          },
          {
            key: 'process.funds.execution',
            name: '预算执行率',
            weight: 4,
            target: atLeast(95, '%'),
            scoringRule: '实际支出 / 实际到位资金 × 该项权重'
          },
          {
            key: 'process.funds.compliance',
            name: '资金使用合规性',
            weight: 4,
            scoringRule: '符合财务管理制度、无截留挤占挪用、支出依据合规得满分，发现一项问题扣 1 分'
          }
        ]
      },
      {
        key: 'process.implementation',
        name: '组织实施',
        weight: 8,
        children: [
          {
            key: 'process.implementation.rules',
            name: '管理制度健全性',
            weight: 4,
            scoringRule: '已制定相应的业务和财务管理制度且合法合规得满分，否则酌情扣分'
          },
          {
            key: 'process.implementation.enforcement',
            name: '制度执行有效性',
            weight: 4,
            scoringRule: '遵守制度规定，调整报批手续完备，台账资料齐全得满分，否则酌情扣分'
          }
        ]
      }
    ]
  },
  {
    key: 'output',
    name: '产出',
    weight: 40,
    children: [
      {
        key: 'output.quantity',
        name: '产出数量',
        weight: 16,
        children: [
          {
            key: 'output.quantity.completion',
            name: '实际完成率',
            weight: 4,
            target: atLeast(100, '%'),
            scoringRule: '实际完成工作量 / 计划工作量 × 该项权重'
          },
          fromActivities('output.quantity.sessions', 'sessions', 4, 24),
          fromActivities('output.quantity.participants', 'participants', 4, 600),
          fromActivities('output.quantity.volunteer-hours', 'volunteerHours', 4, 200)
        ]
      },
      {
        key: 'output.quality',
        name: '产出质量',
        weight: 10,
        children: [
          {
            key: 'output.quality.standard',
            name: '质量达标率',
            weight: 10,
            target: atLeast(95, '%'),
            scoringRule: '质量达标的产出 / 实际产出 × 该项权重'
          }
        ]
      },
      {
        key: 'output.timeliness',
        name: '产出时效',
        weight: 7,
        children: [
          {
            key: 'output.timeliness.on-time',
            name: '完成及时性',
            weight: 7,
            target: atLeast(100, '%'),
            scoringRule: '按计划时间完成得满分，每延误一个月扣 1 分'
          }
        ]
      },
      {
        key: 'output.cost',
        name: '产出成本',
        weight: 7,
        children: [
          {
            key: 'output.cost.saving',
            name: '成本节约率',
            weight: 7,
            target: atLeast(0, '%'),
            scoringRule: '在计划成本内完成得满分，超支的按超支比例扣分'
          }
        ]
      }
    ]
  },
  {
    key: 'benefit',
    name: '效益',
    weight: 25,
    children: [
      {
        key: 'benefit.project',
        name: '项目效益',
        weight: 25,
        children: [
          {
            key: 'benefit.project.social',
            name: '社会效益',
            weight: 10,
            scoringRule: '服务对象问题得到改善、社区治理得到促进，依据成效证据酌情评分'
          },
          {
            key: 'benefit.project.sustainable',
            name: '可持续影响',
            weight: 5,
            scoringRule: '形成可持续的服务机制、骨干队伍或资源渠道得满分，否则酌情扣分'
          },
          {
            key: 'benefit.project.satisfaction',
            name: '服务对象满意度',
            weight: 10,
            target: atLeast(90, '%'),
            scoringRule: SATISFACTION_RULE
          }
        ]
      }
    ]
  }
]

/** 单位自评 with the default weights 产出 50 / 效益 30 / 满意度 10 / 预算执行率 10 (domain-cn.md §4.1). */
const SELF_EVALUATION: Outline[] = [
  {
    key: 'output',
    name: '产出指标',
    weight: 50,
    children: [
      {
        key: 'output.quantity',
        name: '数量指标',
        weight: 30,
        children: [
          fromActivities('output.quantity.sessions', 'sessions', 10, 24),
          fromActivities('output.quantity.participants', 'participants', 10, 600),
          fromActivities('output.quantity.volunteer-hours', 'volunteerHours', 10, 200)
        ]
      },
      {
        key: 'output.quality',
        name: '质量指标',
        weight: 10,
        children: [
          {
            key: 'output.quality.standard',
            name: '质量达标率',
            weight: 10,
            target: atLeast(95, '%'),
            scoringRule: '质量达标的产出 / 实际产出 × 该项权重'
          }
        ]
      },
      {
        key: 'output.timeliness',
        name: '时效指标',
        weight: 10,
        children: [
          {
            key: 'output.timeliness.on-time',
            name: '完成及时性',
            weight: 10,
            target: atLeast(100, '%'),
            scoringRule: '按计划时间完成得满分，每延误一个月扣 2 分'
          }
        ]
      }
    ]
  },
  {
    key: 'benefit',
    name: '效益指标',
    weight: 30,
    children: [
      {
        key: 'benefit.social',
        name: '社会效益指标',
        weight: 20,
        children: [
          {
            key: 'benefit.social.improvement',
            name: '服务对象问题改善率',
            weight: 20,
            target: atLeast(80, '%'),
            scoringRule: '达到目标值得满分，未达到的按达成比例得分'
          }
        ]
      },
      {
        key: 'benefit.sustainable',
        name: '可持续影响指标',
        weight: 10,
        children: [
          {
            key: 'benefit.sustainable.mechanism',
            name: '服务机制可持续性',
            weight: 10,
            scoringRule: '形成可持续的服务机制、骨干队伍或资源渠道得满分，否则酌情扣分'
          }
        ]
      }
    ]
  },
  {
    key: 'satisfaction',
    name: '满意度指标',
    weight: 10,
    children: [
      {
        key: 'satisfaction.clients',
        name: '服务对象满意度',
        weight: 10,
        target: atLeast(90, '%'),
        scoringRule: SATISFACTION_RULE
      }
    ]
  },
  {
    key: 'budget-execution',
    name: '预算执行率',
    weight: 10,
    target: atLeast(100, '%'),
    scoringRule: '预算执行率 × 10 分，最高 10 分'
  }
]

/**
 * 公益创投 中期 / 末期 evaluation in the areas social-work project evaluation uses (MZ/T 059-2014
 * as commonly summarised; 厦门 2014: 专业服务 / 服务成效 / 服务管理; domain-cn.md §4.2).
 */
const VENTURE_PROJECT: Outline[] = [
  {
    key: 'management',
    name: '项目管理',
    weight: 25,
    children: [
      {
        key: 'management.plan',
        name: '计划执行',
        weight: 6,
        scoringRule: '按计划推进、进度与计划相符得满分，调整未报批的每项扣 1 分'
      },
      {
        key: 'management.staff',
        name: '人员配备',
        weight: 6,
        scoringRule: '社工和督导按申报书到岗、人员稳定得满分，否则酌情扣分'
      },
      {
        key: 'management.finance',
        name: '财务管理',
        weight: 7,
        scoringRule: '专款专用、票据合规、按预算支出得满分，发现一项问题扣 1 分'
      },
      {
        key: 'management.records',
        name: '档案管理',
        weight: 6,
        scoringRule: '服务记录、签到表、照片等台账完整规范得满分，否则酌情扣分'
      }
    ]
  },
  {
    key: 'service',
    name: '专业服务',
    weight: 35,
    children: [
      {
        key: 'service.volume',
        name: '服务数量',
        weight: 15,
        children: [
          fromActivities('service.volume.sessions', 'sessions', 5, 24),
          fromActivities('service.volume.participants', 'participants', 5, 600),
          fromActivities('service.volume.volunteer-hours', 'volunteerHours', 5, 200)
        ]
      },
      {
        key: 'service.quality',
        name: '服务质量',
        weight: 12,
        scoringRule: '需求评估充分、服务过程规范、记录与反思完整得满分，否则酌情扣分'
      },
      {
        key: 'service.methods',
        name: '专业方法',
        weight: 8,
        scoringRule: '恰当运用个案、小组、社区工作等专业方法得满分，否则酌情扣分'
      }
    ]
  },
  {
    key: 'outcome',
    name: '服务成效',
    weight: 40,
    children: [
      {
        key: 'outcome.goals',
        name: '目标达成率',
        weight: 15,
        target: atLeast(90, '%'),
        scoringRule: '达到目标值得满分，未达到的按达成比例得分'
      },
      {
        key: 'outcome.change',
        name: '服务对象改变',
        weight: 10,
        scoringRule: '依据前后测、个案记录等证据酌情评分'
      },
      {
        key: 'outcome.satisfaction',
        name: '服务对象满意度',
        weight: 10,
        target: atLeast(90, '%'),
        scoringRule: SATISFACTION_RULE
      },
      {
        key: 'outcome.impact',
        name: '社会影响',
        weight: 5,
        scoringRule: '获得媒体报道、经验推广或带动社区参与的酌情得分'
      }
    ]
  }
]

export const PERFORMANCE_TEMPLATES: readonly PerformanceTemplate[] = [
  {
    key: 'common-framework-2020',
    name: '共性指标框架（决策 / 过程 / 产出 / 效益）',
    source: '财预〔2020〕10号《项目支出绩效评价管理办法》附件',
    description: '部门评价、财政评价使用的共性指标框架，政府购买服务项目可参照执行。',
    indicators: flatten(COMMON_FRAMEWORK)
  },
  {
    key: 'self-evaluation',
    name: '单位自评（产出 50 / 效益 30 / 满意度 10 / 预算执行率 10）',
    source: '财预〔2020〕10号《项目支出绩效评价管理办法》单位自评',
    description: '项目单位自评使用：产出、效益、满意度指标和预算执行率按默认权重评分。',
    indicators: flatten(SELF_EVALUATION)
  },
  {
    key: 'venture-project',
    name: '公益创投项目评估（项目管理 / 专业服务 / 服务成效）',
    source: 'MZ/T 059-2014《社会工作服务项目绩效评估指南》',
    description: '公益创投项目中期、末期评估使用，服务数量取自服务记录。',
    indicators: flatten(VENTURE_PROJECT)
  }
]
