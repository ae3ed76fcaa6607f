/** Whether `value` is a Discord id (a snowflake) written, as the API takes it, as a string of digits. */
export function isSnowflake(value: unknown): boolean {
  return typeof value === 'string' && /^\d+$/.test(value)
}
