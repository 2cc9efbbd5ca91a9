/** UI text of Excel import: the wizard, the template and the problem-row file. */
import type { RowStatus } from '@shared/import/dry-run'

export const IMPORT_STRINGS = {
  button: '导入',
  title: (label: string) => `导入${label}`,
  steps: ['选择文件', '核对列', '预检', '导入', '完成'],
  next: '下一步',
  back: '上一步',
  close: '关闭',

  fileIntro: (label: string) =>
    `选择一个 Excel 工作簿（.xlsx）。第一行不必是表头：标题行和合并的分组表头会被跳过。没有现成的表格时，先下载${label}导入模板填写。`,
  chooseFile: '选择文件',
  downloadTemplate: '下载模板',
  templateSaved: (fileName: string) => `已保存模板：${fileName}`,
  templateFailed: '模板没有保存：',
  reading: '正在读取…',
  chosenFile: '已选文件：',
  openFailed: '无法打开文件：',

  notXlsx: (name: string) =>
    `“${name}”不是 Excel 工作簿（.xlsx）。请在 Excel 或 WPS 中“另存为” .xlsx 格式后再导入。`,
  legacyXls: (name: string) =>
    `“${name}”是旧版 Excel（.xls）文件或设置了打开密码的工作簿，无法读取。请在 Excel 或 WPS 中取消密码并“另存为” .xlsx 后再导入。`,
  unreadable: (name: string) => `无法读取“${name}”：文件可能已损坏，或不是 Excel 工作簿。`,
  noSheets: (name: string) => `“${name}”中没有可以导入的工作表。`,

  sheet: '工作表',
  headerRow: (row: number) => `表头在第 ${row} 行，数据从第 ${row + 1} 行开始。`,
  noHeaderRow: (label: string) =>
    `这个工作表的前 20 行中找不到${label}的表头（如“组织名称”“社区名称”“姓名”）。请选择其他工作表，或对照导入模板修改表头。`,
  mappingIntro:
    '左边是文件中的列，右边是导入到哪一项。认不出的列不会导入；可以在右边改选，一项只能由一列导入。',
  sourceColumn: '文件中的列',
  sample: '第一行数据',
  target: '导入为',
  skipColumn: '不导入',
  requiredMark: '（必填）',
  missingRequired: (headers: string) => `缺少必填的列：${headers}。请在右边为它们选择对应的列。`,
  defaultsNote: (headers: string) =>
    `文件中没有这些列，新记录的这几项按新建表单的默认值填写或留空：${headers}。`,

  checking: '正在预检…',
  counts: { new: '可导入', existing: '已存在', error: '有错误' } as Record<RowStatus, string>,
  examplesSkipped: (rows: string) => `第 ${rows} 行是模板自带的示例，已跳过。`,
  noRows: '表头下面没有数据行。',
  problemsOnly: '只看有问题的行',
  exportProblems: '导出问题行',
  exportProblemsHint: '把有错误的行连同原因导出为 .xlsx，改好后可以再次导入',
  problemsSaved: (fileName: string) => `已导出问题行：${fileName}`,
  exportFailed: '导出失败：',
  rowColumn: '行号',
  nameColumn: '名称',
  resultColumn: '预检结果',
  issuesColumn: '问题',
  matchedBy: (label: string, by: string) => `已有：${label}（${by}相同）`,
  noChanges: '内容与已有记录相同',
  nothingWritten: '预检不会写入任何数据，确认后在下一步导入。',

  existingChoice: (count: number) => `文件中有 ${count.toLocaleString('zh-CN')} 行是已有的记录：`,
  skipExisting: '跳过，不修改已有记录',
  updateExisting: '用文件中的内容更新（空白单元格保留原值）',
  willImport: (created: number, existing: number, errors: number, chunkSize: number) =>
    `将新增 ${created.toLocaleString('zh-CN')} 条` +
    (existing > 0 ? `，处理已有记录 ${existing.toLocaleString('zh-CN')} 条` : '') +
    (errors > 0 ? `；有错误的 ${errors.toLocaleString('zh-CN')} 行不会导入` : '') +
    `。每 ${chunkSize.toLocaleString('zh-CN')} 行为一批，每批要么全部写入，要么全部不写入。`,
  start: '开始导入',
  cancel: '取消',
  cancelling: '正在取消（当前这一批写完后停止）…',
  progress: (done: number, total: number) => `已处理 ${done} / ${total} 行`,
  nothingToImport: '没有可以导入的行。',

  doneTitle: (cancelled: boolean) => (cancelled ? '导入已取消' : '导入完成'),
  created: '新增',
  updated: '更新',
  unchanged: '无变化',
  skipped: '跳过',
  failedRows: '未写入',
  errorRows: '有错误未导入',
  unit: '条',
  failedChunk: (chunk: number, rows: string, message: string) =>
    `第 ${chunk} 批（第 ${rows} 行）没有写入：${message}`,
  cancelledRows: (count: number) => `取消时还有 ${count} 行没有写入。`,
  exportUnwritten: '导出未导入的行',

  problemSheet: '问题行',
  problemColumn: '问题',
  problemFileName: (label: string) => `${label}导入问题行.xlsx`,
  templateFileName: (label: string) => `${label}导入模板.xlsx`,
  templateNotesSheet: '说明',
  notesHeader: ['列名', '是否必填', '填写说明', '可选值'],
  required: '必填',
  optional: '选填',
  templateNotes: [
    '第一行是表头，请不要修改；第 2、3 行是示例，导入时会自动跳过，也可以删除。',
    '带下拉箭头的列请从列表中选择；日期写成 2026-03-05 或 2026年3月5日；人数等写整数。',
    '身份证号、信用代码等长号码请保持文本格式，否则 Excel 会丢掉末几位。',
    '与已有记录相同（如统一社会信用代码、证书编号相同）的行，导入时可以选择跳过或更新；更新时空白单元格保留原有内容。'
  ],
  dropdownError: '请从下拉列表中选择'
} as const
