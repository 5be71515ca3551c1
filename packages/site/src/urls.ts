/** The URL without its `#fragment`: one page, however it is linked. */
export function withoutFragment(url: URL): URL {
  if (!url.hash) return url
  const copy = new URL(url.href)
  copy.hash = ''
  return copy
}

/** Extensions of links that are certainly not web pages: not fetched while crawling. */
const notPages = /\.(pdf|docx?|xlsx?|pptx?|odt|ods|odp|rtf|zip|gz|tgz|rar|7z|jpe?g|png|gif|svg|webp|avif|ico|bmp|tiff?|mp3|mp4|m4a|wav|ogg|webm|mov|avi|css|js|mjs|json|xml|rss|atom|ics|csv|txt|woff2?|ttf|eot)$/i

export function looksLikeFile(url: URL): boolean {
  return notPages.test(url.pathname)
}

/** Whether a crawl may follow this link: http(s), an allowed origin, no credentials. */
export function isCrawlable(url: URL, allowed: (url: URL) => boolean): boolean {
  return (url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password && allowed(url)
}
