/**
 * Copies text to the clipboard. The async Clipboard API is refused on some hosts (no focus, no
 * permission, insecure origin); the old selection-and-copy path still works there.
 */
export async function copyText(text: string, doc: Document = document): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text)
      return true
    }
  } catch {
    // Fall through to the legacy path.
  }
  const area = doc.createElement('textarea')
  area.value = text
  area.setAttribute('readonly', '')
  area.style.position = 'fixed'
  area.style.opacity = '0'
  doc.body.append(area)
  try {
    area.select()
    return typeof doc.execCommand === 'function' && doc.execCommand('copy')
  } catch {
    return false
  } finally {
    area.remove()
  }
}
