// Built-in templates ship parsed (scripts/precompile-templates.ts writes parseTemplateDocument's result as JSON):
// the document must survive JSON unchanged and compile to the same template as the YAML text.
import { describe, expect, it } from '@jest/globals'
import { ACTION_ROOT } from '../src/action-root.js'
import { deriveValues } from '../src/event/derive.js'
import { normaliseAlert } from '../src/event/normalise.js'
import { templateScope } from '../src/event/scope.js'
import { sampleAlert } from '../src/event/tokens.js'
import { compileTemplate } from '../src/template/compile.js'
import { parseTemplateDocument } from '../src/template/document.js'
import { builtinTemplateNames, loadTemplate } from '../src/template/load.js'
import { precompileDocument } from '../src/template/precompile.js'

describe('built-in templates parsed at build time', () => {
  const alert = normaliseAlert(sampleAlert('JOB'))
  const scope = templateScope(alert, deriveValues(alert, {}), {
    project: 'ENG',
    team_id: 'd1b7c2f0-0000-4000-8000-000000000000'
  })

  it.each(builtinTemplateNames())('%s: the parsed document survives JSON and renders as the YAML text does', name => {
    const { document: _precompiled, ...source } = loadTemplate(name, ACTION_ROOT)
    const document = parseTemplateDocument(source)
    const shipped = JSON.parse(JSON.stringify(document))
    expect(shipped).toEqual(document)
    const fromYaml = compileTemplate(source)
    const fromShipped = compileTemplate({ ...source, document: shipped })
    expect(fromShipped.frontMatter).toEqual(fromYaml.frontMatter)
    expect(fromShipped.variables).toEqual(fromYaml.variables)
    expect(fromShipped.render(scope)).toEqual(fromYaml.render(scope))
  })

  it.each(builtinTemplateNames())('%s: the precompiled document has the literal text of the Liquid one', name => {
    const { document: _precompiled, ...source } = loadTemplate(name, ACTION_ROOT)
    const document = parseTemplateDocument(source)
    const fromLiquid = compileTemplate({ ...source, document })
    const precompiled = compileTemplate({ ...source, document: precompileDocument(document).document })
    expect(precompiled.literalText).toBe(fromLiquid.literalText)
    // the front matter's description and the YAML comments are not the body's text
    expect(fromLiquid.literalText).not.toContain(fromLiquid.frontMatter.description?.slice(0, 40))
  })
})
