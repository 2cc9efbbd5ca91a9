// `npm start`: build and launch the desktop app through electron-vite.
//
// The Electron runtime is not part of the npm package any more: it is downloaded the first time
// it is needed. Offices without internet (and our own build machines) cannot download it, so this
// launcher checks first, tries the download once, and otherwise explains — in Chinese and
// English — how to use the browser version instead. It never ends in a stack trace.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

/**
 * Where the Electron executable is, or null when it has not been downloaded.
 * @param {string} electronDir the `node_modules/electron` folder
 * @returns {string | null}
 */
export function findElectronBinary(electronDir) {
  const pathFile = join(electronDir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : null
}

/**
 * What to tell the user when the runtime is missing and could not be fetched.
 * @param {string} reason one line saying why the download failed
 * @returns {string}
 */
export function missingElectronMessage(reason) {
  return [
    '',
    '社联台桌面版需要 Electron 运行时，本机尚未安装，且自动下载失败。',
    `原因：${reason}`,
    '可以这样继续：',
    '  1. 改用浏览器版（功能相同，数据保存在浏览器中）：npm run web',
    '     然后用 Chromium、Chrome 或 Edge 打开终端里显示的地址（默认 http://127.0.0.1:4173）。',
    '  2. 联网后重新运行 npm start；内网可设置镜像，例如',
    '     ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/ npm start',
    '',
    'The SheLian Desk desktop app needs the Electron runtime, which is not installed here and could',
    `not be downloaded (${reason}).`,
    'Run the browser version instead with `npm run web`, or retry `npm start` once this machine can',
    'reach the Electron download site (set ELECTRON_MIRROR to use a mirror).',
    ''
  ].join('\n')
}

/**
 * The last meaningful line of a failed download's output, for the message above.
 * @param {string} output
 * @returns {string}
 */
export function downloadFailureReason(output) {
  if (/fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT/.test(output)) {
    return '无法连接下载服务器，可能没有外网 (cannot reach the download server)'
  }
  const lines = output
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('at '))
  return (
    lines.find((line) => /error|failed|ENOTFOUND|ECONN|ETIMEDOUT/i.test(line)) ??
    lines[0] ??
    '未知错误 unknown error'
  )
}

/**
 * @param {string} electronDir
 * @returns {{ ok: true } | { ok: false, reason: string }}
 */
function tryDownload(electronDir) {
  if (process.env.SHELIAN_SKIP_ELECTRON_DOWNLOAD) {
    return { ok: false, reason: '已按 SHELIAN_SKIP_ELECTRON_DOWNLOAD 跳过下载 (download skipped)' }
  }
  const installer = join(electronDir, 'install.js')
  if (!existsSync(installer))
    return { ok: false, reason: '找不到 electron 安装脚本，请先运行 npm ci' }
  console.info('正在下载 Electron 运行时 (downloading the Electron runtime)…')
  const result = spawnSync(process.execPath, [installer], { encoding: 'utf8', timeout: 600_000 })
  if (result.status === 0) return { ok: true }
  return {
    ok: false,
    reason: downloadFailureReason(`${result.stderr ?? ''}\n${result.stdout ?? ''}`)
  }
}

function main() {
  const electronDir = process.env.SHELIAN_ELECTRON_DIR ?? join(repoRoot, 'node_modules', 'electron')
  if (!findElectronBinary(electronDir)) {
    const download = tryDownload(electronDir)
    if (!download.ok || !findElectronBinary(electronDir)) {
      console.error(
        missingElectronMessage(download.ok ? '下载后仍找不到可执行文件' : download.reason)
      )
      process.exit(1)
    }
  }
  const electronVite = join(repoRoot, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js')
  const run = spawnSync(process.execPath, [electronVite, 'preview', ...process.argv.slice(2)], {
    cwd: repoRoot,
    stdio: 'inherit'
  })
  process.exit(run.status ?? 1)
}

if (fileURLToPath(import.meta.url) === process.argv[1]) main()
