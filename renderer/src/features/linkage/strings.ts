/** UI text of the 三社联动 page itself: its title and tabs (each tab has its own strings). */
export const LINKAGE_STRINGS = {
  pageTitle: '三社联动',
  needsTab: '需求清单',
  resourcesTab: '资源清单',
  coverageTab: '覆盖情况'
} as const
