/** A report shaped like a real 绩效评估报告, long enough to run onto several pages. */
import type { ReportDocument } from '@shared/pdf/report-model'

export function sampleReport(
  overrides: Partial<ReportDocument['meta']> = {},
  rowCount = 40
): ReportDocument {
  const rows = Array.from({ length: rowCount }, (_, i) => [
    String(i + 1),
    `服务对象满意度测评第${i + 1}项`,
    '10',
    '8.5',
    '良好。入户走访覆盖黉门社区，编号CK-2026-0003的台账完整。'
  ])
  return {
    meta: {
      title: '政府购买服务项目绩效评估报告',
      subtitle: '黉门街道“幸福邻里”为老服务项目（末期）',
      number: 'PG-2026-0007',
      date: '2026-11-22',
      office: '鼓楼区黉门街道办事处',
      subject: '幸福邻里为老服务项目末期绩效评估',
      keywords: ['绩效评估', '政府购买服务'],
      draft: false,
      ...overrides
    },
    parties: [
      { label: '购买方', value: '鼓楼区黉门街道办事处' },
      { label: '承接方', value: '福州市鼓楼区阳光社会工作服务中心' }
    ],
    blocks: [
      { kind: 'heading', level: 1, text: '一、项目基本情况' },
      {
        kind: 'fields',
        fields: [
          { label: '项目名称', value: '幸福邻里为老服务' },
          { label: '合同金额', value: '300,000.00 元' },
          { label: '联系电话', value: '138****8000' }
        ]
      },
      { kind: 'paragraph', text: '本次评估总分为86.5分，等级为良好。' },
      {
        kind: 'table',
        caption: '指标得分',
        columns: [
          { header: '序号', widthChars: 2, align: 'center' },
          { header: '指标' },
          { header: '分值', widthChars: 4, align: 'right' },
          { header: '得分', widthChars: 4, align: 'right' },
          { header: '说明' }
        ],
        rows,
        foot: [['', '合计', '100', '86.5', '']]
      },
      {
        kind: 'bar-chart',
        caption: '等级分布',
        unit: '个',
        bars: [
          { label: '优秀', value: 12 },
          { label: '良好', value: 30 }
        ]
      },
      {
        kind: 'signatures',
        roles: [
          { label: '评估人', value: '张三' },
          { label: '审核人', value: '' }
        ],
        seal: '鼓楼区黉门街道办事处（盖章）',
        date: '2026-11-22'
      }
    ]
  }
}
