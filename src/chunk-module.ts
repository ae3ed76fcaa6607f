/**
 * A module the bundle keeps in a chunk of its own (the YAML parser, the Liquid engine), so a run that never needs
 * it never pays for it. The edges of a run decide whether it is needed and `load` it before the synchronous work
 * that uses it with `get`; nothing loads it on the way.
 */
export interface ChunkModule<T> {
  load(): Promise<void>
  /** The module; throws before `load()` has finished: an edge let work that needs it run first (a bug). */
  get(): T
}

export function chunkModule<T>(what: string, importModule: () => Promise<T>): ChunkModule<T> {
  let loaded: T | undefined
  return {
    load: async () => {
      loaded ??= await importModule()
    },
    get: () => {
      if (loaded === undefined) throw new Error(`internal error: ${what} was used before it was loaded`)
      return loaded
    }
  }
}
