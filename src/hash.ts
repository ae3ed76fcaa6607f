import { createRequire } from 'node:module'

type NodeCrypto = typeof import('node:crypto')

let loaded: NodeCrypto | undefined

/** node:crypto on first use: loading it costs start-up ~15 ms, and many sends never hash. */
function nodeCrypto(): NodeCrypto {
  loaded ??= createRequire(import.meta.url)('node:crypto') as NodeCrypto
  return loaded
}

/** The SHA-256 of a text, as hex. */
export function sha256Hex(text: string): string {
  return nodeCrypto().createHash('sha256').update(text).digest('hex')
}

/** A random UUID, for markers no text may guess. */
export function randomId(): string {
  return nodeCrypto().randomUUID()
}

/** The SHA-1 of a text, as hex: git's object ids (the state kept as git refs computes them ahead of the API). */
export function sha1Hex(text: string): string {
  return nodeCrypto().createHash('sha1').update(text).digest('hex')
}
