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
  backupSaveFailed: '另存备份失败：'
} as const

export const BACKUP_REASON_LABELS: Readonly<Record<BackupReason, string>> = {
  startup: '启动时备份',
  upgrade: '升级前备份',
  manual: '手动备份',
  restore: '恢复前备份'
}
