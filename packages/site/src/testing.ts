import {createServer, type IncomingMessage, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'

export type Handler = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>

export interface TestServer {
  /** `http://127.0.0.1:PORT` */
  origin: string
  port: number
  /** Every request in arrival order: path, time (ms), User-Agent. */
  requests: Array<{path: string; at: number; userAgent: string}>
  /** Most requests in progress at once. */
  maxActive: number
  close(): Promise<void>
}

/** A local HTTP server on 127.0.0.1 and a random port; routes by path (with query), 404 otherwise. */
export async function startServer(routes: Record<string, Handler | string>): Promise<TestServer> {
  let active = 0
  const state = {requests: [] as TestServer['requests'], maxActive: 0}
  const server = createServer(async (request, response) => {
    active++
    state.maxActive = Math.max(state.maxActive, active)
    response.on('close', () => active--)
    const path = request.url ?? '/'
    state.requests.push({path, at: Date.now(), userAgent: String(request.headers['user-agent'] ?? '')})
    const route = routes[path]
    if (route === undefined) {
      response.writeHead(404, {'content-type': 'text/html'}).end('<h1>Hittades inte</h1>')
    } else if (typeof route === 'string') {
      response.writeHead(200, {'content-type': 'text/html; charset=utf-8'}).end(route)
    } else {
      await route(request, response)
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    get requests() {
      return state.requests
    },
    get maxActive() {
      return state.maxActive
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

/** A small Swedish page with the given links, a contact link and a fresh date. */
export function page(title: string, links: string[] = [], extra = ''): string {
  return `<!doctype html><html lang="sv"><head><title>${title}</title><link rel="icon" href="/favicon.ico"></head><body>
<header><nav><a href="/kontakt">Kontakt</a></nav></header>
<main><h1>${title}</h1><p>Här kan du läsa om ${title.toLowerCase()} i kommunen. Du kan ringa oss om du har frågor.</p>
${links.map((link) => `<p><a href="${link}">Sidan ${link}</a></p>`).join('\n')}${extra}</main></body></html>`
}
