/** UI text of 覆盖情况: the community matrix, the gaps and the 五社联动 volunteer hours. */
export const COVERAGE_STRINGS = {
  matrixTitle: '社区覆盖',
  matrixHint:
    '在办项目：待签约或执行中的项目；未解决需求：待对接、已对接或服务中的需求（已合并、已归档的不计）。点数字打开社区页上对应的名单。',
  totalsLabel: '合计',
  totalsNote: '社会组织、社工、项目按去重计：服务多个社区的只计一次，所以合计不是各行之和。',
  gridLabel: '社区覆盖矩阵',
  searchPlaceholder: '搜索社区名称、拼音首字母或街道',
  empty: '还没有社区。可以在“设置”中载入示例数据。',

  community: '社区',
  district: '区县',
  subdistrict: '街道',
  organizations: '社会组织',
  socialWorkers: '社工',
  projects: '在办项目',
  openNeeds: '未解决需求',
  openDemand: '需求人数',
  figureLabel: (community: string, what: string, count: number) =>
    `查看${community}的${what}（${count}）`,

  gapsTitle: '覆盖缺口',
  unmetTitle: (min: number) => `有高需求、没有在办项目的社区（提出人数 ≥ ${min}）`,
  unmetLabel: '高需求无项目的社区',
  unmetEmpty: '没有：每个有高需求的社区都有在办项目。',
  demand: '高需求人数',
  loudNeeds: '高需求',
  needEntry: (name: string, raisedBy: number) => `${name}（${raisedBy} 人）`,
  unreachedTitle: '没有社会组织或社工服务的社区',
  unreachedLabel: '未覆盖的社区',
  unreachedEmpty: '没有：每个社区都有社会组织和社工服务。',
  missing: '缺少',
  noOrganization: '无社会组织',
  noSocialWorker: '无社工',

  volunteerTitle: '志愿服务（五社联动）',
  volunteerHint: '从各项目的服务记录汇总：活动地点所在社区；未填地点的按项目唯一的服务社区计。',
  volunteerLabel: '各社区志愿服务',
  volunteerEmpty: '所选年度没有记录志愿者参与的活动。',
  year: '年度',
  allYears: '全部年度',
  yearOption: (year: number) => `${year} 年`,
  hours: '志愿服务时长（小时）',
  visits: '志愿者人次',
  activities: '活动场次',
  total: '合计'
} as const
