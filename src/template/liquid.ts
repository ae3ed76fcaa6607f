import { chunkModule } from '../chunk-module.js'

/**
 * liquidjs and the code around it (src/template/engine.ts), a third of the bundle: loaded only for a Liquid leaf
 * the build did not precompile (every leaf of a user's template, none of a built-in's).
 */
export const liquid = chunkModule('the Liquid engine', () => import('./engine.js'))

/** For edges about to compile Liquid the build did not precompile (loadTemplateModules, check mode, the CLI, tests). */
export async function loadLiquidEngine(): Promise<void> {
  await liquid.load()
}
