/**
 * One zh-CN collator for every sort in the app. ICU's zh order is pinyin order with numbers
 * compared by value (第2街道 before 第10街道). It gives each character one reading, so for
 * polyphones (长沙, 重庆) sort by the stored pinyin key instead (see pinyin.ts).
 */
export const zhCollator = new Intl.Collator('zh-CN', { numeric: true, sensitivity: 'base' })

export function compareZh(a: string, b: string): number {
  return zhCollator.compare(a, b)
}
