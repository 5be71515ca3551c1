import {Parser} from 'htmlparser2'

export interface PageLinks {
  /** Link targets (`a`, `area`), absolute, in document order. */
  links: string[]
  /** `<link rel=canonical>`, absolute. */
  canonical?: string
  /** `<meta name=robots>` says `nofollow`. */
  nofollow: boolean
}

/**
 * The links of a page, found with htmlparser2's tokenizer (much cheaper than building a tree for it). Relative
 * addresses resolve against `<base href>` or the page's URL; unparseable ones are dropped.
 */
export function pageLinks(html: string, pageUrl: string): PageLinks {
  let base = pageUrl
  const hrefs: string[] = []
  let canonical: string | undefined
  let nofollow = false
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'base' && attributes.href && hrefs.length === 0) base = resolve(attributes.href, pageUrl) ?? base
        else if ((name === 'a' || name === 'area') && attributes.href) {
          if (!/\bnofollow\b/i.test(attributes.rel ?? '')) hrefs.push(attributes.href)
        } else if (name === 'link' && /(^|\s)canonical(\s|$)/i.test(attributes.rel ?? '') && attributes.href) canonical ??= attributes.href
        else if (name === 'meta' && /^(robots|klarsprak)$/i.test(attributes.name ?? '') && /\bnofollow\b|\bnone\b/i.test(attributes.content ?? '')) nofollow = true
      }
    },
    {decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true}
  )
  parser.end(html)
  const links: string[] = []
  for (const href of hrefs) {
    const url = resolve(href, base)
    if (url) links.push(url)
  }
  return {links, canonical: canonical ? resolve(canonical, base) : undefined, nofollow}
}

function resolve(href: string, base: string): string | undefined {
  try {
    const url = new URL(href.trim(), base)
    url.hash = ''
    return url.href
  } catch {
    return undefined
  }
}
