/**
 * Draws the pages of a PDF onto canvases with pdf.js, so the user sees exactly the file that will
 * be saved — the same bytes, rendered by an independent reader. Loaded only when a preview opens.
 */
import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist'
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'

GlobalWorkerOptions.workerSrc = workerUrl

/** Renders every page into `container` at `width` CSS pixels; resolves with the page count. */
export async function renderPdfPages(bytes: Uint8Array, container: HTMLElement, width: number) {
  // pdf.js detaches what it is given, and the caller still needs the bytes to save them.
  const task = getDocument({ data: bytes.slice(), isEvalSupported: false })
  const pdf = await task.promise
  try {
    container.replaceChildren()
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number)
      const unscaled = page.getViewport({ scale: 1 })
      const ratio = window.devicePixelRatio || 1
      const viewport = page.getViewport({ scale: (width / unscaled.width) * ratio })
      const canvas = document.createElement('canvas')
      canvas.width = Math.floor(viewport.width)
      canvas.height = Math.floor(viewport.height)
      canvas.style.width = `${width}px`
      canvas.setAttribute('role', 'img')
      canvas.setAttribute('aria-label', `第 ${number} 页`)
      container.append(canvas)
      await page.render({ canvas, viewport }).promise
    }
    return pdf.numPages
  } finally {
    await pdf.destroy()
  }
}
