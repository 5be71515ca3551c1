import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {kindNames} from './kinds.js'
import {listTemplates, loadTemplate, shippedTemplatesFolder} from './library.js'
import {renderTemplate} from './render.js'
import {validateData} from './validate.js'

const shipped = listTemplates()

describe('the shipped library', () => {
  it('is found next to the packages', () => {
    expect(shippedTemplatesFolder).toMatch(/templates[\\/]$/)
    expect(shipped.length).toBeGreaterThanOrEqual(kindNames.length * 2)
  })

  for (const language of ['sv', 'en'] as const) {
    it(`has a template of every kind in ${language}, with the kind as id, and the variants`, () => {
      const ids = shipped.filter((template) => template.meta.language === language).map((template) => template.meta.id)
      for (const kind of kindNames) {
        expect(ids).toContain(kind)
        expect(loadTemplate(kind, language)?.meta.kind).toBe(kind)
      }
      expect(loadTemplate('absence-reply-phone', language)?.meta).toMatchObject({kind: 'absence-reply', channels: ['phone']})
      expect(loadTemplate('hours-visit', language)?.meta.kind).toBe('hours')
      expect(loadTemplate('closure-disruption', language)?.meta.kind).toBe('closure')
    })
  }

  for (const template of shipped) {
    it(`${template.meta.language}/${template.meta.id}: two samples or more, one with every field and one minimal, each renders`, () => {
      const {samples, variables} = template.meta
      expect(samples.length).toBeGreaterThanOrEqual(2)
      const names = Object.keys(variables)
      const required = names.filter((name) => variables[name]!.required)
      expect(samples.some((sample) => names.every((name) => name in sample))).toBe(true)
      expect(samples.some((sample) => Object.keys(sample).sort().join() === [...required].sort().join())).toBe(true)
      for (const sample of samples) {
        expect(validateData(template, sample)).toEqual([])
        const text = renderTemplate(template, sample)
        expect(text.trim().length).toBeGreaterThan(20)
        expect(text).not.toMatch(/\{\{|\}\}|undefined|\[object Object\]/)
        const html = renderTemplate(template, sample, {format: 'html'})
        expect(html).toMatch(/^<(p|h2|ul)>/)
        expect(renderTemplate(template, sample, {format: 'markdown'}).length).toBeGreaterThan(20)
      }
    })
  }
})

describe('the organisation’s folders', () => {
  const folder = mkdtempSync(join(tmpdir(), 'klarsprak-templates-'))
  mkdirSync(join(folder, 'sv'))
  writeFileSync(
    join(folder, 'sv', 'closure.hbs'),
    '---\nid: closure\nkind: closure\nlanguage: sv\ntitle: Vår egen stängning\nvariables:\n  from: { type: date, required: true }\n  to: { type: date, required: true }\n  alternativeContact: { type: contact, required: true }\nsamples:\n  - { from: 2026-12-24, to: 2026-12-26, alternativeContact: { phone: "08-123 40 00" } }\n---\nStängt {{date from}}–{{date to}}. Ring {{phone alternativeContact.phone}}.\n'
  )
  writeFileSync(join(folder, 'sv', 'trasig.hbs'), 'Ingen metadata här.\n')
  writeFileSync(
    join(folder, 'sv', 'egen.handlebars'),
    '---\nid: egen\nkind: custom\nlanguage: sv\ntitle: Egen\nvariables:\n  text: { type: text, required: true }\nsamples:\n  - { text: Hej. }\n---\n{{text}}\n'
  )

  it('replaces a shipped template with the same id and language, and keeps the others', () => {
    const invalid: string[] = []
    const templates = listTemplates({language: 'sv'}, {folders: [folder], onInvalid: (path) => invalid.push(path)})
    const closure = templates.find((template) => template.meta.id === 'closure')!
    expect(closure.meta.title).toBe('Vår egen stängning')
    expect(closure.path.startsWith(folder)).toBe(true)
    expect(templates.some((template) => template.meta.id === 'case-status')).toBe(true)
    expect(templates.find((template) => template.meta.id === 'egen')?.path).toBe(join(folder, 'sv', 'egen.handlebars'))
    expect(invalid).toEqual([join(folder, 'sv', 'trasig.hbs')])
    expect(loadTemplate('closure', 'en', {folders: [folder]})!.path.startsWith(folder)).toBe(false)
  })

  it('filters by kind', () => {
    expect(listTemplates({kind: 'hours', language: 'en'}).map((template) => template.meta.id)).toEqual(['hours', 'hours-visit'])
  })
})
