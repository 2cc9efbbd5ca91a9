/** UI text of a project's 服务记录 tab. */
export const ACTIVITY_FIELD_LABELS = {
  date: '活动日期',
  communityId: '社区',
  title: '活动名称',
  participants: '服务人次',
  volunteers: '志愿者人次',
  volunteerHours: '志愿服务时长（小时）',
  socialWorkerIds: '社工',
  note: '备注'
} as const

export const ACTIVITY_STRINGS = {
  totalsLabel: '服务记录合计',
  gridLabel: '服务记录列表',
  searchPlaceholder: '搜索活动名称、社区或社工',
  empty: '还没有服务记录。点“新增服务记录”登记项目开展的活动。',
  archivedTag: '已归档',
  noCommunity: '不限社区',
  unknownCommunity: '（社区已不存在）',
  unknownWorker: '（社工已不存在）',

  columnDate: '日期',
  columnCommunity: '社区',
  columnTitle: '活动名称',
  columnParticipants: '服务人次',
  columnVolunteers: '志愿者',
  columnHours: '时长',
  columnWorkers: '社工',
  columnActions: '操作',

  create: '新增服务记录',
  createTitle: '新增服务记录',
  edit: '编辑',
  editTitle: (title: string) => `编辑服务记录：${title}`,
  created: '已新增服务记录',
  saved: '已保存服务记录',
  save: '保存',
  cancel: '取消',
  discardTitle: '放弃填写的内容？',
  discardText: '这份服务记录还没有保存，关闭后填写的内容不会保留。',
  discard: '放弃',
  keepEditing: '继续填写',

  communityOption: (name: string, subdistrict: string) => `${name}（${subdistrict}）`,
  projectCommunities: '项目服务社区',
  otherCommunities: '其他社区',
  communityPlaceholder: '选择活动所在社区；线上或不限社区的可不选',
  communityExtra: '项目服务的社区排在前面',
  workersPlaceholder: '选择参与的社工',
  workersExtra: '可选项目服务团队的社工',
  noTeam: '项目还没有服务团队，社工可暂不填写',
  hoursExtra: '所有志愿者的时长合计，以半小时为单位'
} as const
