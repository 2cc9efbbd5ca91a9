/**
 * `text` cut to its first `max` characters and an ellipsis when it is longer: for a value that
 * must stay one line (a log entry's change, a graph node) or a name repeated in a message.
 */
export function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text
}
