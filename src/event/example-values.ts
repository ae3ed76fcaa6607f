/** Example values the catalogue's tokens, notification types and recoveries share: one deployment, run and asset. */

export const DEPLOYMENT_URL = 'https://acme.dagster.cloud/prod'
export const RUN_ID = '4f1c2a9e-7b3d-4c8e-a5f6-2d9b0e1c3a7f'
export const RUN_LINK = `${DEPLOYMENT_URL}/runs/${RUN_ID}`

export const LOCATION_LINK = `${DEPLOYMENT_URL}/locations/analytics_pipelines`
export const ASSET_LINK = `${DEPLOYMENT_URL}/assets/analytics/daily_orders`

export function lines(...texts: string[]): string {
  return texts.join('\n')
}

export const STEP_FAILURE = lines(
  'dagster._core.errors.DagsterExecutionStepExecutionError: Error occurred while executing op "load_data":',
  '',
  'psycopg2.errors.UndefinedTable: relation "raw.orders" does not exist',
  "LINE 1: SELECT * FROM raw.orders WHERE order_date = '2026-01-08'"
)
export const IMPORT_FAILURE =
  "dagster._core.errors.DagsterImportError: Encountered ImportError: `No module named 'pandas'` while importing module analytics_pipelines"
