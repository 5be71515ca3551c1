import {describe, expect, it} from 'vitest'
import {ruleOptionsProblem, stringListOption, type RuleOptionsSchema} from './rule-options.js'

const schema: RuleOptionsSchema = {
  ignore: stringListOption,
  max: {type: 'integer', minimum: 1},
  threshold: {type: 'number', minimum: 0, maximum: 1},
  scope: {type: 'string', enum: ['double', 'reader']},
  strict: {type: 'boolean'},
  forms: {type: 'object', additionalProperties: {type: 'array', items: {type: 'string'}, minItems: 4, maxItems: 4}}
}
const problem = (options: Record<string, unknown>, own = schema) => ruleOptionsProblem('some-rule', options, own)

describe('rule options', () => {
  it('accepts right options, the shared ones included', () => {
    expect(problem({})).toBeUndefined()
    expect(problem({ignore: ['a'], max: 22, threshold: 0.5, scope: 'reader', strict: false, forms: {man: ['man', 'mannen', 'män', 'männen']}})).toBeUndefined()
    expect(problem({words: ['Björkeby'], terms: ['förskola'], textType: 'letter', termList: [{prefer: 'förskola', avoid: ['dagis']}]})).toBeUndefined()
  })

  it('names an unknown option and the one that was probably meant', () => {
    expect(problem({ignor: ['a']})).toEqual({path: 'ignor', reason: 'unknown option of some-rule; did you mean `ignore`? it takes ignore, max, threshold, scope, strict, forms'})
    expect(problem({colour: 'red'})?.reason).not.toContain('did you mean')
    expect(problem({constructor: 1})?.path).toBe('constructor')
    expect(problem({forms: {man: ['man', 'mannen', 'män', 'männen']}, toString: true})?.path).toBe('toString')
    expect(problem({ignore: []}, {})).toEqual({path: 'ignore', reason: 'unknown option: some-rule has no options of its own'})
  })

  it('says what type it expected and what it got', () => {
    expect(problem({max: '25'})).toEqual({path: 'max', reason: 'expected a whole number of at least 1, got "25"'})
    expect(problem({max: 2.5})?.reason).toBe('expected a whole number of at least 1, got 2.5')
    expect(problem({max: 0})?.reason).toBe('expected a whole number of at least 1, got 0')
    expect(problem({threshold: 2})?.reason).toBe('expected a number from 0 to 1, got 2')
    expect(problem({scope: 'both'})).toEqual({path: 'scope', reason: 'expected one of double, reader, got "both"'})
    expect(problem({strict: 'yes'})?.reason).toBe('expected true or false, got "yes"')
    expect(problem({ignore: 'endast'})?.reason).toBe('expected a list, got "endast"')
    expect(problem({forms: []})?.reason).toBe('expected an object, got a list')
    expect(problem({textType: 'brev'})).toEqual({path: 'textType', reason: 'expected one of web, letter, email, easy-read, got "brev"'})
  })

  it('points into lists and objects', () => {
    expect(problem({ignore: ['a', 3]})).toEqual({path: 'ignore[1]', reason: 'expected a string, got 3'})
    expect(problem({forms: {man: ['man', 'mannen']}})).toEqual({path: 'forms.man', reason: 'expected a list of 4 items, got 2'})
    expect(problem({forms: {man: ['man', 'mannen', 'män', null]}})).toEqual({path: 'forms.man[3]', reason: 'expected a string, got null'})
    expect(problem({termList: [{avoid: ['dagis']}]})).toEqual({path: 'termList[0].prefer', reason: 'missing, but required'})
    expect(problem({termList: [{prefer: 'förskola', avod: ['dagis']}]})?.path).toBe('termList[0].avod')
    expect(problem({termList: [{prefer: 'förskola', hasOwnProperty: 1}]})?.path).toBe('termList[0].hasOwnProperty')
  })
})
