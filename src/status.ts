/**
 * What a run came to, once for every place that says it: the `status` output, the job summary's title, the tracker's
 * outcomes and a delivery's. `failed`: the run threw (nothing, or not everything, was delivered).
 */
export type Status = 'created' | 'sent' | 'commented' | 'resolved' | 'skipped' | 'dry-run' | 'failed'
