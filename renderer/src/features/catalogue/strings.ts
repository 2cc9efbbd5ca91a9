/** UI text of the 服务目录: the catalogue grid, an item's panel and its form. */
export const CATALOGUE_STRINGS = {
  pageTitle: '服务目录',
  gridLabel: '服务目录列表',
  searchPlaceholder: '搜索事项名称、拼音首字母、编码或服务内容',
  empty: '服务目录还是空的。点“新增事项”录入本单位的购买服务目录。',
  create: '新增事项',
  edit: '编辑',
  editArchived: '已停用的事项不能修改，请先恢复使用',
  archivedTag: '已归档',
  negativeTag: (label: string) => `负面清单：${label}`,
  negativeNone: '—',
  noPrice: '—',
  perUnit: (unit: string) => `元 / ${unit}`,

  createTitle: '新增服务目录事项',
  editTitle: (name: string) => `编辑：${name}`,
  created: (name: string) => `已新增：${name}`,
  saved: '已保存',
  save: '保存',
  cancel: '取消',
  discardTitle: '放弃未保存的修改？',
  discardText: '关闭后，这次填写的内容不会保存。',
  discard: '放弃修改',
  keepEditing: '继续编辑',
  pricePlaceholder: '如 120 或 1.5万；没有参考价时留空',
  unitPlaceholder: '次、人次、户、小时……',
  negativePlaceholder: '不属于负面清单',
  negativeExtra:
    '102号令第十条所列六类事项不得作为政府购买服务内容；标注后该事项仍留在目录中，但不能选入项目。',
  sectionItem: '事项',
  sectionNegative: '负面清单'
} as const

export const CATALOGUE_FIELD_LABELS: Readonly<Record<string, string>> = {
  name: '名称',
  code: '编码',
  list: '所属清单',
  category: '类别',
  description: '服务内容',
  unit: '单位',
  typicalPriceFen: '参考价格（元）',
  negativeListKey: '负面清单',
  note: '备注',
  archivedAt: '归档',
  updatedAt: '更新时间'
}
