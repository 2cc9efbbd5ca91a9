/** What to show for something thrown: its message, or the value itself when it is not an Error. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
