/**
 * Bytes handed back over IPC. Structured clone copies a typed array's whole underlying
 * ArrayBuffer, so a small view into a large (or pooled) Node buffer would send far more than the
 * file; returning a view that spans its buffer exactly avoids that without copying big files.
 */
export function toTransferableBytes(data: Uint8Array): Uint8Array {
  if (data.byteOffset === 0 && data.byteLength === data.buffer.byteLength) {
    return new Uint8Array(data.buffer, 0, data.byteLength)
  }
  return new Uint8Array(data)
}

const MiB = 1024 * 1024

/** A size in MB for messages, e.g. `50` or `1.5`. */
export function formatMegabytes(bytes: number): string {
  const value = bytes / MiB
  return Number.isInteger(value) ? String(value) : value.toFixed(1)
}
