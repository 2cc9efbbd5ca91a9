/** UI text of the shell (layout, navigation). */
export const APP_STRINGS = {
  navLabel: '主导航',
  operatorPrefix: '操作人：'
} as const
