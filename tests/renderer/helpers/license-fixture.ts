/** Stands in for the build-generated licence list, which vitest cannot produce. */
export const LICENSE_FIXTURE = [
  { name: 'antd', version: '6.6.8', license: 'MIT', text: 'MIT License\n\nCopyright (c) Ant UED' },
  { name: 'dexie', version: '4.4.7', license: 'Apache-2.0', text: 'Apache License 2.0' },
  { name: 'no-text', version: '1.0.0', license: 'ISC', text: '' }
]
