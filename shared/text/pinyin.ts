/**
 * Pinyin search keys, computed once when a record is written (about 16 µs per name) and
 * stored, because computing them per keystroke over 100k rows is far too slow
 * (engineering-notes.md §7.4). pinyin-pro reads polyphones in context: 长安 → chang an.
 */
import { pinyin } from 'pinyin-pro'

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/
const RUNS = /[\u3400-\u9fff\uf900-\ufaff]+|[^\u3400-\u9fff\uf900-\ufaff]+/g

export interface PinyinKeys {
  /**
   * Full pinyin without tones, lower case, one space between syllables: 鼓楼区 → `gu lou qu`.
   * The spaces let a search anchor at syllable starts (see {@link matchesPinyinQuery}).
   */
  pinyin: string
  /** First letters: 鼓楼区 → `glq`. */
  pinyinInitials: string
}

/** Keys for `text`; Latin letters and digits are kept as they are (lower-cased). */
export function pinyinKeys(text: string): PinyinKeys {
  const syllables: string[] = []
  let initials = ''
  // Chinese runs go to pinyin-pro whole, so polyphones are read in context; other runs are
  // kept as typed. (pinyin-pro's per-character 'all' output is five times slower.)
  for (const [run] of text.matchAll(RUNS)) {
    if (CJK.test(run)) {
      for (const syllable of pinyin(run, { toneType: 'none', type: 'array', v: true })) {
        const word = syllable.toLowerCase().replace(/[^a-z]/g, '')
        if (word === '') continue
        syllables.push(word)
        initials += word.slice(0, 1)
      }
    } else {
      const word = run.toLowerCase().replace(/[^a-z0-9]/g, '')
      if (word === '') continue
      syllables.push(word)
      initials += word
    }
  }
  return { pinyin: syllables.join(' '), pinyinInitials: initials }
}

/** Lower-case, trimmed, without inner spaces: what a search box compares. */
export function normalizeQuery(query: string): string {
  return query.trim().toLowerCase().replace(/\s+/g, '')
}

/**
 * True when `query`, with its spaces removed, runs through the space-separated `pinyin` starting
 * at the beginning of a syllable. 永宁路 (`yong ning lu`) matches `ning`, `ninglu` and `yongn`,
 * but not `gl`, which only straddles two syllables by accident.
 */
function matchesFromSyllableStart(pinyin: string, query: string): boolean {
  for (let start = 0; start < pinyin.length; start = pinyin.indexOf(' ', start) + 1) {
    let p = start
    let q = 0
    while (q < query.length && p < pinyin.length) {
      if (pinyin[p] === ' ') {
        p += 1
        continue
      }
      if (pinyin[p] !== query[q]) break
      p += 1
      q += 1
    }
    if (q === query.length) return true
    if (pinyin.indexOf(' ', start) < 0) return false
  }
  return false
}

/**
 * True when a record with `text` and its stored keys matches `query`: by the Chinese text
 * itself, by initials (`gl` for 鼓楼) or by full pinyin from a syllable start (`gulou`, `lou`).
 * `query` must already be normalised.
 */
export function matchesPinyinQuery(
  query: string,
  text: string,
  keys: PinyinKeys | undefined
): boolean {
  if (query === '') return true
  if (text.toLowerCase().includes(query)) return true
  if (!keys || !/^[a-z0-9]+$/.test(query)) return false
  return keys.pinyinInitials.includes(query) || matchesFromSyllableStart(keys.pinyin, query)
}
