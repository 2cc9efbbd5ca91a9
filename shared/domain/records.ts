/**
 * What every stored record carries (DESIGN.md §3): a string UUID key that never changes,
 * creation and update instants, and — for records others point at — an archive mark instead
 * of deletion.
 */
import type { PinyinKeys } from '../text/pinyin'

export interface BaseRecord {
  /** `crypto.randomUUID()`; never reused, never changed. */
  id: string
  /** ISO instant. */
  createdAt: string
  /** ISO instant of the last write. */
  updatedAt: string
}

export interface ArchivableRecord extends BaseRecord {
  /** ISO instant when archived; null while in use. Archived records stay readable and restorable. */
  archivedAt: string | null
}

/** A record found by name: its pinyin keys are stored on write for search and sorting. */
export type NamedRecord = ArchivableRecord & PinyinKeys & { name: string }

/** The fields a caller supplies; the repository fills in the rest. */
export type DraftOf<T extends BaseRecord> = Omit<
  T,
  'id' | 'createdAt' | 'updatedAt' | 'archivedAt' | 'pinyin' | 'pinyinInitials'
>
