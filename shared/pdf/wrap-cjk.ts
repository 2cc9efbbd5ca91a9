/**
 * Line breaking for Chinese text in PDFs.
 *
 * jsPDF's `splitTextToSize` only breaks at spaces and otherwise cuts character by character, so a
 * score like `86.5` can be split across lines and a closing `）` can start one (engineering-notes
 * §6.2, jsPDF #3644). This breaker works on tokens instead: each CJK character is a token, a run of
 * Latin letters and digits (half- or full-width, with the `.,-/:%` that join them) is one token,
 * and the kinsoku rules of Chinese typesetting (GB/T 15834 and common practice) decide where a
 * break may fall: no line starts with closing punctuation, none ends with opening punctuation.
 *
 * Measuring is the caller's: the breaker takes a `measure(text) → width` so it works with any font
 * and size, and is tested without jsPDF.
 */

/** Characters that may not begin a line: closing brackets and quotes, and sentence marks. */
export const NO_LINE_START = new Set([
  ...'，。、；：？！）》」』”’】〕〉…—·%‰℃',
  ...',.;:?!)]}',
  ...'．，：；？！％'
])

/** Characters that may not end a line: opening brackets and quotes. */
export const NO_LINE_END = new Set([...'（《「『“‘【〔〈', ...'([{', ...'（［｛'])

/** Letters, digits and the marks that hold a number or a code together (`86.5`, `2026-11`, `3/4`). */
const WORD_CHAR = /[0-9A-Za-z\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A.\-/:%_@#&+']/u

/**
 * Splits `text` into the smallest pieces a line may break between. Spaces are their own tokens so
 * a break can drop them; everything else keeps its characters exactly.
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = []
  let word = ''
  for (const char of text) {
    if (WORD_CHAR.test(char)) {
      word += char
      continue
    }
    if (word !== '') {
      tokens.push(word)
      word = ''
    }
    tokens.push(char)
  }
  if (word !== '') tokens.push(word)
  return tokens
}

/**
 * Glues tokens that must not be separated: a no-line-start mark joins the token before it, a
 * no-line-end mark joins the token after it. `（一）` stays whole; `良好。` keeps its full stop.
 */
function bindKinsoku(tokens: readonly string[]): string[] {
  const units: string[] = []
  let pendingOpen = ''
  for (const token of tokens) {
    const first = [...token][0]
    const joinsPrevious = units.length > 0 && pendingOpen === '' && NO_LINE_START.has(first)
    if (joinsPrevious) {
      units[units.length - 1] += token
    } else if (NO_LINE_END.has(token) || (pendingOpen !== '' && token === ' ')) {
      pendingOpen += token
    } else {
      units.push(pendingOpen + token)
      pendingOpen = ''
    }
  }
  if (pendingOpen !== '') units.push(pendingOpen)
  return units
}

/** Cuts a unit wider than a whole line into the longest pieces that fit, one character at least. */
function cutToWidth(unit: string, maxWidth: number, measure: (text: string) => number): string[] {
  const pieces: string[] = []
  let piece = ''
  for (const char of unit) {
    if (piece !== '' && measure(piece + char) > maxWidth) {
      pieces.push(piece)
      piece = ''
    }
    piece += char
  }
  if (piece !== '') pieces.push(piece)
  return pieces
}

/**
 * Breaks one paragraph (no newlines) into lines no wider than `maxWidth`. Spaces at a break are
 * dropped; a unit wider than a line (a very long number or code) is cut where it must be.
 */
function wrapParagraph(
  paragraph: string,
  maxWidth: number,
  measure: (text: string) => number
): string[] {
  const lines: string[] = []
  let line = ''
  for (const unit of bindKinsoku(tokenize(paragraph))) {
    if (measure(line + unit) <= maxWidth) {
      line += unit
      continue
    }
    if (unit === ' ') {
      lines.push(line)
      line = ''
      continue
    }
    if (line.trim() !== '') lines.push(line.trimEnd())
    if (measure(unit) <= maxWidth) {
      line = unit
      continue
    }
    const pieces = cutToWidth(unit, maxWidth, measure)
    lines.push(...pieces.slice(0, -1))
    line = pieces[pieces.length - 1]
  }
  if (line !== '' || lines.length === 0) lines.push(line.trimEnd())
  return lines
}

/**
 * Breaks `text` into lines no wider than `maxWidth` as measured by `measure`. Newlines in the
 * text start new lines; an empty text gives one empty line so a table cell keeps its height.
 */
export function wrapCjk(
  text: string,
  maxWidth: number,
  measure: (text: string) => number
): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .flatMap((paragraph) => wrapParagraph(paragraph, maxWidth, measure))
}
