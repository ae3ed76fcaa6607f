/**
 * A module the bundle keeps in a chunk of its own and loads the first time a run needs it (the YAML parser, the
 * Liquid engine), so a send that never needs it never pays for it. Synchronous work asks for it with `get()`;
 * `withOnDemandModules` loads what that work found missing and runs it again.
 */
export interface OnDemandModule<T> {
  load(): Promise<T>
  /** The module; throws ModuleNotLoaded before `load()` has finished. */
  get(): T
}

/** Thrown by `get()` before `load()`: the caller retries through `withOnDemandModules`. */
export class ModuleNotLoaded extends Error {
  constructor(
    readonly module: OnDemandModule<unknown>,
    what: string
  ) {
    super(`internal error: ${what} was used before it was loaded`)
    this.name = 'ModuleNotLoaded'
  }
}

export function onDemand<T>(what: string, importModule: () => Promise<T>): OnDemandModule<T> {
  let loaded: T | undefined
  const module: OnDemandModule<T> = {
    load: async () => (loaded ??= await importModule()),
    get: () => {
      if (loaded === undefined) throw new ModuleNotLoaded(module, what)
      return loaded
    }
  }
  return module
}

/**
 * Runs `work` (which must have no side effects), loading each on-demand module it finds missing and running it
 * again, until it completes: one retry per module at most.
 */
export async function withOnDemandModules<T>(work: () => T): Promise<T> {
  for (;;) {
    try {
      return work()
    } catch (error) {
      if (!(error instanceof ModuleNotLoaded)) throw error
      await error.module.load()
    }
  }
}
