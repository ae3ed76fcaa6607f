import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { ACTION_ROOT } from '../src/action-root.js'
import { changelogSection, releaseNotes } from '../scripts/release-notes.js'

const CHANGELOG = [
  '# Changelog',
  '',
  '## [1.1.0] - 2026-02-01',
  '',
  '### Fixed',
  '',
  '- second',
  '',
  '## [1.0.0] - 2026-01-01',
  '',
  '### Added',
  '',
  '- first',
  '',
  '[1.1.0]: https://example.com/v1.1.0',
  '[1.0.0]: https://example.com/v1.0.0',
  ''
].join('\n')

describe('changelogSection', () => {
  it('returns the entry of a version up to the next one', () => {
    expect(changelogSection(CHANGELOG, '1.1.0')).toBe('### Fixed\n\n- second')
  })

  it('stops the last entry at the link references', () => {
    expect(changelogSection(CHANGELOG, '1.0.0')).toBe('### Added\n\n- first')
  })

  it('reads headings without brackets or date', () => {
    expect(changelogSection('## 2.0.0\n- x\n## 1.0.0\n- y\n', '2.0.0')).toBe('- x')
  })

  it('does not take a version for a longer one that starts with it', () => {
    expect(changelogSection('## [1.0.10] - 2026-01-01\n- x\n', '1.0.1')).toBeUndefined()
  })
})

describe('releaseNotes', () => {
  it('are the CHANGELOG entry of the tagged version', () => {
    expect(releaseNotes({ tag: 'v1.1.0', packageVersion: '1.1.0', changelog: CHANGELOG })).toBe('### Fixed\n\n- second')
  })

  it.each([
    ['a tag that is not vX.Y.Z', { tag: 'v1', packageVersion: '1.0.0' }, 'tag "v1" is not a release tag'],
    ['a pre-release tag', { tag: 'v1.0.0-rc.1', packageVersion: '1.0.0' }, 'is not a release tag'],
    [
      'a tag other than package.json',
      { tag: 'v1.1.0', packageVersion: '1.0.0' },
      'tag v1.1.0 does not match package.json version 1.0.0'
    ],
    ['a version without an entry', { tag: 'v1.2.0', packageVersion: '1.2.0' }, 'CHANGELOG.md has no entry for 1.2.0']
  ])('refuse %s', (_, release, message) => {
    expect(() => releaseNotes({ changelog: CHANGELOG, ...release })).toThrow(message)
  })

  it('refuse an empty entry', () => {
    expect(() =>
      releaseNotes({ tag: 'v1.0.0', packageVersion: '1.0.0', changelog: '## [1.0.0]\n\n## [0.9.0]\n- x' })
    ).toThrow('entry for 1.0.0 is empty')
  })
})

describe('the repository', () => {
  const version = (JSON.parse(readFileSync(path.join(ACTION_ROOT, 'package.json'), 'utf8')) as { version: string })
    .version
  const changelog = readFileSync(path.join(ACTION_ROOT, 'CHANGELOG.md'), 'utf8')

  it("has a CHANGELOG whose top entry is package.json's version", () => {
    expect(/^## \[?(\d+\.\d+\.\d+)/m.exec(changelog)?.[1]).toBe(version)
  })

  it("has package-lock.json at package.json's version", () => {
    const lock = JSON.parse(readFileSync(path.join(ACTION_ROOT, 'package-lock.json'), 'utf8')) as {
      version: string
      packages: Record<string, { version: string }>
    }
    expect([lock.version, lock.packages[''].version]).toEqual([version, version])
  })

  it('prints the notes from the command line, and fails with the reason', () => {
    const script = path.join(ACTION_ROOT, 'scripts/release-notes.js')
    expect(execFileSync('node', [script, `v${version}`], { encoding: 'utf8' })).toBe(
      `${changelogSection(changelog, version)}\n`
    )
    expect(() => execFileSync('node', [script, 'v0.0.0-nope'], { encoding: 'utf8', stdio: 'pipe' })).toThrow(
      /release-notes: tag "v0.0.0-nope" is not a release tag/
    )
  })
})
