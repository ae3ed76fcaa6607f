/**
 * The Dagster+ alert token catalogue: one import surface behind sample alerts, known variable names, docs and the
 * dispatch-body generator. Tokens and notification types follow Dagster+'s webhook guide.
 */

export { GLOBAL_TOKENS, TOKENS } from './token-specs.js'
export { NOTIFICATION_TYPES, notificationType, type NotificationType } from './notification-types.js'
export { hostileAlert, sampleAlert } from './sample-alerts.js'
export { RECOVERY_TYPES, sampleRecovery } from './recovery-alerts.js'
