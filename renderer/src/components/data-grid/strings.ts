/** UI text of the data grid; pages pass their own labels through props. */
export const GRID_STRINGS = {
  searchPlaceholder: '搜索（支持拼音和首字母）',
  searchLabel: '搜索',
  total: (n: number) => `共 ${n.toLocaleString('zh-CN')} 条`,
  filtered: (m: number, n: number) =>
    `筛选出 ${m.toLocaleString('zh-CN')} / ${n.toLocaleString('zh-CN')} 条`,
  selected: (k: number) => `已选 ${k.toLocaleString('zh-CN')} 条`,
  clearFilters: '清除筛选',
  clearSelection: '取消选择',
  columnSettings: '列设置',
  columnSettingsReset: '恢复默认',
  filterOf: (header: string) => `筛选：${header}`,
  filterOptionsSearch: '查找选项',
  filterTextPlaceholder: '包含文字',
  filterClear: '清除',
  filterNoOptions: '没有可选的值',
  blankValue: '（空白）',
  selectAll: '选择全部筛选出的记录',
  selectRow: '选择此行',
  sortAscending: '升序',
  sortDescending: '降序',
  sortHint: '点击排序',
  emptyData: '暂无数据',
  emptyFiltered: '没有符合条件的记录',
  exportExcel: '导出 Excel',
  exportNothing: '没有可导出的记录',
  exportDefaultName: '表格',
  exportSummary: (rows: number, columns: number) =>
    `将导出当前表格显示的 ${rows.toLocaleString('zh-CN')} 条记录、${columns} 列：` +
    '与屏幕上的筛选、排序和列顺序相同。',
  exportMasked: '身份证号、电话与屏幕上一样打码。',
  exportWithTitle: '首行加标题',
  exportTitle: (name: string, shown: number, total: number, filtered: boolean, date: string) =>
    filtered
      ? `${name}（筛选出 ${shown.toLocaleString('zh-CN')} / ${total.toLocaleString('zh-CN')} 条，${date} 导出）`
      : `${name}（共 ${total.toLocaleString('zh-CN')} 条，${date} 导出）`,
  exportStart: '导出',
  exportCancel: '取消',
  exportPreparing: '正在读取记录…',
  exportRows: (done: number, total: number) =>
    `正在写入第 ${done.toLocaleString('zh-CN')} / ${total.toLocaleString('zh-CN')} 行`,
  exportPacking: '正在生成文件…',
  exportSaved: (fileName: string) => `已保存：${fileName}`,
  exportSavedNotLogged: (fileName: string, reason: string) =>
    `已保存：${fileName}，但未能记入操作日志（${reason}）`,
  exportFailed: (reason: string) => `导出失败：${reason}`
} as const
