/** Words of the report export flow. */
export const REPORT_STRINGS = {
  building: '正在生成报告…',
  previewTitle: (title: string) => `导出 ${title}`,
  previewLoading: '正在绘制预览…',
  previewFailed: (reason: string) => `预览无法显示（${reason}），仍可保存后用 PDF 阅读器查看。`,
  pages: (count: number) => `共 ${count} 页`,
  number: (number: string) => `报告编号 ${number}`,
  draftNotice: '该记录尚未定稿，报告每页带“草稿”字样；定稿后导出的才是正式报告。',
  finalNotice: '来自定稿记录的正式报告。',
  missingTitle: (count: number) => `有 ${count} 个字报告字体里没有，将显示为“□”`,
  missingHint: '可在“设置 → 报告字体”中选择一个收录这些字的 TrueType 字体（.ttf），再重新导出。',
  missingColumns: { char: '字', codePoint: '编码', places: '出现位置' },
  reveal: '显示完整身份证号和电话',
  revealConfirmTitle: '在报告中显示完整个人信息？',
  revealConfirmBody:
    '报告将打印完整的身份证号和电话号码。此操作会记入操作日志；请只在确有需要时使用，并妥善保管导出的文件。',
  revealConfirmOk: '显示',
  masked: '身份证号和电话已按默认隐去中间部分。',
  save: '保存 PDF',
  cancel: '取消',
  saved: (fileName: string) => `已保存：${fileName}`,
  failed: (reason: string) => `报告生成失败：${reason}`,
  saveFailed: (reason: string) => `保存失败：${reason}`
} as const

/** Words of the 报告 page. */
export const REPORTS_PAGE_STRINGS = {
  title: '报告',
  annualTitle: '年度工作汇总',
  annualText:
    '按年份汇总本单位的孵化、公益创投、政府购买服务和评估情况（金额以万元计，附等级分布图），可盖章报送。',
  year: '年份',
  annualButton: '导出年度工作汇总',
  whereTitle: '其他报告从哪里导出',
  where: [
    ['孵化评估报告（入驻 / 中期 / 出壳）', '孵化基地 → 入驻记录 → 能力评估'],
    ['公益创投中期 / 末期评估报告、政府购买服务绩效评估报告', '项目管理 → 项目 → 评估'],
    ['双向评估报告', '项目管理 → 项目 → 双向评估'],
    ['结项报告', '项目管理 → 项目页顶部'],
    ['评审结果、公示名单', '公益创投 → 创投轮次 → 评审结果']
  ] as const,
  historyTitle: '导出记录',
  historyEmpty: '还没有导出过报告',
  columns: { at: '时间', operator: '操作人', number: '报告编号', action: '操作', summary: '内容' },
  actions: { export: '导出', reveal: '显示完整个人信息' } as Record<string, string>
} as const
