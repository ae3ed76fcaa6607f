import { describe, expect, it } from '@jest/globals'
import { NOTIFICATION_TYPES } from '../src/event/tokens.js'
import {
  eventsServe,
  isMeantFor,
  notInEventsNotice,
  notServedNotice,
  routeByEventType,
  templateList
} from '../src/template/route.js'

const ALL = NOTIFICATION_TYPES.map(type => type.type)
const jobs = { file: 'jobs.yml', frontMatter: { events: ['JOB'] } }
const assets = { file: 'assets.yml', frontMatter: { events: ['ASSET_HEALTH', 'asset_freshness'] } }
const any = { file: 'any.yml', frontMatter: {} }

describe('routing by event type', () => {
  it('takes the first template whose events name the type, ignoring case', () => {
    expect(routeByEventType([jobs, assets, any], 'JOB')).toBe(jobs)
    expect(routeByEventType([jobs, assets, any], 'ASSET_FRESHNESS')).toBe(assets)
    expect(routeByEventType([jobs, assets], 'job')).toBe(jobs)
  })

  it('a template without events, or listing every type, is meant for any alert, one without a type included', () => {
    expect(routeByEventType([jobs, any], 'TICK')).toBe(any)
    expect(isMeantFor({ events: ALL }, 'SOMETHING_NEW')).toBe(true)
    expect(isMeantFor({ events: ALL }, undefined)).toBe(true)
    expect(isMeantFor({}, undefined)).toBe(true)
  })

  it('an alert no template is meant for gets none, and the notice names what the step serves', () => {
    expect(routeByEventType([jobs, assets], 'TICK')).toBeUndefined()
    expect(routeByEventType([jobs], undefined)).toBeUndefined()
    expect(notServedNotice([jobs, assets], 'TICK')).toBe(
      'Nothing sent: no template of this step is meant for a TICK alert. This step serves JOB (jobs.yml); ' +
        'ASSET_HEALTH, asset_freshness (assets.yml); list a template for TICK in the template input to send it here.'
    )
    expect(notServedNotice([jobs], 'ASSET_MATERIALIZATION')).toContain('meant for an ASSET_MATERIALIZATION alert.')
  })

  it('the events input serves the types it names, and any alert only when it names every type', () => {
    expect(eventsServe(['JOB', 'TICK'], 'job')).toBe(true)
    expect(eventsServe(['JOB', 'TICK'], 'ASSET_HEALTH')).toBe(false)
    expect(eventsServe(['JOB'], 'SOMETHING_NEW')).toBe(false)
    expect(eventsServe(['JOB'], undefined)).toBe(false)
    expect(eventsServe(ALL, 'SOMETHING_NEW')).toBe(true)
    expect(eventsServe(ALL, undefined)).toBe(true)
  })

  it('the notice for a type the events input leaves out names the type and the input', () => {
    expect(notInEventsNotice(['JOB', 'TICK'], 'ASSET_HEALTH')).toBe(
      'Nothing sent: the events input of this step (JOB, TICK) does not include an ASSET_HEALTH alert; ' +
        'add ASSET_HEALTH to the events input to send it here.'
    )
    expect(notInEventsNotice(['JOB'], 'SOMETHING_NEW')).toContain('list every type in the events input, or remove it')
    expect(notInEventsNotice(['JOB'], undefined)).toContain('does not include an alert without notification_type;')
  })

  it('reads the template input one a line, skipping blank lines and comments', () => {
    expect(templateList('discord-jobs.yml\n\n  # assets go to Jira\n  jira-assets.yml  \n')).toEqual([
      'discord-jobs.yml',
      'jira-assets.yml'
    ])
    expect(templateList(undefined)).toEqual([])
  })
})
