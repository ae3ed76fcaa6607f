export const REPO_ROOT: string

export interface RunOptions {
  /** Inputs by their action.yml names; the others get action.yml defaults. */
  inputs: Record<string, string>
  /** The event that triggered the workflow (written to GITHUB_EVENT_PATH). */
  event?: { name: string; payload: unknown }
  /** Files to create in the workspace, by relative path. */
  files?: Record<string, string>
  /** Extra environment variables. */
  env?: Record<string, string>
  timeoutMs?: number
  /** The node binary to run (default: the one running this script). */
  node?: string
  /** The program to run instead of the action's bundle (the bench's floor program). */
  script?: string
}

export interface RunResult {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** Everything a person could see: logs, outputs and summary (for secret checks). */
  visible: string
  elapsedMs: number
}

export function runAction(options: RunOptions): Promise<RunResult>
