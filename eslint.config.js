// Layering is enforced here, not hoped for: shared/ is pure TypeScript, the renderer never
// reaches into Node or Electron, and the Electron shell never imports the renderer.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'url',
  'http',
  'https',
  'net',
  'stream',
  'util',
  'worker_threads'
]

const restrict = (groups, message, paths = []) => ({
  'no-restricted-imports': ['error', { paths, patterns: [{ group: groups, message }] }]
})

const rendererRestriction = [
  [...nodeBuiltins, 'electron', '**/electron/**'],
  'renderer/ 在浏览器中运行：不得引用 electron 或 Node 内置模块。'
]

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }]
    }
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { ...globals.es2023 } },
    rules: restrict(
      [
        ...nodeBuiltins,
        'electron',
        'react',
        'react-*',
        'react/*',
        'dexie',
        'dexie-*',
        'antd',
        '@renderer/*',
        '**/renderer/**',
        '**/electron/**'
      ],
      'shared/ 只放纯 TypeScript：不得引用 DOM、Node、Electron、React 或 Dexie。'
    )
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // A bulk write holds every live query (renderer/src/db/live-query.ts): none may bypass it.
      ...restrict(...rendererRestriction, [
        {
          name: 'dexie-react-hooks',
          message: '实时查询请用 @renderer/db/live-query 的 useLiveQuery。'
        }
      ])
    }
  },
  {
    files: ['renderer/src/db/live-query.ts'],
    rules: restrict(...rendererRestriction)
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: restrict(
      ['@renderer/*', '**/renderer/**', 'react', 'react-dom', 'antd', 'dexie'],
      'electron/ 是薄壳：不得引用 renderer 或界面库。'
    )
  },
  {
    files: ['tests/**/*.{ts,tsx,mjs}', '*.config.{ts,js}', 'electron/build/**/*.{ts,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } }
  }
)
