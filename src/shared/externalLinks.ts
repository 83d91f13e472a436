// The only pages the app opens outside itself (desktop: shell.openExternal; web: window.open).
// One list for both, matched exactly: no prefix tricks, no other scheme than https.
export const externalLinks = {
  course: 'https://deeplearningzerotoall.github.io/season2/',
  project: 'https://github.com/deeplearningzerotoall/PyTorch'
} as const

export type ExternalLinkName = keyof typeof externalLinks

const allowed: ReadonlySet<string> = new Set(Object.values(externalLinks))

export function isAllowedExternalUrl(url: unknown): url is string {
  return typeof url === 'string' && allowed.has(url)
}
