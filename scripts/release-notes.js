#!/usr/bin/env node
// The release workflow's gate and notes: `node scripts/release-notes.js v1.2.3` checks that the tag is vX.Y.Z, that
// package.json has that version and that CHANGELOG.md has an entry for it, then prints the entry's text (the GitHub
// release body). Any mismatch exits 1 with what to fix, before anything is published.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const TAG = /^v(\d+)\.(\d+)\.(\d+)$/
// Keep a Changelog headings: "## [1.2.3] - 2026-01-31" (the date and link brackets optional).
const VERSION_HEADING = /^## \[?(\d+\.\d+\.\d+)\]?(?:\s+-\s+\d{4}-\d{2}-\d{2})?\s*$/

/** The text under `## [version]` up to the next `## ` heading or the link references, trimmed; undefined when absent. */
export function changelogSection(changelog, version) {
  const lines = changelog.split(/\r?\n/)
  const start = lines.findIndex(line => VERSION_HEADING.exec(line)?.[1] === version)
  if (start < 0) return undefined
  const rest = lines.slice(start + 1)
  const end = rest.findIndex(line => line.startsWith('## ') || /^\[[^\]]+\]:\s/.test(line))
  return (end < 0 ? rest : rest.slice(0, end)).join('\n').trim()
}

/** The release notes for `tag`, or an Error saying which of tag, package.json and CHANGELOG.md to fix. */
export function releaseNotes({ tag, packageVersion, changelog }) {
  const match = TAG.exec(tag)
  if (!match) throw new Error(`tag "${tag}" is not a release tag: push a tag vMAJOR.MINOR.PATCH, such as v1.2.3`)
  const version = `${match[1]}.${match[2]}.${match[3]}`
  if (packageVersion !== version) {
    throw new Error(
      `tag ${tag} does not match package.json version ${packageVersion}: set "version": "${version}" (npm version ${version} --no-git-tag-version), commit, and tag that commit`
    )
  }
  const section = changelogSection(changelog, version)
  if (section === undefined)
    throw new Error(`CHANGELOG.md has no entry for ${version}: add "## [${version}] - YYYY-MM-DD" with what changed`)
  if (section === '') throw new Error(`CHANGELOG.md's entry for ${version} is empty: list what changed`)
  return section
}

function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
  const read = file => readFileSync(path.join(root, file), 'utf8')
  try {
    const notes = releaseNotes({
      tag: process.argv[2] ?? '',
      packageVersion: JSON.parse(read('package.json')).version,
      changelog: read('CHANGELOG.md')
    })
    process.stdout.write(`${notes}\n`)
  } catch (error) {
    process.stderr.write(`release-notes: ${error.message}\n`)
    process.exitCode = 1
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main()
