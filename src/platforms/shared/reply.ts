import { truncate } from '../../truncate.js'

/** How much of a service's reply a message carries: enough to act on, not a whole HTML error page. */
export const REPLY_TEXT_LIMIT = 1024

/** A reply body as message text: trimmed, bounded, `(empty reply)` when there is nothing; `oneLine` folds it. */
export function replyText(body: string, options: { oneLine?: boolean } = {}): string {
  const text = options.oneLine ? body.replace(/\s+/g, ' ').trim() : body.trim()
  return text === '' ? '(empty reply)' : truncate(text, REPLY_TEXT_LIMIT)
}

/** 2xx: the service did what was asked. */
export function isSuccess(status: number): boolean {
  return status >= 200 && status < 300
}
