/** Every label of the 台账 exports. */
export const LEDGER_STRINGS = {
  cardTitle: 'Excel 台账',
  cardText:
    '按上级常用的版式导出 Excel 台账：金额为以元计的数字，日期为 Excel 日期，电话打码；' +
    '项目台账和评审结果带合计行（SUM 公式）。任何列表的当前视图都可以在表格右上角点“导出 Excel”。',
  organizationsTitle: '社会组织台账',
  organizationsText:
    '在用的全部社会组织：登记信息、联系方式、孵化状态、等级评估及有效期、近三年年检结论。',
  organizationsButton: '导出社会组织台账',
  projectsTitle: '项目台账',
  projectsText:
    '公益创投和政府购买服务的全部在用项目一张表，各期拨付（计划与已拨付的金额和日期）一张表。',
  projectsButton: '导出项目台账',
  roundTitle: '公益创投评审结果',
  roundText: '所选批次的排名、得分、申请金额和资助金额；公示前为暂计结果。',
  roundLabel: '公益创投批次',
  roundPlaceholder: '选择批次',
  noRounds: '尚无进入评审的批次',
  roundButton: '导出评审结果',
  roundOption: (name: string, status: string) => `${name}（${status}）`,
  fileOrganizations: '社会组织台账',
  fileProjects: '项目台账',
  fileRound: (name: string) => `${name}评审结果`
} as const
