const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

// Dagster+ renders times as "Jan 8, 2026 10:00 AM" (no zone): read as UTC.
const DAGSTER_TIME = /^([A-Za-z]{3})[a-z]*\.? (\d{1,2}), (\d{4}),? (\d{1,2}):(\d{2})(?::(\d{2}))? ?([AaPp][Mm])$/

/** Dagster's "Jan 8, 2026 10:00 AM", an ISO 8601 string or epoch seconds, as ISO 8601 UTC; undefined if unreadable. */
export function toIso8601(text: string): string | undefined {
  const value = text.trim()
  const match = DAGSTER_TIME.exec(value)
  if (match) {
    const [, mon, day, year, hour, minute, second, half] = match
    const month = MONTHS.indexOf(mon.toLowerCase())
    const h = Number(hour)
    if (month < 0 || h < 1 || h > 12) return undefined
    const hour24 = (h % 12) + (half.toLowerCase() === 'pm' ? 12 : 0)
    const date = new Date(Date.UTC(Number(year), month, Number(day), hour24, Number(minute), Number(second ?? 0)))
    return date.getUTCDate() === Number(day) ? stripMillis(date) : undefined
  }
  if (/^\d{9,10}(\.\d+)?$/.test(value)) return stripMillis(new Date(Number(value) * 1000))
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) {
    const zoned = /(Z|[+-]\d{2}:?\d{2})$/.test(value) ? value : `${value}Z`
    const date = new Date(zoned)
    return Number.isNaN(date.getTime()) ? undefined : stripMillis(date)
  }
  return undefined
}

function stripMillis(date: Date): string {
  return date.toISOString().replace('.000Z', 'Z')
}
