// Jest setup (jest.config.js setupFilesAfterEnv): what main.ts and the CLI load before their synchronous work
// (the YAML parser, the Liquid engine, every platform), loaded once per test file so tests can call that work directly.
import { loadAllPlatforms } from '../../src/platforms/registry.js'
import { loadLiquidEngine } from '../../src/template/liquid.js'
import { loadYamlParser } from '../../src/yaml-parser.js'

await loadYamlParser()
await loadLiquidEngine()
await loadAllPlatforms()
