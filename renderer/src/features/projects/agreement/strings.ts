/** UI text of a project's 协议与变更 tab: the agreement, its signing and its amendments. */
import type { AgreementStatus, AmendmentStatus } from '@shared/domain/projects/agreement'

export const AGREEMENT_STRINGS = {
  noAgreement: '还没有协议',
  noAgreementText:
    '起草协议后核对条款，双方签订即可签约；签订后项目转为执行中，并按拨付计划生成各期拨付。',
  noAgreementClosed: (status: string) => `项目${status}，没有协议。`,
  draft: '起草协议',
  draftTitle: '起草协议',
  editTitle: (number: string) => `编辑协议：${number}`,
  edit: '编辑',
  created: '已起草协议',
  saved: '已保存协议',
  save: '保存',
  cancel: '取消',
  discardTitle: '放弃未保存的修改？',
  discardText: '关闭后，这次填写的内容不会保存。',
  discard: '放弃修改',
  keepEditing: '继续编辑',
  amountPlaceholder: '例如 180000 或 18万',
  numberPlaceholder: '例如 GL-GM-2026-012',
  amountWords: (words: string) => `大写：${words}`,
  amountHint: '须与项目金额一致',
  termsHint: '按下列各项写明；未写的项签订时会提示。',
  insertTemplate: '插入条款模板',
  headingsTitle: '条款要点（财政部令第102号第二十三条）',
  headingWritten: '已写明',
  headingMissing: '未写明',
  titleSuffix: { 公益创投: '资助协议', 政府购买服务: '服务合同' },

  agreementTitle: '协议',
  draftNotice: '协议尚在草拟，可以修改；签订后锁定。',
  number: '合同编号',
  title: '协议名称',
  partyA: '甲方',
  partyB: '乙方',
  startOn: '服务开始日期',
  endOn: '服务结束日期',
  period: '服务期',
  periodRange: (startOn: string, endOn: string) => `${startOn} 至 ${endOn}`,
  amount: '合同金额',
  amountLine: (yuan: string, words: string) => `${yuan}（${words}）`,
  terms: '合同条款',
  termsEmpty: '（未填写）',
  status: '状态',
  signedOn: '签订日期',
  signedBy: '经办人',
  team: '服务团队',
  teamUnchanged: '未经变更（以项目的服务团队为准）',

  sign: '签订',
  signTitle: (number: string) => `签订协议：${number}`,
  signedOnLabel: '签订日期',
  signWarningsTitle: '以下条款要点尚未写明，签订后不能再补写，只能办理变更：',
  signConfirmTitle: '确认签订协议？',
  signConfirmText:
    '签订后协议锁定，不能再修改；金额、结束日期、条款或服务团队的更改须办理变更。项目随之转为执行中，并按拨付计划生成各期拨付。',
  signed: '协议已签订，项目转为执行中',

  effectiveTitle: '现行条款',
  effectiveNote: (count: number) =>
    count === 0 ? '即签订的协议，尚无已批准的变更。' : `签订的协议加上已批准的 ${count} 项变更。`,

  amendmentsTitle: '变更',
  amendmentsEmpty: '还没有变更',
  requestAmendment: '申请变更',
  requestTitle: '申请变更',
  requested: '已提交变更申请，待审批',
  requestedOn: '申请日期',
  reason: '变更理由',
  reasonPlaceholder: '说明为什么要变更，如服务对象增加、人员调整',
  changesLabel: '变更内容',
  changeAmount: '合同金额',
  changeEndOn: '结束日期',
  changeTerms: '合同条款',
  changeTeam: '服务团队',
  newAmount: '变更后的合同金额（元）',
  newEndOn: '变更后的结束日期',
  newTerms: '变更后的合同条款',
  newTeam: '变更后的服务团队',
  pickChanges: '勾选要变更的项目，再填写变更后的内容。',
  amendmentNo: (no: number) => `第 ${no} 号变更`,
  amendmentMeta: (requestedOn: string) => `申请日期 ${requestedOn}`,
  decisionLine: (status: string, on: string, by: string) => `${status}：${on}，审批人 ${by}`,
  decisionNote: '审批意见',
  before: '变更前',
  after: '变更后',
  showTerms: '查看条款',
  unknownTeam: '（签约时的团队未能查到）',
  unknownWorker: '（社工记录不存在）',
  decideTitle: (label: string, no: number) => `${label}第 ${no} 号变更`,
  decidedOn: '审批日期',
  notePlaceholder: '审批意见；驳回须写明理由',
  decided: (label: string) => `已${label}变更`,
  decideConfirmTitle: (label: string) => `确认${label}这项变更？`,
  approveConfirmText:
    '批准后变更立即生效：合同金额、结束日期、条款或服务团队按变更后的内容执行（金额变更会重新安排未拨付的各期）。批准不能撤销，如需再改须另行申请变更。',
  rejectConfirmText: '驳回后这项变更即告结束，不能撤销；如仍需更改，须重新申请变更。'
} as const

export const AGREEMENT_STATUS_COLORS: Readonly<Record<AgreementStatus, string>> = {
  草拟: 'gold',
  已签订: 'green'
}

export const AMENDMENT_STATUS_COLORS: Readonly<Record<AmendmentStatus, string>> = {
  待审批: 'gold',
  已批准: 'green',
  已驳回: 'default'
}

/** Chinese names of an agreement's fields, for its history. */
export const AGREEMENT_FIELD_LABELS: Readonly<Record<string, string>> = {
  number: '合同编号',
  title: '协议名称',
  partyA: '甲方',
  partyB: '乙方',
  startOn: '服务开始日期',
  endOn: '服务结束日期',
  amountFen: '合同金额',
  terms: '合同条款',
  status: '状态',
  signedOn: '签订日期',
  signedBy: '经办人',
  archivedAt: '归档'
}

/** Chinese names of an amendment's fields, for the 操作日志. */
export const AMENDMENT_FIELD_LABELS: Readonly<Record<string, string>> = {
  agreementId: AGREEMENT_STRINGS.agreementTitle,
  no: '变更序号',
  requestedOn: AGREEMENT_STRINGS.requestedOn,
  reason: AGREEMENT_STRINGS.reason,
  changes: AGREEMENT_STRINGS.changesLabel,
  status: AGREEMENT_STRINGS.status,
  decidedOn: AGREEMENT_STRINGS.decidedOn,
  decidedBy: '审批人',
  decisionNote: AGREEMENT_STRINGS.decisionNote,
  archivedAt: '归档'
}
