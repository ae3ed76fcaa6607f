import type { SharedFault, StandIn } from './http.js'
import type { RateLimitOptions } from './rate-limit.js'

/** Rate limit (on by default): 1200 requests per token in any 60 s, the API's documented default; beyond, 429. */
export interface IncidentIoOptions extends RateLimitOptions {
  /** The HTTP alert sources that exist; one with a random id and token when absent. */
  sources?: { id?: string; token?: string; deduplicationKeyRequired?: boolean }[]
}

export interface IncidentIoSource {
  /** The alert_source_config_id in the URL. */
  id: string
  /** The source's token (Authorization: Bearer, or ?token=). */
  token: string
  /** Sources created since incident.io made it so require a deduplication_key (default true). */
  deduplicationKeyRequired: boolean
}

export interface IncidentIoAlert {
  id: string
  sourceId: string
  deduplicationKey: string
  status: 'firing' | 'resolved'
  /** The last firing event's title. */
  title: string
  firstEvent: Record<string, unknown>
  lastEvent: Record<string, unknown>
  /** Events applied to it, the opening one included. */
  events: number
  createdAt: string
  updatedAt: string
  resolvedAt: string | null
}

/** Every accepted event and what became of it (`ignored`: resolved with no firing alert). */
export interface IncidentIoEvent {
  sourceId: string
  deduplicationKey: string
  status: 'firing' | 'resolved'
  outcome: 'opened' | 'updated' | 'resolved' | 'ignored'
}

export interface IncidentIoState {
  sources: IncidentIoSource[]
  alerts: IncidentIoAlert[]
  events: IncidentIoEvent[]
}

export type IncidentIoStandIn = StandIn<SharedFault, IncidentIoState> & {
  /** `${url}/v2/alert_events/http/<id>` for the first source, or the one given. */
  eventUrl(sourceId?: string): string
  /** `Bearer <token>` of the first source, or the one given. */
  authorization(sourceId?: string): string
}

export function startIncidentIo(options?: IncidentIoOptions): Promise<IncidentIoStandIn>

/** A new id in incident.io's ULID shape. */
export function newIncidentIoId(): string
