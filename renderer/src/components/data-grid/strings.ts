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
  emptyFiltered: '没有符合条件的记录'
} as const
