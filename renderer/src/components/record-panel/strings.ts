/** UI text shared by every record's side panel. */
import type { AuditAction } from '@shared/domain/audit'

export const RECORD_PANEL_STRINGS = {
  historyTitle: '修改记录',
  historyEmpty: '还没有修改记录',
  archive: '归档',
  archiveConfirmTitle: '归档这条记录？',
  archiveConfirmText: '归档后它不再出现在默认列表中，引用它的记录不受影响，可随时恢复。',
  archived: '已归档',
  archivedTag: '已归档',
  undo: '撤销',
  restore: '恢复使用',
  restored: '已恢复使用',
  actionFailed: '操作失败：',
  noValue: '—',
  operator: '操作人',
  changed: '修改了'
} as const

export const AUDIT_ACTION_LABELS: Readonly<Record<AuditAction, string>> = {
  create: '新建',
  update: '修改',
  archive: '归档',
  restore: '恢复使用',
  delete: '删除',
  transition: '流程',
  finalize: '定稿',
  import: '导入',
  'restore-backup': '从备份恢复',
  export: '导出报告',
  reveal: '显示完整个人信息'
}
