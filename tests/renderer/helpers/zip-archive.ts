/**
 * Just enough of the ZIP format to take an .xlsx apart and put it back together with parts
 * changed: what a fuzz test needs to hand exceljs a well-formed archive whose contents are not
 * (a part missing, an XML part cut short or replaced, parts that are no workbook at all).
 *
 * Only stored (uncompressed) entries: write the workbook with
 * `writeBuffer({ zip: { compression: 'STORE' } })` to read it here. Each entry written gets its
 * right CRC and sizes, so the archive itself is always valid.
 */

export interface ZipEntry {
  name: string
  data: Uint8Array
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(data: Uint8Array): number {
  let crc = 0xffffffff
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

/** Names are UTF-8 (general purpose flag bit 11), so Chinese part names survive. */
const UTF8_NAMES = 0x0800

/** A ZIP archive holding `entries`, stored, in order. */
export function zipArchive(entries: readonly ZipEntry[]): Uint8Array {
  const encoder = new TextEncoder()
  const locals: Uint8Array[] = []
  const centrals: Uint8Array[] = []
  let offset = 0
  for (const entry of entries) {
    const name = encoder.encode(entry.name)
    const crc = crc32(entry.data)
    const local = new Uint8Array(30 + name.length + entry.data.length)
    const view = new DataView(local.buffer)
    view.setUint32(0, 0x04034b50, true)
    view.setUint16(4, 20, true)
    view.setUint16(6, UTF8_NAMES, true)
    view.setUint32(14, crc, true)
    view.setUint32(18, entry.data.length, true)
    view.setUint32(22, entry.data.length, true)
    view.setUint16(26, name.length, true)
    local.set(name, 30)
    local.set(entry.data, 30 + name.length)

    const central = new Uint8Array(46 + name.length)
    const cview = new DataView(central.buffer)
    cview.setUint32(0, 0x02014b50, true)
    cview.setUint16(4, 20, true)
    cview.setUint16(6, 20, true)
    cview.setUint16(8, UTF8_NAMES, true)
    cview.setUint32(16, crc, true)
    cview.setUint32(20, entry.data.length, true)
    cview.setUint32(24, entry.data.length, true)
    cview.setUint16(28, name.length, true)
    cview.setUint32(42, offset, true)
    central.set(name, 46)

    locals.push(local)
    centrals.push(central)
    offset += local.length
  }
  const directorySize = centrals.reduce((sum, part) => sum + part.length, 0)
  const end = new Uint8Array(22)
  const eview = new DataView(end.buffer)
  eview.setUint32(0, 0x06054b50, true)
  eview.setUint16(8, entries.length, true)
  eview.setUint16(10, entries.length, true)
  eview.setUint32(12, directorySize, true)
  eview.setUint32(16, offset, true)

  const archive = new Uint8Array(offset + directorySize + end.length)
  let at = 0
  for (const part of [...locals, ...centrals, end]) {
    archive.set(part, at)
    at += part.length
  }
  return archive
}

/** The entries of a stored archive, in the order of its central directory. */
export function unzipStored(archive: Uint8Array): ZipEntry[] {
  const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength)
  let end = archive.length - 22
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end -= 1
  if (end < 0) throw new Error('not a ZIP archive: no end of central directory')
  const count = view.getUint16(end + 10, true)
  let at = view.getUint32(end + 16, true)
  const decoder = new TextDecoder()
  const entries: ZipEntry[] = []
  for (let index = 0; index < count; index += 1) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('broken central directory')
    const method = view.getUint16(at + 10, true)
    if (method !== 0) throw new Error(`entry ${index} is compressed (method ${method}), not stored`)
    const size = view.getUint32(at + 20, true)
    const nameLength = view.getUint16(at + 28, true)
    const extraLength = view.getUint16(at + 30, true)
    const commentLength = view.getUint16(at + 32, true)
    const local = view.getUint32(at + 42, true)
    const name = decoder.decode(archive.subarray(at + 46, at + 46 + nameLength))
    const dataStart =
      local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true)
    entries.push({ name, data: archive.slice(dataStart, dataStart + size) })
    at += 46 + nameLength + extraLength + commentLength
  }
  return entries
}
