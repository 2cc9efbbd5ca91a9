/**
 * Column widths for exported sheets, in Excel's unit (the width of one `0` in the default font).
 * A Chinese character takes about two of them; a column fits its header and its widest value,
 * within bounds, so a long 地址 does not push every other column off the screen.
 */

/** Wide (two-unit) characters: CJK ideographs and punctuation, kana, hangul, full-width forms. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u

/** Narrowest and widest column, in Excel width units. */
export const MIN_COLUMN_WIDTH = 6
export const MAX_COLUMN_WIDTH = 50

/** Room for the cell margins; a header also has the autofilter's drop-down button. */
const CELL_PADDING = 2
const HEADER_PADDING = 4

/** Width of `text` in Excel units: two per wide character, one per other character. */
export function textWidth(text: string): number {
  let width = 0
  // Everything below U+1100 is narrow; the test is a cheap comparison for most characters.
  for (const ch of text) width += ch.charCodeAt(0) >= 0x1100 && WIDE.test(ch) ? 2 : 1
  return width
}

/**
 * The width of a column with this header and these shown values (the longest line of each
 * counts), rounded up and kept within {@link MIN_COLUMN_WIDTH}–{@link MAX_COLUMN_WIDTH}.
 */
export function estimateColumnWidth(header: string, values: Iterable<string>): number {
  let widest = textWidth(header) + HEADER_PADDING
  for (const value of values) {
    for (const line of value.split('\n')) {
      widest = Math.max(widest, textWidth(line) + CELL_PADDING)
    }
  }
  return Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, Math.ceil(widest)))
}
