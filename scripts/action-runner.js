// @ts-check
// Runs the committed bundle the way a GitHub runner does: INPUT_* variables with action.yml defaults applied,
// an event file, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, and a workspace that is not the action's folder.
// Shared by the end-to-end tests, `npm run demo` and `npm run bench`.
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { parse as parseYaml } from 'yaml'

export const REPO_ROOT = path.resolve(import.meta.dirname, '..')
const BUNDLE = path.join(REPO_ROOT, 'dist', 'index.js')

/** @type {Record<string, { default?: string }>} */
const ACTION_INPUTS = parseYaml(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')).inputs

/**
 * @param {import('./action-runner.js').RunOptions} options
 * @returns {Promise<import('./action-runner.js').RunResult>}
 */
export async function runAction(options) {
  const home = mkdtempSync(path.join(tmpdir(), 'relay-run-'))
  try {
    const workspace = path.join(home, 'workspace')
    mkdirSync(workspace)
    for (const [file, text] of Object.entries(options.files ?? {})) {
      mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true })
      writeFileSync(path.join(workspace, file), text)
    }
    const eventPath = path.join(home, 'event.json')
    const outputPath = path.join(home, 'output')
    const summaryPath = path.join(home, 'summary')
    writeFileSync(eventPath, JSON.stringify(options.event?.payload ?? {}))
    writeFileSync(outputPath, '')
    writeFileSync(summaryPath, '')

    /** @type {Record<string, string>} */
    const env = {
      PATH: process.env.PATH ?? '',
      HOME: home,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_EVENT_NAME: options.event?.name ?? 'workflow_dispatch',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_OUTPUT: outputPath,
      GITHUB_STEP_SUMMARY: summaryPath,
      GITHUB_ACTION_PATH: REPO_ROOT,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'acme/data-platform',
      GITHUB_RUN_ID: '4242',
      ...options.env
    }
    for (const name of Object.keys(options.inputs)) {
      if (!(name in ACTION_INPUTS)) throw new Error(`runAction: '${name}' is not an input in action.yml`)
    }
    // The runner evaluates `${{ github.* }}` in defaults; the few used here come from the environment above.
    /** @type {Record<string, string>} */
    const github = { token: env.GITHUB_TOKEN ?? 'ghs_stand-in-token', repository: env.GITHUB_REPOSITORY }
    for (const [name, spec] of Object.entries(ACTION_INPUTS)) {
      const value = options.inputs[name] ?? spec.default ?? ''
      env[`INPUT_${name.toUpperCase()}`] = value.replace(
        /\$\{\{\s*github\.(\w+)\s*\}\}/g,
        (_, key) => github[key] ?? ''
      )
    }

    const started = process.hrtime.bigint()
    const node = options.node ?? process.execPath
    const { code, stdout, stderr } = await spawnNode(
      node,
      options.script ?? BUNDLE,
      workspace,
      env,
      options.timeoutMs ?? 20000
    )
    const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6
    const outputs = parseFileCommands(readFileSync(outputPath, 'utf8'))
    const summary = readFileSync(summaryPath, 'utf8')
    const visible = [stdout, stderr, summary, ...Object.values(outputs)].join('\n')
    return { code, stdout, stderr, outputs, summary, visible, elapsedMs }
  } finally {
    rmSync(home, { recursive: true, force: true })
  }
}

/**
 * @param {string} node @param {string} script @param {string} cwd @param {Record<string, string>} env @param {number} timeoutMs
 * @returns {Promise<{ code: number | null, stdout: string, stderr: string }>}
 */
function spawnNode(node, script, cwd, env, timeoutMs) {
  return new Promise((resolve, reject) => {
    const child = spawn(node, [script], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => (stdout += chunk))
    child.stderr.on('data', chunk => (stderr += chunk))
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`the action did not exit within ${timeoutMs} ms\nstdout:\n${stdout}\nstderr:\n${stderr}`))
    }, timeoutMs)
    child.on('close', code => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
}

/**
 * Reads the `name<<DELIMITER` … `DELIMITER` blocks @actions/core writes to GITHUB_OUTPUT.
 * @param {string} text
 */
function parseFileCommands(text) {
  /** @type {Record<string, string>} */
  const outputs = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i])
    if (!match) continue
    const [, name, delimiter] = match
    const value = []
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i])
    outputs[name] = value.join('\n')
  }
  return outputs
}
