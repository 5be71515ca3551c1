import type {RuleRegistry} from '../registry.js'
import {sharedOptionsSchema} from '../rule-options.js'
import {severities} from './validate.js'

type JsonObject = Record<string, unknown>

/**
 * The editors' JSON Schema (schema/klarsprakrc.schema.json) with its rule part made from the registry: every rule
 * id, and for each the options its implementations declare (RuleMeta.options) plus the shared ones. The rest of
 * `base`, the top-level keys, is kept as written. `pnpm schema` writes the result; a test fails when it differs.
 */
export function configJsonSchema(base: JsonObject, registry: RuleRegistry): JsonObject {
  const shared = Object.fromEntries(Object.keys(sharedOptionsSchema).map((name) => [name, {$ref: `#/$defs/sharedOptions/properties/${name}`}]))
  const rules: JsonObject = {}
  for (const id of registry.knownIds()) {
    const own = registry.optionsOf(id)
    // A reserved id no installed package declares: its options are not known, so any object is allowed.
    const options = own ? {type: 'object', properties: {...own, ...shared}, additionalProperties: false} : {type: 'object'}
    rules[id] = {
      description: `See rules/${id}.md`,
      oneOf: [
        {$ref: '#/$defs/severity'},
        {type: 'array', prefixItems: [{$ref: '#/$defs/severity'}, options], items: false, minItems: 1, maxItems: 2}
      ]
    }
  }
  const $defs = {
    severity: {enum: severities},
    sharedOptions: {
      description: 'Options every rule receives; the engine sets them from the top-level textType, dictionary and terms.',
      type: 'object',
      properties: sharedOptionsSchema
    },
    rules: {
      type: 'object',
      description: 'Rule severities: "off", "info", "warning", "error", or [severity, options].',
      properties: rules,
      additionalProperties: false
    }
  }
  return JSON.parse(JSON.stringify({...base, $defs})) as JsonObject
}
