/**
 * A small seeded PRNG (mulberry32) so sample data is the same on every machine and every run:
 * tests, screenshots and benchmark figures stay comparable.
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number
  /** Integer in [min, max]. */
  int(min: number, max: number): number
  pick<T>(items: readonly T[]): T
  /** True with probability `p`. */
  chance(p: number): boolean
  /** A stable UUID-v4-shaped id. */
  uuid(): string
  /** `count` distinct items (or all of them when there are fewer). */
  sample<T>(items: readonly T[], count: number): T[]
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  /** Eight hex digits from one draw: `next()` is a 32-bit integer scaled down, so this is exact. */
  const word = () =>
    Math.floor(next() * 4294967296)
      .toString(16)
      .padStart(8, '0')
  return {
    next,
    int,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (p) => next() < p,
    uuid: () => {
      const [a, b, c, d] = [word(), word(), word(), word()]
      const variant = '89ab'[parseInt(c[0]!, 16) & 3]
      return `${a}-${b.slice(0, 4)}-4${b.slice(4, 7)}-${variant}${c.slice(1, 4)}-${c.slice(4)}${d}`
    },
    sample(items, count) {
      const copy = [...items]
      const result = []
      while (result.length < count && copy.length > 0) {
        result.push(copy.splice(Math.floor(next() * copy.length), 1)[0]!)
      }
      return result
    }
  }
}
