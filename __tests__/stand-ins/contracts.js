// @ts-check
/**
 * Optional vendor contracts. CI has the steering repo's shared/ folder beside the project; a user's clone may
 * not, and then the stand-ins fall back to their built-in rules alone.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/** Where the contracts are when present: `../shared/contracts` from the repository root. */
const contractsDir = path.resolve(repoRoot, '..', 'shared', 'contracts')

/** @type {Map<string, string | undefined>} */
const cache = new Map()

/**
 * @param {string} name
 * @returns {string | undefined}
 */
function readContract(name) {
  if (!cache.has(name)) {
    const file = path.join(contractsDir, name)
    cache.set(name, fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined)
  }
  return cache.get(name)
}

/** Discord's OpenAPI 3.1 document, parsed. */
export function discordOpenApi() {
  const text = readContract('discord-openapi.json')
  return text === undefined ? undefined : /** @type {{ components: object }} */ (JSON.parse(text))
}

/** Linear's GraphQL schema (SDL). */
export function linearSchemaSdl() {
  return readContract('linear-schema.graphql')
}
