/**
 * Spotting an organisation entered twice. The same USCC is refused outright (the repository,
 * through a unique index); a name that is the same or nearly the same is only warned about,
 * because 备案 groups and 筹备 groups have no USCC and two real groups can have close names.
 *
 * Similarity is the Dice coefficient of character bigrams after dropping what varies between
 * spellings of one name (spaces, full- or half-width brackets and punctuation).
 * Written here rather than taken from a library because it is twenty lines, must treat Chinese
 * characters as units, and the libraries in reach (string-similarity) are unmaintained.
 */
import type { Organization } from './organization'

/** Names at least this similar are shown as possible duplicates. */
export const SIMILAR_NAME_THRESHOLD = 0.8

/** The name with what does not distinguish organisations removed. */
export function normalizeOrganizationName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s()（）【】[\]「」《》“”"'‘’·.,，。、:：;；\-—_]/gu, '')
}

function bigrams(text: string): Map<string, number> {
  const chars = [...text]
  const counts = new Map<string, number>()
  if (chars.length === 1) counts.set(chars[0]!, 1)
  for (let i = 0; i < chars.length - 1; i += 1) {
    const gram = chars[i]! + chars[i + 1]!
    counts.set(gram, (counts.get(gram) ?? 0) + 1)
  }
  return counts
}

/** 0 (nothing shared) to 1 (same after normalising). */
export function nameSimilarity(a: string, b: string): number {
  const left = normalizeOrganizationName(a)
  const right = normalizeOrganizationName(b)
  if (left === right) return 1
  if (left.length === 0 || right.length === 0) return 0
  const leftGrams = bigrams(left)
  const rightGrams = bigrams(right)
  let shared = 0
  let total = 0
  for (const count of leftGrams.values()) total += count
  for (const count of rightGrams.values()) total += count
  for (const [gram, count] of leftGrams) shared += Math.min(count, rightGrams.get(gram) ?? 0)
  return (2 * shared) / total
}

export interface SimilarName {
  id: string
  name: string
  archived: boolean
  similarity: number
}

/**
 * Stored organisations whose name is the same as or very similar to `name`, most similar
 * first. `selfId` (the record being edited) is never its own duplicate.
 */
export function findSimilarNames(
  name: string,
  organizations: readonly Pick<Organization, 'id' | 'name' | 'archivedAt'>[],
  selfId: string | null = null,
  threshold = SIMILAR_NAME_THRESHOLD
): SimilarName[] {
  if (!normalizeOrganizationName(name)) return []
  return organizations
    .filter((organization) => organization.id !== selfId)
    .map((organization) => ({
      id: organization.id,
      name: organization.name,
      archived: organization.archivedAt !== null,
      similarity: nameSimilarity(name, organization.name)
    }))
    .filter((candidate) => candidate.similarity >= threshold)
    .sort((a, b) => b.similarity - a.similarity)
}
