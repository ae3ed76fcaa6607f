import type { PlatformSettings } from '../../../src/platforms/types.js'
import type { HttpReply } from '../../../src/http.js'
import { webhook } from '../../../src/platforms/webhook/index.js'
import { platformContext } from '../../helpers/platform-context.js'

export const RECEIVER = 'https://alerts.example.com/hooks/dagster'
export const KEY_BASE64 = 'MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'
export const SECRET = `whsec_${KEY_BASE64}`

export function context(settings: Partial<PlatformSettings> = {}, headers: Record<string, string> = {}) {
  return platformContext({ target: webhook.resolveTarget(RECEIVER, undefined), settings, headers })
}

export function reply(status: number, body: unknown = ''): HttpReply {
  return { status, headers: {}, body: typeof body === 'string' ? body : JSON.stringify(body) }
}
