/**
 * Build-time stand-in for `undici` (mapped in tsconfig `paths`, which ncc honours).
 *
 * `@actions/http-client` imports undici's ProxyAgent only for `getProxyFetch`/`getAgentDispatcher`,
 * which this action never calls; bundling undici costs ~50 ms of start-up on every run.
 * Proxies still work: HttpClient routes http/https requests through `tunnel`, not undici.
 */
export class ProxyAgent {
  constructor() {
    throw new Error('undici ProxyAgent is not bundled in Dagster Alert Relay (fetch proxying is unused)')
  }
}
