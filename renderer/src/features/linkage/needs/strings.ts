/** UI text of the 需求清单: the list, the need form, 合并, a need's page, 对接建议 and 对接记录. */
import type { NeedAction, NeedStatus } from '@shared/domain/linkage/need'

export const NEED_STATUS_COLORS: Readonly<Record<NeedStatus, string>> = {
  待对接: 'orange',
  已对接: 'blue',
  服务中: 'green',
  已解决: 'default'
}

export const NEED_STRINGS = {
  gridLabel: '需求清单',
  searchPlaceholder: '搜索需求名称、拼音首字母、社区或描述',
  empty: '还没有需求。点“新建需求”录入走访、议事会、网格等渠道收集到的居民需求。',
  create: '新建需求',
  merge: '合并重复需求',
  rank: '需求排名',
  projectCount: '对接项目',
  archivedTag: '已归档',
  mergedTag: '已合并',
  missingCommunity: '（社区记录不存在）',
  missingRecord: '（记录不存在）',
  untitled: '未命名',
  people: (count: number) => `${count} 人`,

  createTitle: '新建需求',
  editTitle: (name: string) => `编辑需求：${name}`,
  created: (name: string) => `已新建需求：${name}`,
  saved: '已保存',
  save: '保存',
  cancel: '取消',
  discardTitle: '放弃未保存的修改？',
  discardText: '关闭后，这次填写的内容不会保存。',
  discard: '放弃修改',
  keepEditing: '继续编辑',
  namePlaceholder: '如：独居老人助餐、儿童放学后看护',
  communityPlaceholder: '输入社区名称或拼音查找',
  communityOption: (name: string, subdistrict: string) => `${name}（${subdistrict}）`,

  mergeTitle: '合并重复需求',
  mergeIntro:
    '同一需求经不同渠道提出时，合并为一条：保留的需求提出人数为各条之和，被合并的需求归档并标明合并到哪一条，对接记录一并转过去。只能合并同一社区的需求。',
  mergeTarget: '保留的需求',
  mergeTargetPlaceholder: '选择要保留的需求',
  mergeTargetRequired: '请选择要保留的需求',
  mergeDuplicates: '合并进来的重复需求',
  mergeDuplicatesPlaceholder: '选择同一社区的重复需求',
  mergeDuplicatesExtra: (community: string) => `只列出${community}未归档的需求`,
  mergeOption: (name: string, community: string, raisedBy: number, status: string) =>
    `${name}（${community} · ${raisedBy} 人 · ${status}）`,
  mergePreview: (name: string, total: number, counts: readonly number[]) =>
    `合并后“${name}”的提出人数：${counts.join(' + ')} = ${total} 人`,
  mergeOk: '合并',
  mergeConfirmTitle: '确认合并这些需求？',
  mergeConfirmText: (
    name: string,
    counts: readonly number[],
    total: number,
    duplicates: readonly string[]
  ) =>
    `“${name}”的提出人数将合计为 ${total} 人（${counts.join(' + ')}）；${duplicates.map((d) => `“${d}”`).join('、')}将归档并标明已合并到“${name}”，其对接记录转到“${name}”。合并不能撤销。`,
  merged: (name: string, total: number) => `已合并到“${name}”，提出人数合计 ${total} 人`,

  notFound: '找不到这条需求',
  notFoundText: '它可能来自另一份数据，或链接有误。',
  backToList: '返回需求清单',
  statusLabel: '需求状态',
  edit: '编辑',
  summary: (community: string, raisedBy: number, raisedOn: string) =>
    `${community} · ${raisedBy} 名居民提出 · ${raisedOn}`,
  archivedNotice: '这条需求已归档，不再出现在需求清单中；恢复使用后才能对接或办理。',
  mergedNotice: (target: string) => `这条需求已合并到“${target}”，请在合并后的需求上对接和办理。`,
  openMergedInto: '打开合并后的需求',
  mergedFrom: '合并来源',
  mergedFromItem: (name: string, raisedBy: number) => `${name}（${raisedBy} 人）`,
  noProjectsLinked: '尚未对接项目',
  stepDone: (label: string) => `已${label}`,
  resolutionPlaceholder: '如：项目已为 32 户独居老人提供助餐服务，居民议事会确认需求已满足',

  suggestionsTitle: '对接建议',
  organizationsTitle: '社会组织',
  workersTitle: '社工',
  resourcesTitle: '资源',
  noOrganizations: '没有服务领域或服务社区相符的社会组织',
  noWorkers: '没有专长或服务社区相符的社工',
  noResources: '没有可用于该需求的资源',
  score: (points: number) => `${points} 分`,
  resourceDetail: (type: string, provider: string) => `${type} · ${provider}`,
  otherOrganization: '或选择其他社会组织',
  organizationNotFound: '没有找到，请先在“社会组织”中登记',
  chosenSummary: (organization: string | null, workers: number, resources: number) =>
    `已选：社会组织 ${organization ?? '（未选）'}，社工 ${workers} 名，资源 ${resources} 项`,
  targetLabel: '对接方式',
  toProject: '对接到已有项目',
  toApplication: '生成下一批次申报草稿',
  projectLabel: '对接的项目',
  projectPlaceholder: '选择公益创投或政府购买服务项目',
  projectExtra: '只列出可以对接的项目：已归档、已结项、已终止和已对接过的项目不在其中。',
  projectRequired: '请选择对接的项目',
  projectsInCommunity: '服务本社区的项目',
  otherProjects: '其他项目',
  projectOption: (title: string, channel: string, status: string) =>
    `${title}（${channel} · ${status}）`,
  noProjects: '没有可以对接的项目',
  roundLabel: '公益创投批次',
  roundPlaceholder: '选择筹备或征集中的批次',
  roundExtra:
    '按需求生成申报书草稿（项目名称、服务社区、服务对象、问题分析、项目目标），由所选社会组织补全后提交。',
  roundRequired: '请选择公益创投批次',
  roundOption: (name: string, status: string) => `${name}（${status}）`,
  noRounds: '没有筹备或征集中的公益创投批次',
  noteLabel: '备注',
  matchToProject: '对接',
  createApplication: '生成申报草稿',
  applicationNeedsOrganization: '申报书须有申报组织：请先选择社会组织',
  matched: '已对接',
  applicationCreated: '已生成申报书草稿',
  applicationCreatedNotice: '已按需求生成申报书草稿，并记入对接记录。',
  openApplication: '打开申报书',

  matchesTitle: '对接记录',
  noMatches: '还没有对接记录',
  matchedAt: '对接时间',
  matchTarget: '对接到',
  applicationTag: '申报书',
  matchOrganization: '社会组织',
  matchWorkers: '社工',
  matchResources: '资源',
  operator: '操作人',
  matchState: '状态',
  activeTag: '有效',
  withdrawnTag: '已撤销',
  withdrawnText: (at: string, by: string, reason: string) => `${at} ${by}：${reason}`,
  withdraw: '撤销',
  withdrawTitle: '撤销对接',
  withdrawReason: '撤销原因',
  withdrawConfirmTitle: '确认撤销这次对接？',
  withdrawConfirmText:
    '对接记录会保留并注明撤销原因；需求没有其他有效对接时回到“待对接”。撤销后不能恢复，需要时请重新对接。',
  withdrawn: '已撤销对接',

  historyTitle: '操作记录'
} as const

/** What each step of the need changes, said in its dialog. */
export const NEED_STEP_TEXTS: Readonly<Record<Exclude<NeedAction, 'match'>, string>> = {
  start: '对接的项目已在执行中，需求转为“服务中”。',
  resolve: '需求转为“已解决”，不再参加需求排名；请写明解决情况。以后需要时可以重新打开。',
  reopen: '需求回到“待对接”，重新参加需求排名。',
  reopenMatched: '需求还有有效对接，重新打开后为“已对接”，重新参加需求排名。'
}

/** The fields of the steps' dialogs. */
export const NEED_ACTION_FIELD_LABELS: Readonly<Record<string, string>> = {
  resolution: '解决情况'
}

export const NEED_FIELD_LABELS: Readonly<Record<string, string>> = {
  name: '需求名称',
  communityId: '社区',
  category: '需求类别',
  source: '需求来源',
  raisedBy: '提出人数',
  raisedOn: '提出日期',
  description: '需求描述',
  status: '状态',
  projectIds: '对接项目',
  mergedIntoId: '合并到',
  resolution: '解决情况',
  archivedAt: '归档',
  updatedAt: '更新时间'
}

/** Chinese names of a match's fields (对接记录), for the 操作日志. */
export const NEED_MATCH_FIELD_LABELS: Readonly<Record<string, string>> = {
  target: NEED_STRINGS.matchTarget,
  projectId: NEED_STRINGS.projectLabel,
  applicationId: NEED_STRINGS.applicationTag,
  organizationId: NEED_STRINGS.matchOrganization,
  socialWorkerIds: NEED_STRINGS.matchWorkers,
  resourceIds: NEED_STRINGS.matchResources,
  note: NEED_STRINGS.noteLabel,
  matchedAt: NEED_STRINGS.matchedAt,
  matchedBy: NEED_STRINGS.operator,
  withdrawnAt: '撤销时间',
  withdrawnBy: '撤销人',
  withdrawReason: NEED_STRINGS.withdrawReason,
  archivedAt: '归档'
}
