/**
 * How the global search (Ctrl+K) matches and ranks records against what was typed, the same for
 * every kind of record, so 鼓楼 / gulou / gl / 52350102 / gmfw2025 all find what they name.
 *
 * A record is offered as a {@link SearchCandidate}: its display name and its searchable values,
 * each either a **name** (Chinese text, matched as typed and by the pinyin keys stored on write,
 * see pinyin.ts) or a **code** (统一社会信用代码, 证书编号, 合同编号 …: case-insensitive, and
 * spaces and the separators `- _ . / \ ·` are ignored, so `gmfw2025001` finds `GMFW-2025-001`).
 * Queries are NFKC-normalised first, so full-width letters and digits typed with a Chinese input
 * method (５２３５, ＧＭＦＷ) match their ASCII forms.
 *
 * Ranking: an exact match before a prefix match before a match inside the value, whichever field
 * it is in; then live records before archived ones; then the zh collator over the record's stored
 * full pinyin (so polyphones such as 长沙 sort under c) and its name.
 */
import { compareZh } from './collator'
import { normalizeQuery, type PinyinKeys } from './pinyin'

/** How closely a value matched: the whole of it, its beginning, or somewhere inside. */
export type MatchLevel = 'exact' | 'prefix' | 'substring'

/** What matched: the text as written, its full pinyin, its pinyin initials, or a code. */
export type MatchedBy = 'text' | 'pinyin' | 'initials' | 'code'

const LEVEL_ORDER: Readonly<Record<MatchLevel, number>> = { exact: 0, prefix: 1, substring: 2 }

/**
 * Codes match inside the value only from this many characters on: `52` would otherwise list
 * every organisation of a province by its credit code. Shorter queries still match codes that
 * begin with them.
 */
export const CODE_SUBSTRING_MIN_LENGTH = 3

const CODE_SEPARATORS = /[\s\-_./\\·]+/g
const LETTERS_AND_DIGITS = /^[a-z0-9]+$/
/** Text that NFKC leaves as it is: printable ASCII and the unified ideographs (most names). */
const PLAIN = /^[\u0020-\u007e\u4e00-\u9fff]*$/

/** A name's pinyin prepared for matching (see {@link nameField}). */
export interface PreparedPinyin {
  /** The full pinyin without spaces: 鼓楼区 → `gulouqu`. */
  compact: string
  /** As stored, one space between syllables: `gu lou qu`. */
  spaced: string
  initials: string
}

/** One searchable value of a record, prepared once when the search index is built. */
export interface SearchField {
  /** The field's Chinese name, shown with the match: 统一社会信用代码, 法定代表人. */
  label: string
  /** The value as stored, for display. */
  value: string
  kind: 'name' | 'code'
  /** What queries are compared with: normalised like a query (see the module comment). */
  normalized: string
  /** A name's stored pinyin keys, prepared; none for codes. */
  pinyin?: PreparedPinyin
}

function normalizeText(value: string): string {
  // NFKC costs more than the rest of building the index, and names are nearly always plain.
  return normalizeQuery(PLAIN.test(value) ? value : value.normalize('NFKC'))
}

function compactCode(value: string): string {
  return normalizeText(value).replace(CODE_SEPARATORS, '')
}

function preparePinyin(keys: PinyinKeys): PreparedPinyin {
  return {
    compact: keys.pinyin.replaceAll(' ', ''),
    spaced: keys.pinyin,
    initials: keys.pinyinInitials
  }
}

/** A name field: Chinese text with, when the record stores them, its pinyin keys. */
export function nameField(label: string, value: string, keys?: PinyinKeys): SearchField {
  const field: SearchField = { label, value, kind: 'name', normalized: normalizeText(value) }
  if (keys) field.pinyin = preparePinyin(keys)
  return field
}

/** A code field: an identifier matched without regard to case or separators. */
export function codeField(label: string, value: string): SearchField {
  return { label, value, kind: 'code', normalized: compactCode(value) }
}

/** A record as the search sees it; `item` is whatever the caller needs back to show and open it. */
export interface SearchCandidate<T> {
  item: T
  /** Display name; the last tie-break. */
  name: string
  /** The record's stored pinyin keys, whose full pinyin orders tied matches (polyphones). */
  keys?: PinyinKeys
  /** Searched in this order; on an equal match level the earlier field is the one reported. */
  fields: readonly SearchField[]
  /** Archived records come after the live ones that match as well. */
  archived?: boolean
}

/** A query ready to match: normalised once, not per record. */
export interface SearchQuery {
  /** Lower-case, NFKC, without spaces; empty matches nothing. */
  text: string
  /** The same without code separators, compared with code fields. */
  code: string
  /** Whether the query can be pinyin (only letters and digits). */
  pinyin: boolean
}

export function parseSearchQuery(raw: string): SearchQuery {
  const text = normalizeText(raw)
  return { text, code: compactCode(raw), pinyin: LETTERS_AND_DIGITS.test(text) }
}

export interface FieldMatch {
  level: MatchLevel
  by: MatchedBy
}

/** Where `query` occurs in `value`: one native search per value, as this runs per keystroke. */
function levelIn(value: string, query: string, allowSubstring = true): MatchLevel | null {
  const at = value.indexOf(query)
  if (at < 0) return null
  if (at === 0) return value.length === query.length ? 'exact' : 'prefix'
  return allowSubstring ? 'substring' : null
}

/** Whether letter `at` of the compact pinyin begins a syllable of the spaced one. */
function startsSyllable(spaced: string, at: number): boolean {
  let letters = 0
  for (let i = 0; i < spaced.length; i++) {
    if (spaced[i] === ' ') continue
    if (letters === at) return i === 0 || spaced[i - 1] === ' '
    letters += 1
  }
  return false
}

/**
 * Where `query` runs through the full pinyin starting at a syllable: the rule of
 * `matchesPinyinQuery` in pinyin.ts (永宁路 matches `ning` and `ninglu`, never `gl`), worked on
 * the prepared form so that most records cost one `indexOf`.
 */
function pinyinLevel(pinyin: PreparedPinyin, query: string): MatchLevel | null {
  const { compact, spaced } = pinyin
  let at = compact.indexOf(query)
  if (at === 0) return compact.length === query.length ? 'exact' : 'prefix'
  while (at > 0) {
    if (startsSyllable(spaced, at)) return 'substring'
    at = compact.indexOf(query, at + 1)
  }
  return null
}

function better(found: FieldMatch | null, level: MatchLevel | null, by: MatchedBy) {
  if (level === null) return found
  return found && LEVEL_ORDER[found.level] <= LEVEL_ORDER[level] ? found : { level, by }
}

/**
 * How `field` matches `query`, or null. A name matches by its text, its full pinyin from a
 * syllable start, or its initials; the closest match wins, and on a tie the text before the
 * pinyin before the initials.
 */
export function matchField(query: SearchQuery, field: SearchField): FieldMatch | null {
  if (field.kind === 'code') {
    if (query.code === '') return null
    const level = levelIn(
      field.normalized,
      query.code,
      query.code.length >= CODE_SUBSTRING_MIN_LENGTH
    )
    return level ? { level, by: 'code' } : null
  }
  if (query.text === '') return null
  let found = better(null, levelIn(field.normalized, query.text), 'text')
  if (found?.level === 'exact' || !query.pinyin || !field.pinyin) return found
  found = better(found, pinyinLevel(field.pinyin, query.text), 'pinyin')
  return better(found, levelIn(field.pinyin.initials, query.text), 'initials')
}

export interface SearchHit<T> {
  candidate: SearchCandidate<T>
  /** The field that matched best. */
  field: SearchField
  level: MatchLevel
  by: MatchedBy
}

/** The best match over a candidate's fields, or null when none matches. */
export function matchCandidate<T>(
  query: SearchQuery,
  candidate: SearchCandidate<T>
): SearchHit<T> | null {
  let hit: SearchHit<T> | null = null
  for (const field of candidate.fields) {
    const match = matchField(query, field)
    if (!match) continue
    if (!hit || LEVEL_ORDER[match.level] < LEVEL_ORDER[hit.level]) {
      hit = { candidate, field, level: match.level, by: match.by }
      if (match.level === 'exact') break
    }
  }
  return hit
}

/** The ranking order described in the module comment. */
export function compareHits<T>(a: SearchHit<T>, b: SearchHit<T>): number {
  return (
    LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
    Number(a.candidate.archived ?? false) - Number(b.candidate.archived ?? false) ||
    compareZh(
      a.candidate.keys?.pinyin ?? a.candidate.name,
      b.candidate.keys?.pinyin ?? b.candidate.name
    ) ||
    compareZh(a.candidate.name, b.candidate.name)
  )
}

export interface RankedHits<T> {
  /** The best `limit` hits, best first. */
  hits: SearchHit<T>[]
  /** How many candidates matched in all. */
  total: number
}

/**
 * The candidates matching `query`, best first, at most `limit` of them, and how many matched in
 * all. With a limit, only the best few are kept as they are found, so a one-letter query that
 * matches 15,000 organisations costs no full sort (collator compares are the slow part).
 */
export function rankCandidates<T>(
  query: SearchQuery,
  candidates: Iterable<SearchCandidate<T>>,
  limit = Number.POSITIVE_INFINITY
): RankedHits<T> {
  const hits: SearchHit<T>[] = []
  let total = 0
  const bounded = Number.isFinite(limit)
  for (const candidate of candidates) {
    const hit = matchCandidate(query, candidate)
    if (!hit) continue
    total += 1
    if (!bounded) {
      hits.push(hit)
      continue
    }
    if (hits.length >= limit && compareHits(hit, hits[hits.length - 1]!) >= 0) continue
    let low = 0
    let high = hits.length
    while (low < high) {
      const mid = (low + high) >> 1
      if (compareHits(hits[mid]!, hit) <= 0) low = mid + 1
      else high = mid
    }
    hits.splice(low, 0, hit)
    if (hits.length > limit) hits.pop()
  }
  if (!bounded) hits.sort(compareHits)
  return { hits, total }
}
