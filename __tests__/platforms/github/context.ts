import { afterAll, beforeAll } from '@jest/globals'
import { createTransport } from '../../../src/delivery/transport.js'
import { github } from '../../../src/platforms/github/index.js'
import type { PlatformContext, PlatformSettings } from '../../../src/platforms/types.js'
import type { HttpRequest } from '../../../src/http.js'
import { platformContext } from '../../helpers/platform-context.js'
import { startGitHub, type GitHubStandIn } from '../../stand-ins/index.js'

export const TOKEN = 'ghs_stand-in-token'
export const SETTINGS = { token: TOKEN, repository: 'acme/data-platform' }

export function context(
  url?: string,
  settings: Partial<PlatformSettings> = SETTINGS,
  headers: Record<string, string> = {}
) {
  return platformContext({ target: github.resolveTarget(url, undefined), settings, headers })
}

/** The GitHub stand-in, started before the file's tests and closed after them, with the repositories they name. */
export function useStandIn() {
  let hub: GitHubStandIn
  const transport = createTransport()
  const send = (request: HttpRequest) => transport(request, 5000)

  beforeAll(async () => {
    hub = await startGitHub({
      repositories: [
        { fullName: 'acme/data-platform' },
        { fullName: 'acme/no-issues', hasIssues: false },
        { fullName: 'acme/other' }
      ]
    })
  })

  afterAll(async () => {
    await hub.close()
  })

  return {
    hub: () => hub,
    send,
    hubContext: (settings: Partial<PlatformSettings> = {}): PlatformContext =>
      context(hub.url, { ...SETTINGS, ...settings }).ctx
  }
}
