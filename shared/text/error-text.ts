/**
 * What to show for something thrown: its message, or the value itself when it is not an Error.
 * Never throws itself: it runs inside catch blocks, where a second error would replace the
 * message the user needs (String() throws on an object without a prototype or whose toString
 * throws).
 */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message
  try {
    return String(error)
  } catch {
    return Object.prototype.toString.call(error)
  }
}
