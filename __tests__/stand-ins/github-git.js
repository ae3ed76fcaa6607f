// @ts-check
/**
 * The GitHub stand-in's git data API (refs, blobs, trees, commits) for one repository's object database. Object ids
 * are real SHA-1 ids computed as git computes them (`blob|tree|commit <size>\0<body>`), so the same content gets the
 * same id and a fast-forward is checked by walking real parents. Replies and refusals are GitHub's: 404 for an
 * absent ref, 422 "Reference already exists", "Update is not a fast forward", "Reference does not exist",
 * "Object does not exist", "Tree SHA does not exist" (the empty tree included, unless a tree request made it),
 * "Parent SHA does not exist or is not a commit object", and 409 "Git Repository is empty." for an empty repository.
 */
import { createHash } from 'node:crypto'

/**
 * @typedef {import('./http.js').Reply} Reply
 * @typedef {import('./http.js').LoggedRequest} LoggedRequest
 * @typedef {import('./github-git.js').GitDatabase} GitDatabase
 * @typedef {import('./github-git.js').GitObject} GitObject
 * @typedef {import('./github-git.js').GitTreeEntry} GitTreeEntry
 * @typedef {import('./github-git.js').GitPerson} GitPerson
 * @typedef {(reply: Reply, status: number, message: string, extra?: object) => void} Fail
 */

export const GIT_PATH = /^\/repos\/([^/]+)\/([^/]+)\/git\/(ref|refs|matching-refs|blobs|trees|commits)(?:\/(.*))?$/
const SHA = /^[0-9a-f]{40}$/
const MODES = { 100644: 'blob', 100755: 'blob', '040000': 'tree', 160000: 'commit', 120000: 'blob' }
const BOT = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' }

/** @param {unknown} value @returns {value is Record<string, unknown>} */
function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * A git object's id and stored form.
 * @param {'blob' | 'tree' | 'commit'} type
 * @param {Buffer} body
 */
function gitObjectId(type, body) {
  return createHash('sha1')
    .update(Buffer.concat([Buffer.from(`${type} ${body.length}\0`), body]))
    .digest('hex')
}

/**
 * Git's tree order: names compared bytewise, a tree's name as if it ended in '/'.
 * @param {GitTreeEntry} a @param {GitTreeEntry} b
 */
function treeOrder(a, b) {
  const key = (/** @type {GitTreeEntry} */ entry) => Buffer.from(entry.type === 'tree' ? `${entry.path}/` : entry.path)
  return Buffer.compare(key(a), key(b))
}

/** @param {GitTreeEntry[]} entries */
function treeBody(entries) {
  const sorted = [...entries].sort(treeOrder)
  // Git writes a tree's mode without its leading zero.
  return Buffer.concat(
    sorted.flatMap(entry => [
      Buffer.from(`${entry.mode.replace(/^0/, '')} ${entry.path}\0`),
      Buffer.from(entry.sha, 'hex')
    ])
  )
}

/** @param {GitPerson} person */
function signature(person) {
  return `${person.name} <${person.email}> ${Math.floor(Date.parse(person.date) / 1000)} +0000`
}

/**
 * @param {{ tree: string, parents: string[], author: GitPerson, committer: GitPerson, message: string }} commit
 */
function commitBody(commit) {
  const lines = [
    `tree ${commit.tree}`,
    ...commit.parents.map(parent => `parent ${parent}`),
    `author ${signature(commit.author)}`,
    `committer ${signature(commit.committer)}`
  ]
  return Buffer.from(`${lines.join('\n')}\n\n${commit.message}`)
}

/** A new object database, with one commit on `refs/heads/main` unless the repository is empty. @returns {GitDatabase} */
export function newGitDatabase(empty = false) {
  /** @type {GitDatabase} */
  const git = { objects: new Map(), refs: new Map(), empty }
  if (!empty) {
    const readme = storeBlob(git, Buffer.from('# data-platform\n'))
    const tree = storeTree(git, [{ path: 'README.md', mode: '100644', type: 'blob', sha: readme }])
    const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
    const person = { name: 'Jane Doe', email: 'jane@example.com', date: now }
    const commit = storeCommit(git, { tree, parents: [], author: person, committer: person, message: 'Initial commit' })
    git.refs.set('refs/heads/main', commit)
  }
  return git
}

/** @param {GitDatabase} git @param {Buffer} content */
function storeBlob(git, content) {
  const sha = gitObjectId('blob', content)
  git.objects.set(sha, { type: 'blob', content })
  return sha
}

/** @param {GitDatabase} git @param {GitTreeEntry[]} entries */
function storeTree(git, entries) {
  const sorted = [...entries].sort(treeOrder)
  const sha = gitObjectId('tree', treeBody(sorted))
  git.objects.set(sha, { type: 'tree', entries: sorted })
  return sha
}

/**
 * @param {GitDatabase} git
 * @param {{ tree: string, parents: string[], author: GitPerson, committer: GitPerson, message: string }} commit
 */
function storeCommit(git, commit) {
  const sha = gitObjectId('commit', commitBody(commit))
  git.objects.set(sha, { type: 'commit', ...commit })
  return sha
}

/** Whether `ancestor` is `sha` or reachable from it through parents. @param {GitDatabase} git @param {string} sha @param {string} ancestor */
function reaches(git, sha, ancestor) {
  const seen = new Set()
  const queue = [sha]
  while (queue.length > 0) {
    const next = /** @type {string} */ (queue.shift())
    if (next === ancestor) return true
    if (seen.has(next)) continue
    seen.add(next)
    const object = git.objects.get(next)
    if (object?.type === 'commit') queue.push(...object.parents)
  }
  return false
}

/**
 * The git data routes of one repository.
 * @param {{ git: GitDatabase, base: string, fail: Fail, headers: () => Record<string, string> }} context
 */
export function gitDataApi({ git, base, fail, headers }) {
  /** @param {Reply} reply @param {string} detail */
  const invalidRequest = (reply, detail) => fail(reply, 422, `Invalid request.\n\n${detail}`)

  /** @param {string} name */
  function refJson(name) {
    const sha = /** @type {string} */ (git.refs.get(name))
    const type = git.objects.get(sha)?.type ?? 'commit'
    return {
      ref: name,
      node_id: `REF_${Buffer.from(name).toString('base64url')}`,
      url: `${base}/git/${name}`,
      object: { sha, type, url: `${base}/git/${type}s/${sha}` }
    }
  }

  /** @param {string} sha */
  function treeJson(sha) {
    const tree = /** @type {Extract<GitObject, { type: 'tree' }>} */ (git.objects.get(sha))
    return {
      sha,
      url: `${base}/git/trees/${sha}`,
      tree: tree.entries.map(entry => {
        const object = git.objects.get(entry.sha)
        return {
          path: entry.path,
          mode: entry.mode,
          type: entry.type,
          sha: entry.sha,
          ...(object?.type === 'blob' && { size: object.content.length }),
          url: `${base}/git/${entry.type}s/${entry.sha}`
        }
      }),
      truncated: false
    }
  }

  /** @param {string} sha */
  function commitJson(sha) {
    const commit = /** @type {Extract<GitObject, { type: 'commit' }>} */ (git.objects.get(sha))
    const html = base.replace(/\/repos\//, '/').replace(/^https?:\/\/[^/]+/, 'https://github.com')
    return {
      sha,
      node_id: `C_${sha}`,
      url: `${base}/git/commits/${sha}`,
      html_url: `${html}/commit/${sha}`,
      author: commit.author,
      committer: commit.committer,
      message: commit.message,
      tree: { sha: commit.tree, url: `${base}/git/trees/${commit.tree}` },
      parents: commit.parents.map(parent => ({
        sha: parent,
        url: `${base}/git/commits/${parent}`,
        html_url: `${html}/commit/${parent}`
      })),
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null }
    }
  }

  /** @param {Reply} reply @param {string} name */
  function getRef(reply, name) {
    const full = `refs/${name}`
    if (!git.refs.has(full)) return fail(reply, 404, 'Not Found')
    reply.json(200, refJson(full), headers())
  }

  /** @param {Reply} reply @param {string} prefix */
  function matchingRefs(reply, prefix) {
    const names = [...git.refs.keys()].filter(name => name.startsWith(`refs/${prefix}`)).sort()
    reply.json(200, names.map(refJson), headers())
  }

  /** @param {Reply} reply @param {Record<string, unknown>} body */
  function createRef(reply, body) {
    const { ref, sha } = body
    if (ref === undefined) return invalidRequest(reply, '"ref" wasn\'t supplied.')
    if (sha === undefined) return invalidRequest(reply, '"sha" wasn\'t supplied.')
    if (typeof ref !== 'string')
      return invalidRequest(reply, `For 'properties/ref', ${JSON.stringify(ref)} is not a string.`)
    if (typeof sha !== 'string')
      return invalidRequest(reply, `For 'properties/sha', ${JSON.stringify(sha)} is not a string.`)
    if (!ref.startsWith('refs/') || ref.split('/').length < 3 || !validRefName(ref))
      return fail(reply, 422, "Reference name must start with 'refs/' and have at least two slashes.")
    if (git.refs.has(ref)) return fail(reply, 422, 'Reference already exists')
    if (!git.objects.has(sha)) return fail(reply, 422, 'Object does not exist')
    git.refs.set(ref, sha)
    reply.json(201, refJson(ref), { ...headers(), location: `${base}/git/${ref}` })
  }

  /** @param {Reply} reply @param {string} name @param {Record<string, unknown>} body */
  function updateRef(reply, name, body) {
    const full = `refs/${name}`
    const { sha, force = false } = body
    if (sha === undefined) return invalidRequest(reply, '"sha" wasn\'t supplied.')
    if (typeof sha !== 'string')
      return invalidRequest(reply, `For 'properties/sha', ${JSON.stringify(sha)} is not a string.`)
    if (typeof force !== 'boolean')
      return invalidRequest(reply, `For 'properties/force', ${JSON.stringify(force)} is not a boolean.`)
    if (!git.refs.has(full)) return fail(reply, 422, 'Reference does not exist')
    if (!git.objects.has(sha)) return fail(reply, 422, 'Object does not exist')
    if (!force && !reaches(git, sha, /** @type {string} */ (git.refs.get(full))))
      return fail(reply, 422, 'Update is not a fast forward')
    git.refs.set(full, sha)
    reply.json(200, refJson(full), headers())
  }

  /** @param {Reply} reply @param {string} name */
  function deleteRef(reply, name) {
    if (!git.refs.delete(`refs/${name}`)) return fail(reply, 422, 'Reference does not exist')
    reply.empty(204, headers())
  }

  /** @param {Reply} reply @param {Record<string, unknown>} body */
  function createBlob(reply, body) {
    const { content, encoding = 'utf-8' } = body
    if (content === undefined) return invalidRequest(reply, '"content" wasn\'t supplied.')
    if (typeof content !== 'string')
      return invalidRequest(reply, `For 'properties/content', ${JSON.stringify(content)} is not a string.`)
    if (encoding !== 'utf-8' && encoding !== 'base64')
      return fail(reply, 422, `encoding must be one of utf-8 or base64`)
    const sha = storeBlob(git, Buffer.from(content, encoding === 'base64' ? 'base64' : 'utf8'))
    reply.json(201, { url: `${base}/git/blobs/${sha}`, sha }, { ...headers(), location: `${base}/git/blobs/${sha}` })
  }

  /** @param {Reply} reply @param {string} sha */
  function getBlob(reply, sha) {
    const blob = git.objects.get(sha)
    if (blob?.type !== 'blob') return fail(reply, 404, 'Not Found')
    // GitHub wraps the Base64 text at 60 characters.
    const encoded = blob.content.toString('base64').replace(/.{60}/g, '$&\n')
    reply.json(
      200,
      {
        sha,
        node_id: `B_${sha}`,
        size: blob.content.length,
        url: `${base}/git/blobs/${sha}`,
        content: `${encoded}\n`,
        encoding: 'base64'
      },
      headers()
    )
  }

  /**
   * Places entries (paths may have folders) over a base tree's entries; undefined and a message when refused.
   * @param {GitTreeEntry[]} baseEntries
   * @param {{ path: string[], entry: GitTreeEntry | null }[]} changes
   * @returns {string | { refused: string }}
   */
  function buildTree(baseEntries, changes) {
    /** @type {Map<string, GitTreeEntry>} */
    const entries = new Map(baseEntries.map(entry => [entry.path, entry]))
    /** @type {Map<string, { path: string[], entry: GitTreeEntry | null }[]>} */
    const nested = new Map()
    for (const change of changes) {
      const [first, ...rest] = change.path
      if (rest.length === 0) {
        if (change.entry) entries.set(first, { ...change.entry, path: first })
        else if (!entries.delete(first)) return { refused: `Could not delete ${change.path.join('/')}: not found` }
      } else nested.set(first, [...(nested.get(first) ?? []), { path: rest, entry: change.entry }])
    }
    for (const [folder, folderChanges] of nested) {
      const existing = entries.get(folder)
      const existingTree = existing?.type === 'tree' ? git.objects.get(existing.sha) : undefined
      const inner = buildTree(existingTree?.type === 'tree' ? existingTree.entries : [], folderChanges)
      if (typeof inner !== 'string') return inner
      const innerTree = git.objects.get(inner)
      if (innerTree?.type === 'tree' && innerTree.entries.length === 0) entries.delete(folder)
      else entries.set(folder, { path: folder, mode: '040000', type: 'tree', sha: inner })
    }
    return storeTree(git, [...entries.values()])
  }

  /** @param {Reply} reply @param {Record<string, unknown>} body */
  function createTree(reply, body) {
    const { tree, base_tree: baseTree } = body
    if (tree === undefined) return invalidRequest(reply, '"tree" wasn\'t supplied.')
    if (!Array.isArray(tree))
      return invalidRequest(reply, `For 'properties/tree', ${JSON.stringify(tree)} is not an array.`)
    /** @type {GitTreeEntry[]} */
    let baseEntries = []
    if (baseTree !== undefined && baseTree !== null) {
      const base = typeof baseTree === 'string' ? git.objects.get(baseTree) : undefined
      if (base?.type !== 'tree') return fail(reply, 422, 'Invalid tree info')
      baseEntries = base.entries
    }
    /** @type {{ path: string[], entry: GitTreeEntry | null }[]} */
    const changes = []
    for (const item of tree) {
      if (!isObject(item)) return invalidRequest(reply, `For 'items', ${JSON.stringify(item)} is not an object.`)
      const { path, mode, type, sha, content } = item
      const segments = typeof path === 'string' ? path.split('/') : []
      if (
        segments.length === 0 ||
        segments.some(part => part === '' || part === '.' || part === '..' || part === '.git')
      )
        return fail(reply, 422, 'tree.path contains a malformed path component')
      if (
        typeof mode !== 'string' ||
        !(mode in MODES) ||
        (type !== undefined && MODES[/** @type {keyof MODES} */ (mode)] !== type)
      )
        return fail(reply, 422, 'Invalid tree info')
      if (sha !== undefined && content !== undefined) return fail(reply, 422, 'Invalid tree info')
      const entryType = /** @type {'blob' | 'tree' | 'commit'} */ (MODES[/** @type {keyof MODES} */ (mode)])
      if (sha === null) changes.push({ path: segments, entry: null })
      else if (typeof content === 'string') {
        if (entryType !== 'blob') return fail(reply, 422, 'Invalid tree info')
        changes.push({
          path: segments,
          entry: { path: '', mode, type: 'blob', sha: storeBlob(git, Buffer.from(content)) }
        })
      } else {
        if (typeof sha !== 'string' || !SHA.test(sha)) return fail(reply, 422, 'Invalid tree info')
        const object = git.objects.get(sha)
        if (entryType !== 'commit' && object?.type !== entryType) return fail(reply, 422, 'Invalid tree info')
        changes.push({ path: segments, entry: { path: '', mode, type: entryType, sha } })
      }
    }
    const built = buildTree(baseEntries, changes)
    if (typeof built !== 'string') return fail(reply, 422, built.refused)
    reply.json(201, treeJson(built), { ...headers(), location: `${base}/git/trees/${built}` })
  }

  /** @param {Reply} reply @param {string} sha */
  function getTree(reply, sha) {
    if (git.objects.get(sha)?.type !== 'tree') return fail(reply, 404, 'Not Found')
    reply.json(200, treeJson(sha), headers())
  }

  /** @param {unknown} value @param {string} field @returns {GitPerson | string | undefined} a person, a refusal, or none */
  function person(value, field) {
    if (value === undefined) return undefined
    if (!isObject(value) || typeof value.name !== 'string' || typeof value.email !== 'string')
      return `For 'properties/${field}', ${JSON.stringify(value)} is not an object with name and email.`
    const date = typeof value.date === 'string' ? value.date : new Date().toISOString()
    if (Number.isNaN(Date.parse(date)))
      return `For 'properties/${field}/date', ${JSON.stringify(value.date)} is not a date-time.`
    return { name: value.name, email: value.email, date: new Date(date).toISOString().replace(/\.\d{3}Z$/, 'Z') }
  }

  /** @param {Reply} reply @param {Record<string, unknown>} body */
  function createCommit(reply, body) {
    const { message, tree, parents = [] } = body
    if (message === undefined) return invalidRequest(reply, '"message" wasn\'t supplied.')
    if (tree === undefined) return invalidRequest(reply, '"tree" wasn\'t supplied.')
    if (typeof message !== 'string')
      return invalidRequest(reply, `For 'properties/message', ${JSON.stringify(message)} is not a string.`)
    if (typeof tree !== 'string')
      return invalidRequest(reply, `For 'properties/tree', ${JSON.stringify(tree)} is not a string.`)
    if (!Array.isArray(parents) || parents.some(parent => typeof parent !== 'string'))
      return invalidRequest(reply, `For 'properties/parents', ${JSON.stringify(parents)} is not an array of strings.`)
    if (git.objects.get(tree)?.type !== 'tree') return fail(reply, 422, 'Tree SHA does not exist')
    if (parents.some(parent => git.objects.get(parent)?.type !== 'commit'))
      return fail(reply, 422, 'Parent SHA does not exist or is not a commit object')
    const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
    const author = person(body.author, 'author') ?? { ...BOT, date: now }
    const committer = person(body.committer, 'committer') ?? author
    if (typeof author === 'string') return invalidRequest(reply, author)
    if (typeof committer === 'string') return invalidRequest(reply, committer)
    const sha = storeCommit(git, { tree, parents: /** @type {string[]} */ (parents), author, committer, message })
    reply.json(201, commitJson(sha), { ...headers(), location: `${base}/git/commits/${sha}` })
  }

  /** @param {Reply} reply @param {string} sha */
  function getCommit(reply, sha) {
    if (git.objects.get(sha)?.type !== 'commit') return fail(reply, 404, 'Not Found')
    reply.json(200, commitJson(sha), headers())
  }

  /**
   * Answers one git data request (after auth, permissions and limits were checked).
   * @param {LoggedRequest} request @param {Reply} reply @param {string} kind @param {string} rest
   */
  return function handleGit(request, reply, kind, rest) {
    if (git.empty) return fail(reply, 409, 'Git Repository is empty.')
    const body = /** @type {Record<string, unknown>} */ (request.json)
    const route = `${request.method} ${kind}${rest === '' ? '' : '/'}`
    switch (route) {
      case 'GET ref/':
        return getRef(reply, rest)
      case 'GET matching-refs/':
      case 'GET matching-refs':
        return matchingRefs(reply, rest)
      case 'POST refs':
        return createRef(reply, body)
      case 'PATCH refs/':
        return updateRef(reply, rest, body)
      case 'DELETE refs/':
        return deleteRef(reply, rest)
      case 'POST blobs':
        return createBlob(reply, body)
      case 'GET blobs/':
        return getBlob(reply, rest)
      case 'POST trees':
        return createTree(reply, body)
      case 'GET trees/':
        return getTree(reply, rest)
      case 'POST commits':
        return createCommit(reply, body)
      case 'GET commits/':
        return getCommit(reply, rest)
      default:
        return fail(reply, 404, 'Not Found')
    }
  }
}

/** Git's rules for a ref name (git check-ref-format), as far as a REST path can carry one. @param {string} name */
function validRefName(name) {
  return (
    !name.endsWith('/') &&
    !name.endsWith('.lock') &&
    !name.endsWith('.') &&
    !name.includes('..') &&
    !name.includes('//') &&
    !name.includes('@{') &&
    ![...name].some(char => char <= ' ' || char === '\x7f' || '~^:?*[\\'.includes(char)) &&
    !name.split('/').some(part => part.startsWith('.'))
  )
}
