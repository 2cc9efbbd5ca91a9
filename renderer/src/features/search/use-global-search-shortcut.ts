/**
 * The keys that open the global search: Ctrl+K (⌘K on a Mac) anywhere, and `/` — the key many
 * sites use for search — when it would not be typed into a field.
 */
import { useEffect, useEffectEvent } from 'react'

/** Whether a key pressed on `target` is text being typed (an input, a select's search, …). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}

export function useGlobalSearchShortcut(onOpen: () => void): void {
  const open = useEffectEvent(onOpen)
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // An input method composing Chinese owns its keys.
      if (event.defaultPrevented || event.isComposing) return
      const modified = event.ctrlKey || event.metaKey
      if (modified && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k') {
        event.preventDefault()
        open()
      } else if (event.key === '/' && !modified && !event.altKey && !isTyping(event.target)) {
        event.preventDefault()
        open()
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
