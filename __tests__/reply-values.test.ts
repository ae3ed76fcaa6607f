// A link and an id read from a service's reply are used (outputs, log, job summary) only when they are usable.
import { describe, expect, it } from '@jest/globals'
import type { Problem } from '../src/errors.js'
import { usableReplyValues } from '../src/platforms/shared/reply.js'

function checked(url: string, id = '') {
  const warnings: Problem[] = []
  const values = usableReplyValues({ url, id }, 'Discord', problem => warnings.push(problem))
  return { ...values, warnings: warnings.map(problem => `${problem.path}: ${problem.message}`) }
}

describe('usableReplyValues', () => {
  it('keeps an http(s) link and a plain id as they are', () => {
    expect(checked('https://discord.com/channels/1/2/3', '123')).toEqual({
      url: 'https://discord.com/channels/1/2/3',
      id: '123',
      warnings: []
    })
    expect(checked('http://127.0.0.1:8080/browse/ENG-1', 'ENG-1').warnings).toEqual([])
    expect(checked('', '').warnings).toEqual([])
  })

  it.each([
    ['https://x.example/\n::add-mask::secret', 'not one line without spaces'],
    ['https://x.example/a\rb', 'not one line without spaces'],
    ['https://x.example/a\u2028b', 'not one line without spaces'],
    ['https://x.example/a b', 'not one line without spaces'],
    ['javascript:alert(1)', 'not an http(s) URL'],
    ['<img>', 'not a URL'],
    [`https://x.example/${'a'.repeat(9000)}`, 'longer than 8192 characters']
  ])('drops the link %j with a warning', (url, why) => {
    expect(checked(url)).toEqual({
      url: '',
      id: '',
      warnings: [`url: Discord's reply had an unusable link (${why}); the url output stays empty`]
    })
  })

  it.each([
    ['1\n::warning::x', 'not one word without spaces or control characters'],
    ['a b', 'not one word without spaces or control characters'],
    ['1\u0085', 'not one word without spaces or control characters'],
    ['a\u202eb', 'not printable text'],
    ['x'.repeat(257), 'longer than 256 characters']
  ])('drops the id %j with a warning', (id, why) => {
    expect(checked('', id)).toEqual({
      url: '',
      id: '',
      warnings: [`id: Discord's reply had an unusable id (${why}); the id output stays empty`]
    })
  })
})
