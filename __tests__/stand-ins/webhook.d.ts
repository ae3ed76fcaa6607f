import type { LoggedRequest, SharedFault, StandIn } from './http.js'

export interface WebhookOptions {
  /** Standard Webhooks secret (`whsec_…`); when set, unsigned or wrongly signed deliveries get 401. */
  secret?: string
  /** Where the receiver listens (default `/hooks/dagster`). */
  path?: string
  /** The JSON to answer a new delivery with (default `{ ok: true, data: { id, html_url } }`). */
  reply?: (delivery: WebhookDelivery) => unknown
}

export interface WebhookDelivery {
  /** The record the receiver made, `INC-1`, `INC-2`, … */
  record: string
  webhookId?: string
  /** Whether the signature was checked (and passed). */
  signed: boolean
  headers: Record<string, string>
  /** The raw body, as signed. */
  body: string
  payload: unknown
}

export interface WebhookRefusal {
  status: number
  error: string
  request: LoggedRequest
}

export interface WebhookState {
  secret?: string
  /** New deliveries, in order. */
  deliveries: WebhookDelivery[]
  /** Deliveries that arrived again with a webhook-id already recorded (answered 200, not recorded twice). */
  repeats: WebhookDelivery[]
  refused: WebhookRefusal[]
}

export type Verification = { ok: true } | { ok: false; reason: string }

export type WebhookStandIn = StandIn<SharedFault, WebhookState> & {
  /** `${url}/hooks/dagster` (or the configured path). */
  receiverUrl(): string
}

export function startWebhook(options?: WebhookOptions): Promise<WebhookStandIn>

/** `whsec_` and the base64 of 32 random bytes. */
export function newSigningSecret(): string

/** Verifies a delivery as a Standard Webhooks consumer does (5-minute timestamp tolerance). */
export function verifyStandardWebhook(
  secret: string,
  headers: Record<string, string | undefined>,
  rawBody: string,
  nowSeconds?: number
): Verification
