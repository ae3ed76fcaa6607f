import type { LoggedRequest, Reply } from './http.js'

export interface GitPerson {
  name: string
  email: string
  /** ISO 8601, whole seconds. */
  date: string
}

export interface GitTreeEntry {
  path: string
  /** 100644, 100755, 040000, 160000 or 120000, as the API writes them. */
  mode: string
  type: 'blob' | 'tree' | 'commit'
  sha: string
}

export type GitObject =
  | { type: 'blob'; content: Buffer }
  | { type: 'tree'; entries: GitTreeEntry[] }
  | {
      type: 'commit'
      tree: string
      parents: string[]
      author: GitPerson
      committer: GitPerson
      message: string
    }

/** One repository's object database and refs (full names, `refs/heads/main`). */
export interface GitDatabase {
  objects: Map<string, GitObject>
  refs: Map<string, string>
  /** An empty repository (no commit yet): every git data request answers 409 "Git Repository is empty.". */
  empty: boolean
}

/** `/repos/{owner}/{repo}/git/{kind}/{rest}`. */
export const GIT_PATH: RegExp

/** A new object database: one commit on refs/heads/main, or nothing when `empty`. */
export function newGitDatabase(empty?: boolean): GitDatabase

export function gitDataApi(context: {
  git: GitDatabase
  /** `${url}/repos/owner/name` */
  base: string
  fail: (reply: Reply, status: number, message: string, extra?: object) => void
  /** The rate-limit headers every reply carries. */
  headers: () => Record<string, string>
}): (request: LoggedRequest, reply: Reply, kind: string, rest: string) => void
