import {request as httpRequest, type IncomingHttpHeaders, type IncomingMessage} from 'node:http'
import {request as httpsRequest} from 'node:https'
import {createBrotliDecompress, createGunzip, createInflate} from 'node:zlib'
import type {Readable} from 'node:stream'
import type {AddressGuard} from './guard.js'

export interface RequestOptions {
  guard: AddressGuard
  userAgent: string
  /** Whole request, body included (ms). */
  timeoutMs: number
  /** Bytes of (decoded) body kept; reading stops there. */
  maxBytes: number
  accept?: string
}

export interface RawResponse {
  url: URL
  status: number
  headers: IncomingHttpHeaders
  /** Empty for redirects and error statuses (their bodies are not read). */
  body: Buffer
  /** The body was longer than `maxBytes`; reading stopped there. */
  tooLarge: boolean
}

/** A failure to get any response (timeout, refused connection, DNS); `retry` says whether trying again may help. */
export class NetworkError extends Error {
  constructor(
    message: string,
    readonly retry: boolean
  ) {
    super(message)
    this.name = 'NetworkError'
  }
}

/**
 * One GET without following redirects. The host is resolved and checked by the guard, and the connection goes to
 * the checked address. Bodies of 2xx responses are decoded (gzip, deflate, br) and read up to `maxBytes`.
 */
export async function getOnce(url: URL, options: RequestOptions): Promise<RawResponse> {
  const {address, family} = await options.guard.resolve(url.hostname)
  const https = url.protocol === 'https:'
  if (!https && url.protocol !== 'http:') throw new NetworkError(`unsupported protocol ${url.protocol}`, false)

  return new Promise<RawResponse>((resolve, reject) => {
    let settled = false
    const finish = (error: Error | undefined, response?: RawResponse) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      if (error) reject(error)
      else resolve(response!)
    }
    const request = (https ? httpsRequest : httpRequest)({
      host: address,
      family,
      port: url.port || (https ? 443 : 80),
      path: url.pathname + url.search,
      method: 'GET',
      servername: https && !/^[\d.:]+$/.test(url.hostname) ? url.hostname : undefined,
      headers: {
        host: url.host,
        'user-agent': options.userAgent,
        accept: options.accept ?? 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5',
        'accept-encoding': 'gzip, deflate, br'
      }
    })
    const timer = setTimeout(() => {
      request.destroy()
      finish(new NetworkError(`no answer within ${options.timeoutMs / 1000} s`, true))
    }, options.timeoutMs)
    request.on('error', (error: NodeJS.ErrnoException) => finish(new NetworkError(error.code ?? error.message, true)))
    request.on('response', (response) => {
      const status = response.statusCode ?? 0
      const base = {url, status, headers: response.headers}
      if (status < 200 || status >= 300) {
        response.resume()
        finish(undefined, {...base, body: Buffer.alloc(0), tooLarge: false})
        return
      }
      const declared = Number(response.headers['content-length'])
      if (Number.isFinite(declared) && declared > options.maxBytes && !response.headers['content-encoding']) {
        request.destroy()
        finish(undefined, {...base, body: Buffer.alloc(0), tooLarge: true})
        return
      }
      readBody(response, options.maxBytes).then(
        ({body, tooLarge}) => {
          if (tooLarge) request.destroy()
          finish(undefined, {...base, body, tooLarge})
        },
        (error: Error) => finish(new NetworkError(error.message, true))
      )
    })
    request.end()
  })
}

async function readBody(response: IncomingMessage, maxBytes: number): Promise<{body: Buffer; tooLarge: boolean}> {
  const encoding = String(response.headers['content-encoding'] ?? '').trim().toLowerCase()
  let stream: Readable = response
  if (encoding === 'gzip' || encoding === 'x-gzip') stream = response.pipe(createGunzip())
  else if (encoding === 'deflate') stream = response.pipe(createInflate())
  else if (encoding === 'br') stream = response.pipe(createBrotliDecompress())
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stream) {
    const buffer = chunk as Buffer
    if (size + buffer.length > maxBytes) {
      chunks.push(buffer.subarray(0, maxBytes - size))
      stream.destroy()
      response.destroy()
      return {body: Buffer.concat(chunks), tooLarge: true}
    }
    chunks.push(buffer)
    size += buffer.length
  }
  return {body: Buffer.concat(chunks), tooLarge: false}
}
