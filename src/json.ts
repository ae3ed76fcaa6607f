/** A JSON value as produced by rendering a template. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
