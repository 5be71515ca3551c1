#!/usr/bin/env node
// Serves a folder on 127.0.0.1 for trying `klarsprak site` without a network: node scripts/serve.js [DIR] [PORT]
import {createReadStream, statSync} from 'node:fs'
import {createServer} from 'node:http'
import {extname, join, normalize, resolve} from 'node:path'

const root = resolve(process.argv[2] ?? 'examples/site')
const port = Number(process.argv[3] ?? 8080)
const types = {'.html': 'text/html; charset=utf-8', '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8', '.css': 'text/css'}

createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '')
  let file = join(root, path)
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html')
    statSync(file)
  } catch {
    response.writeHead(404, {'content-type': 'text/html; charset=utf-8'}).end('<h1>Sidan finns inte</h1>')
    return
  }
  response.writeHead(200, {'content-type': types[extname(file)] ?? 'application/octet-stream'})
  createReadStream(file).pipe(response)
}).listen(port, '127.0.0.1', () => console.log(`Serving ${root} on http://127.0.0.1:${port}/`))
