/** Small helpers shared by the sample-data generators. */
import type { IsoDate } from '../domain/dates'
import { GIVEN_NAME_CHARS, SURNAMES } from './places'
import type { Random } from './random'

export function personName(random: Random): string {
  const given = random.chance(0.7)
    ? random.pick(GIVEN_NAME_CHARS) + random.pick(GIVEN_NAME_CHARS)
    : random.pick(GIVEN_NAME_CHARS)
  return random.pick(SURNAMES) + given
}

/** One of `weights`' values, each with its probability (the last takes any remainder). */
export function weighted<T>(random: Random, weights: ReadonlyArray<readonly [T, number]>): T {
  let roll = random.next()
  for (const [value, weight] of weights) {
    roll -= weight
    if (roll < 0) return value
  }
  return weights[weights.length - 1]![0]
}

/**
 * An ISO instant on `day` during China office hours (UTC 01–09 is 09–17 in China, so the
 * instant falls on the same calendar date). `fromHour`/`toHour` narrow the UTC hour, to order
 * several instants of one day.
 */
export function instantOn(random: Random, day: IsoDate, fromHour = 1, toHour = 9): string {
  const hour = String(random.int(fromHour, toHour)).padStart(2, '0')
  const minute = String(random.int(0, 59)).padStart(2, '0')
  return `${day}T${hour}:${minute}:00.000Z`
}
