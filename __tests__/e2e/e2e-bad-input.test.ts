// End to end: configuration mistakes stop the bundle before any request, with one error that names the
// input and says how to fix it.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { REPO_ROOT, runAction } from '../../scripts/action-runner.js'
import {
  startDiscord,
  startJira,
  startLinear,
  type DiscordStandIn,
  type JiraStandIn,
  type LinearStandIn
} from '../stand-ins/index.js'
import {
  discordInputs,
  dispatchEvent,
  expectDelivered,
  expectOneCreate,
  expectRefusedBeforeSending,
  jiraInputs,
  linearInputs,
  linearTraffic,
  ownProblem,
  requestsFromNow,
  SAMPLE_ALERT,
  theError,
  workflowDispatchEvent
} from './fixtures.js'

let discord: DiscordStandIn
let jira: JiraStandIn
let linear: LinearStandIn

beforeAll(async () => {
  ;[discord, jira, linear] = await Promise.all([startDiscord(), startJira(), startLinear()])
})

afterAll(async () => {
  await Promise.all([discord.close(), jira.close(), linear.close()])
})

const event = dispatchEvent()

describe('bad input, end to end: a clear error and zero requests', () => {
  it('no alert data: a push event and no event input', async () => {
    const sent = requestsFromNow(discord)
    const result = await runAction({
      inputs: discordInputs(discord),
      event: { name: 'push', payload: { ref: 'refs/heads/main' } }
    })

    const error = expectRefusedBeforeSending(result, sent(), /^Input 'event': no alert data found/)
    expect(error).toContain("triggered by 'push'")
    expect(error).toContain('client_payload.alert')
  })

  it('no alert data: every token is an unreplaced {{token}} or empty', async () => {
    const sent = requestsFromNow(jira)
    const alert = {
      alert_summary: '{{alert_summary}}',
      alert_content: '',
      run_status: '{{ run_status }}',
      is_sample: 'true'
    }
    const result = await runAction({ inputs: jiraInputs(jira), event: dispatchEvent(alert) })

    const error = expectRefusedBeforeSending(result, sent(), /^Input 'event': no alert data found/)
    expect(error).toContain('unreplaced {{token}} placeholders count as missing')
  })

  it('no alert data: a workflow_dispatch with unrelated inputs only', async () => {
    const sent = requestsFromNow(linear)
    const result = await runAction({
      inputs: linearInputs(linear),
      event: workflowDispatchEvent({ environment: 'prod' })
    })

    expectRefusedBeforeSending(result, sent(), /^Input 'event': no alert data found/)
  })

  it('an event input that is not a mapping', async () => {
    const sent = requestsFromNow(discord)
    const result = await runAction({ inputs: { ...discordInputs(discord), event: '- just\n- a list' }, event })

    expectRefusedBeforeSending(result, sent(), /^Input 'event': the 'event' input must be a mapping/)
  })

  it.each([
    ['JSON', `{"alert_summary": "Job failed", "deep": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`],
    ['YAML', `alert_summary: Job failed\ndeep: ${'['.repeat(10_000)}${']'.repeat(10_000)}`]
  ])('%s event input nested 10,000 levels deep: refused naming the input, not a stack overflow', async (_, text) => {
    const sent = requestsFromNow(discord)
    const result = await runAction({ inputs: { ...discordInputs(discord), event: text }, event })

    expectRefusedBeforeSending(
      result,
      sent(),
      /^Input 'event': the 'event' input is nested 10,001 levels deep; at most 32 are read/
    )
  })

  it('a dispatch payload nested 10,000 levels deep: refused naming the event, not a stack overflow', async () => {
    const sent = requestsFromNow(discord)
    // Written as text: serialising so deep an object would overflow this test's own stack.
    const alert = JSON.stringify(SAMPLE_ALERT)
    const deep = `${'['.repeat(10_000)}"bottom"${']'.repeat(10_000)}`
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'deep-event-')), 'event.json')
    writeFileSync(file, `{"action": "dagster-alert", "client_payload": {"alert": ${alert}, "deep": ${deep}}}`)
    const result = await runAction({
      inputs: discordInputs(discord),
      event: { name: 'repository_dispatch', payload: {} },
      env: { GITHUB_EVENT_PATH: file }
    })

    expectRefusedBeforeSending(
      result,
      sent(),
      /^Input 'event': the alert data in the repository_dispatch client_payload is nested 10,001 levels deep/
    )
  })

  it('bad YAML in vars: position and the fix, no request', async () => {
    const sent = requestsFromNow(jira)
    const result = await runAction({
      inputs: { ...jiraInputs(jira), vars: 'project: ENG\nlabels: [dagster, prod' },
      event
    })

    const error = expectRefusedBeforeSending(result, sent(), /^Input 'vars': .*is not valid JSON or YAML/)
    expect(error).toMatch(/at line \d+, column \d+/)
    expect(error).toContain('project: ENG')
  })

  it('bad YAML in headers: the position only, never the header text', async () => {
    const sent = requestsFromNow(jira)
    const secret = 'Basic c2VjcmV0LXVzZXI6c2VjcmV0LXRva2VuLTEyMzQ1'
    const result = await runAction({
      inputs: { ...jiraInputs(jira), headers: `Authorization: ${secret}\n  X-Extra: [broken` },
      event
    })

    expectRefusedBeforeSending(
      result,
      sent(),
      /^Input 'headers': .*is not valid JSON or YAML.* at line \d+, column \d+/
    )
    expect(result.visible).not.toContain('c2VjcmV0LXVzZXI6c2VjcmV0LXRva2VuLTEyMzQ1')
    expect(result.visible).not.toContain('secret-token-12345')
  })

  it('unknown platform', async () => {
    const sent = requestsFromNow(discord)
    const result = await runAction({ inputs: { ...discordInputs(discord), platform: 'mattermost' }, event })

    expectRefusedBeforeSending(
      result,
      sent(),
      /^Input 'platform': "mattermost" is not supported\. Use one of: discord, jira, linear/
    )
  })

  it('a url no platform can be inferred from, and no platform input', async () => {
    const sent = requestsFromNow(discord)
    const result = await runAction({ inputs: { url: `${discord.url}/hooks/abc` }, event })

    expectRefusedBeforeSending(
      result,
      sent(),
      /^Input 'platform': could not be inferred from the url\. Set platform to one of/
    )
  })

  it('an empty url and no platform: the message says a missing secret is an empty input', async () => {
    const sent = requestsFromNow(discord)
    // `url: ${{ secrets.DISCORD_WEBHOOK }}` with no such secret reaches the action as an empty input
    const result = await runAction({ inputs: { url: '' }, event })

    expectRefusedBeforeSending(
      result,
      sent(),
      /^Input 'platform': is not set and the url input is empty\. If url comes from a secret .*check that the secret exists .*a missing secret is an empty input/
    )
  })

  it('unknown template', async () => {
    const sent = requestsFromNow(discord)
    const result = await runAction({ inputs: { ...discordInputs(discord), template: 'discrod' }, event })

    const error = expectRefusedBeforeSending(
      result,
      sent(),
      /^Input 'template': no built-in template or file named "discrod"\. Use one of: /
    )
    // The built-ins grow: the list must hold the one meant here, and only templates that exist.
    const listed = /Use one of: (.+?) or a path relative to the workspace/.exec(error)?.[1].split(', ') ?? []
    expect(listed).toContain('discord')
    for (const name of listed) expect(existsSync(path.join(REPO_ROOT, 'templates', `${name}.yml`))).toBe(true)
  })

  it('a template path outside the workspace', async () => {
    const sent = requestsFromNow(discord)
    const result = await runAction({
      inputs: { ...discordInputs(discord), template: '../../templates/discord.yml' },
      event
    })

    expectRefusedBeforeSending(
      result,
      sent(),
      /^Input 'template': "\.\.\/\.\.\/templates\/discord\.yml" is outside the workspace/
    )
  })

  it('a Jira v3 template on a v2 url', async () => {
    const sent = requestsFromNow(jira)
    const result = await runAction({ inputs: { ...jiraInputs(jira, 2), template: 'jira-v3' }, event })

    const error = expectRefusedBeforeSending(
      result,
      sent(),
      /^Input 'template': 'jira-v3' writes a rich-text \(ADF\) description/
    )
    expect(error).toContain('/rest/api/3/issue')
  })

  it('Jira without the project var: the payload problem names vars.project', async () => {
    const sent = requestsFromNow(jira)
    const result = await runAction({ inputs: { ...jiraInputs(jira), vars: 'issue_type: Bug' }, event })

    expect(result.code).toBe(1)
    expect(sent()).toEqual([])
    expect(result.outputs).toMatchObject({ status: 'failed', attempts: '0' })
    const error = theError(result)
    expect(error).toContain('fields.project: is missing: set vars: project: KEY')
    expect(result.summary).toContain('delivery failed')
  })

  it('Linear without vars.team_id: the payload problem names team_id and how to find it', async () => {
    const sent = requestsFromNow(linear)
    const result = await runAction({ inputs: { ...linearInputs(linear), vars: 'priority: 1' }, event })

    expect(result.code).toBe(1)
    expect(sent()).toEqual([])
    const error = theError(result)
    expect(error).toContain('variables.teamId')
    expect(error).toContain('team_id')
  })

  it('Jira without an Authorization header', async () => {
    const sent = requestsFromNow(jira)
    const result = await runAction({ inputs: { ...jiraInputs(jira), headers: '' }, event })

    const error = expectRefusedBeforeSending(result, sent(), /^Input 'headers': Jira needs an Authorization header/)
    expect(error).toContain('Authorization: Basic <base64 of email:api_token>')
  })

  it('Jira Basic credentials that are not Base64 of email:token', async () => {
    const sent = requestsFromNow(jira)
    const result = await runAction({
      inputs: { ...jiraInputs(jira), headers: 'Authorization: Basic not-base64!' },
      event
    })

    expectRefusedBeforeSending(
      result,
      sent(),
      /^Input 'headers': the Authorization header says Basic, but what follows is not the Base64/
    )
  })

  it.each([
    ['a NUL', '\\u0000'],
    ['a typographic quote', '\u2019'],
    ['an escape character', '\\u001b']
  ])('a header value with %s: refused naming the header, never its value, and never retried', async (_, bad) => {
    const sent = requestsFromNow(linear)
    const key = 'lin_api_s3cr3tK3yValue'
    const result = await runAction({
      inputs: { ...linearInputs(linear), headers: `{"Authorization": "${key}${bad}"}` },
      event
    })

    const error = expectRefusedBeforeSending(result, sent(), /^Input 'headers': the value of "Authorization" contains /)
    expect(result.visible).not.toContain('s3cr3tK3y')
    expect(error).not.toMatch(/connection|attempt/)
  })

  it.each([
    ['a line break', 'ATATT-s3cr3t\nrest'],
    ['a typographic quote', 'ATATT-s3cr3t\u2019']
  ])('a token with %s: refused as the token input, before any request', async (_, token) => {
    const sent = requestsFromNow(jira)
    const result = await runAction({
      inputs: { ...jiraInputs(jira), headers: '', email: 'you@example.com', token },
      event
    })

    expectRefusedBeforeSending(result, sent(), /^Input 'token': the value contains /)
    expect(result.visible).not.toContain('s3cr3t')
  })

  it('Linear with an empty Authorization (a secret that is not set)', async () => {
    const sent = requestsFromNow(linear)
    const result = await runAction({ inputs: { ...linearInputs(linear), headers: 'Authorization: ""' }, event })

    expectRefusedBeforeSending(result, sent(), /^Input 'headers': has no Authorization value/)
  })

  it('a repeat input that is not comment, skip or new', async () => {
    const sent = requestsFromNow(jira)
    const result = await runAction({ inputs: { ...jiraInputs(jira), repeat: 'sometimes' }, event })

    const error = expectRefusedBeforeSending(result, sent(), /^Input 'repeat': /)
    expect(error).toContain('sometimes')
    expect(error).toMatch(/comment.*skip.*new/)
  })

  it('a dedupe-key with a Liquid syntax error: found before the search', async () => {
    const sent = requestsFromNow(linear)
    const result = await runAction({
      inputs: { ...linearInputs(linear), 'dedupe-key': '<< job_name | no_such_filter >>' },
      event
    })

    const error = expectRefusedBeforeSending(
      result,
      sent(),
      /^Input 'dedupe-key': .*is not a valid template: undefined filter: no_such_filter/
    )
    expect(error).toContain('template filters are')
  })

  it('a dedupe-key that renders empty for the alert: found before the search', async () => {
    const sent = requestsFromNow(linear)
    const result = await runAction({ inputs: { ...linearInputs(linear), 'dedupe-key': '<< partition_name >>' }, event })

    expectRefusedBeforeSending(
      result,
      sent(),
      /^Input 'dedupe-key': "<< partition_name >>" renders empty for this alert/
    )
  })

  it('a number input out of range', async () => {
    const sent = requestsFromNow(discord)
    const result = await runAction({ inputs: { ...discordInputs(discord), 'max-attempts': '0' }, event })

    expectRefusedBeforeSending(
      result,
      sent(),
      /^Input 'max-attempts': 0 is out of range\. Use a whole number from 1 to 20/
    )
  })

  it('Linear `Bearer lin_api_…` still works: the Bearer is removed with a warning', async () => {
    const sent = requestsFromNow(linear)
    const before = linear.state.issues.length
    const result = await runAction({
      inputs: { ...linearInputs(linear), headers: `Authorization: Bearer ${linear.state.apiKey}` },
      event: dispatchEvent(ownProblem())
    })

    expectDelivered(result, expectOneCreate(sent(), linearTraffic), 'created')
    expect(sent().map(request => request.headers.authorization)).toEqual(sent().map(() => linear.state.apiKey))
    expect(linear.state.issues[before].title).toBe(SAMPLE_ALERT.alert_summary)
    // Every request repeats the header, the warning shows once.
    expect(result.stdout.match(/^::warning::headers\.authorization: removed "Bearer "/gm)).toHaveLength(1)
  })
})
