// The floor `npm run bench` compares the action with: the least a Discord step can do in plain node:http.
// Reads the event, GETs the webhook (its guild id makes the message link), POSTs the message with ?wait=true
// and writes the link to GITHUB_OUTPUT, as the action does with default inputs.
import { randomUUID } from 'node:crypto'
import { appendFileSync, readFileSync } from 'node:fs'
import { request } from 'node:http'

const alert = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8')).client_payload.alert
const webhook = new URL(process.env.INPUT_URL)

function send(method, url, body) {
  return new Promise((resolve, reject) => {
    const headers = body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {}
    const req = request(url, { method, headers }, res => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', chunk => (text += chunk))
      res.on('end', () =>
        res.statusCode < 300 ? resolve(JSON.parse(text)) : reject(new Error(`${method} ${res.statusCode}: ${text}`))
      )
    })
    req.on('error', reject)
    req.end(body)
  })
}

const { guild_id: guild } = await send('GET', webhook)
const message = await send(
  'POST',
  `${webhook}?wait=true`,
  JSON.stringify({ content: `**${alert.alert_summary}**\n${alert.alert_content}` })
)
const delimiter = `ghadelimiter_${randomUUID()}`
appendFileSync(
  process.env.GITHUB_OUTPUT,
  `url<<${delimiter}\nhttps://discord.com/channels/${guild}/${message.channel_id}/${message.id}\n${delimiter}\n`
)
