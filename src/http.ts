/** One HTTP request, fully formed. Header names are lower case. */
export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  url: string
  headers: Record<string, string>
  body?: string
}

/** What came back. Header names are lower case; `body` is the text as received. */
export interface HttpReply {
  status: number
  headers: Record<string, string | undefined>
  body: string
}

/** Sends one follow-up request (with the same retry policy and redaction as the main one). */
export type Send = (request: HttpRequest) => Promise<HttpReply>
