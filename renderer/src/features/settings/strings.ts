/** UI text of the 设置 page. */
import type { BackupReason } from '@shared/ipc/contract'

export const SETTINGS_STRINGS = {
  pageTitle: '设置',
  generalTitle: '基本信息',
  operatorLabel: '操作人',
  operatorExtra: '当前使用本机的工作人员，记录和报告上会署这个名字。',
  officeLabel: '单位名称',
  officePlaceholder: '例如：鼓楼区军门社区孵化基地',
  officeExtra: '街道办事处或孵化基地的名称，显示在页面顶部和报告上。',
  backupKeepLabel: '保留自动备份份数',
  backupKeepExtra: '超过这个份数时，最早的自动备份会被删除。',
  backupKeepUnit: '份',
  save: '保存',
  saved: '设置已保存',
  saveFailed: '保存失败：',
  restoreDefaults: '恢复默认',
  restoreDefaultsTitle: '恢复默认设置？',

  incubationTitle: '孵化基地设置',
  incubationIntro: '修改只对之后新建的入驻和评估生效；已有的入驻记录和评估保留原来的期限和评分表。',
  baseNameLabel: '孵化基地名称',
  baseNamePlaceholder: '例如：鼓楼区社会组织孵化基地',
  baseNameExtra: '写在新的入驻记录上；不填时用单位名称。',
  reviewDaysLabel: '初核期限（工作日）',
  reviewDaysExtra: '收到入驻申请后，须在这么多个工作日内完成初核。',
  handoverDaysLabel: '场地交还期限（工作日）',
  handoverDaysExtra: '实体入驻的组织出壳或退驻后，须在这么多个工作日内交还场地。',
  termMonthsLabel: '孵化期（月）',
  termMonthsExtra: '新入驻的默认孵化期，从入驻之日算起。',
  maxExtensionsLabel: '可续驻次数',
  maxExtensionsExtra: '一次入驻最多可以续驻几次，填 0 表示不能续驻。',
  endingSoonLabel: '到期提醒（天）',
  endingSoonExtra: '孵化期在这么多天内结束的入驻列入“即将到期”。',
  scorecardTitle: '能力评估评分表',
  scorecardIntro:
    '入驻、中期和出壳评估按这些维度打分（每项 0–100 分），再按权重折算成百分制总分；权重合计须为 100。',
  dimensionName: '维度名称',
  dimensionWeight: '权重',
  dimensionNameOf: (row: number) => `第 ${row} 项维度名称`,
  dimensionWeightOf: (row: number) => `第 ${row} 项权重`,
  removeDimensionOf: (row: number) => `删除第 ${row} 项维度`,
  addDimension: '添加维度',
  weightTotal: '权重合计',
  incubationSaved: '孵化基地设置已保存',
  incubationDefaultsContent:
    '期限、孵化期、续驻次数、到期提醒和评分表会填回默认值，孵化基地名称不变。点“保存”后才生效。',

  gradingTitle: '评分标准',
  evaluationBandsTitle: '评估等次（百分制）',
  evaluationBandsIntro:
    '评估总分不低于某一等次的分数线即为该等次，低于合格分数线为不合格。修改只影响之后定稿的评估，已定稿的评估保留原来的等次。',
  evaluationBandLabel: (grade: string) => `${grade}分数线`,
  ratingBandsTitle: '社会组织等级评估（千分制）',
  ratingBandsIntro:
    '填写各等级的最低分，用来核对录入的评估等级与分数是否一致。各地的分数线不同，请按本地评估办法填写，例如：',
  ratingBandsExamples: [
    '洛阳瀍河区：5A 900 分及以上，4A 800–899 分，3A 700–799 分，2A 600–699 分，1A 599 分及以下（依次填 900、800、700、600、0）',
    '安庆市：5A 950 分以上，4A 901–950 分，3A 851–900 分，2A 801–850 分，1A 701–800 分（依次填 951、901、851、801、701）'
  ],
  ratingBandLabel: (grade: string) => `${grade} 分数线`,
  gradingSaved: '评分标准已保存',
  gradingDefaultsContent: '评估等次和等级评估的分数线会填回默认值。点“保存”后才生效。',
  reportFontTitle: '报告字体',
  reportFontIntro:
    '报告使用思源黑体（Noto Sans SC）。人名、单位名中个别生僻字（如扩展B区汉字）思源黑体没有收录时，可以选择一个收录了这些字的 TrueType 字体文件（.ttf）作为备用字体，只用来显示这些字，例如系统中的“宋体-方正超大字符集”或花园明朝（HanaMinA、HanaMinB）。',
  fallbackFont: '备用字体',
  fallbackFontNone: '未选择',
  fallbackFontSize: '文件大小',
  fallbackFontCharacters: '字符数',
  fallbackFontMissing:
    '本机找不到这个备用字体的文件（从备份恢复到另一台电脑时只带来字体名称），请重新选择字体文件。',
  chooseFont: '选择字体文件…',
  fontSaved: (name: string, characters: number) =>
    `已设置备用字体：${name}（收录 ${characters.toLocaleString('zh-CN')} 个字符）`,
  removeFont: '移除',
  removeFontTitle: '移除备用字体？',
  removeFontContent:
    '移除后，思源黑体没有收录的字不再用这个字体显示，导出报告前会列出这些字。电脑上的字体文件本身不受影响。',
  fontRemoved: '已移除备用字体',
  removeFontFailed: '移除备用字体失败：',

  backupsTitle: '自动备份',
  backupsInFolder: '备份文件夹：',
  backupsInBrowser: '浏览器版的备份保存在本浏览器的存储中，可以另存为文件留底。',
  backupsEmpty: '还没有自动备份',
  backupsLoadFailed: '读取备份列表失败：',
  backupTime: '备份时间',
  backupReason: '原因',
  backupSize: '大小',
  backupActions: '操作',
  backupSaveAs: '另存为',
  backupSavedAs: '备份已另存为 ',
  backupSaveFailed: '另存备份失败：',
  backupRestore: '恢复',
  backupReadFailed: '读取备份失败：',

  dataTitle: '数据备份与恢复',
  dataIntro:
    '每天第一次打开社联台时和数据库升级前会自动备份，也可以随时手动备份。导出的备份文件可以拷到 U 盘或其他电脑留底，需要时从文件恢复。',
  currentData: '当前数据：',
  backupNow: '立即备份',
  backupNowDone: '已备份：',
  backupNowFailed: '备份失败：',
  exportFile: '导出备份文件',
  exportDone: '备份已导出为 ',
  exportFailed: '导出备份失败：',
  restoreFromFile: '从文件恢复',
  openFailed: '打开文件失败：',

  previewTitle: '从备份恢复',
  previewChecking: '正在检查备份文件…',
  previewFile: '文件',
  previewExportedAt: '导出时间',
  previewAppVersion: '导出程序版本',
  previewSchemaVersion: '数据版本',
  previewCounts: '备份中的数据',
  previewInvalid: '这个文件不能用来恢复',
  previewMoreProblems: '其他问题：',
  previewOlder: '这份备份来自较早版本的社联台，恢复时会自动转换为当前的数据版本',
  restoreWarningTitle: '恢复会替换本机现有的全部数据',
  restoreWarning:
    '社会组织、社区、社工、孵化记录、公益创投记录、操作日志和设置都会换成这份备份中的内容。恢复前会先把现有数据自动备份一份（“恢复前备份”），如有需要，可以从自动备份列表中再恢复回来。',
  confirmRestore: '确认恢复',
  cancel: '取消',
  close: '关闭',
  restoring: '正在恢复，请不要关闭程序…',
  stageChecking: '正在校验备份文件…',
  stageSafetyBackup: '正在备份现有数据…',
  stageWriting: '正在写入',
  restored: '已从备份恢复：',
  restoreFailed: '恢复失败，现有数据没有改变：',

  sampleTitle: '示例数据',
  sampleIntro:
    '载入一套虚构的示例数据（鼓楼区军门社区、温江区南街社区、武侯区黉门街社区等，含孵化基地的入驻、服务和评估记录，三个年度的公益创投批次、申报书、评审和立项项目，购买服务目录和各个阶段的政府购买服务合同及其服务记录、拨付、评估和双向评估，以及社区的需求清单、资源清单和需求对接记录），用来熟悉各个功能。示例数据中的人名、证件号和电话都是编造的。',
  sampleLoad: '载入示例数据',
  sampleOnlyWhenEmpty:
    '已经有社会组织、社区、社工、孵化、公益创投、项目、需求或资源数据，不能再载入示例数据。',
  sampleConfirmTitle: '载入示例数据？',
  sampleConfirmContent: '将在一次操作中载入：',
  sampleConfirmIncubations:
    '，以及这些入驻的孵化服务记录和评估、三个年度的公益创投批次和评审专家库、购买服务目录和各阶段的项目合同、社区需求清单和资源清单',
  sampleConfirmNote: '载入后可以像真实数据一样修改和归档；载入过程中出错会全部撤销。',
  sampleConfirmOk: '载入',
  sampleLoaded: '已载入示例数据：',
  sampleFailed: '载入示例数据失败：'
} as const

export const BACKUP_REASON_LABELS: Readonly<Record<BackupReason, string>> = {
  startup: '启动时备份',
  upgrade: '升级前备份',
  manual: '手动备份',
  restore: '恢复前备份'
}
