// The renderer's messages by dotted key, as t() finds them, for tests that check a namespace.
import type { MessageTree } from '@renderer/i18n'

/** The message at a dotted key ('datasets.sets.lab.story'), or undefined. */
export function lookUp(tree: MessageTree, key: string): string | undefined {
  let node: string | MessageTree | undefined = tree
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined
  return typeof node === 'string' ? node : undefined
}
