import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {expect, test} from 'vitest'

// A real client: headless Neovim (0.7 has no file watching), when `nvim` is installed. It attaches the server, opens
// a letter, edits the config on disk and saves the letter, as a person would; the default handlers stay, so a modal
// `window/showMessageRequest` would block it until the time-out.
const bin = fileURLToPath(new URL('../bin/klarsprak-language-server.js', import.meta.url))
const nvim = spawnSync('nvim', ['--version'], {encoding: 'utf8'})
const hasNeovim = nvim.status === 0

const script = (root: string, out: string) => `
vim.cmd('filetype on')
local root, messages, steps = ${JSON.stringify(root)}, {}, {}
local id = vim.lsp.start_client({
  name = 'klarsprak',
  cmd = {${JSON.stringify(process.execPath)}, ${JSON.stringify(bin)}, '--stdio'},
  root_dir = root,
  handlers = {['window/showMessage'] = function(_, result) table.insert(messages, result.message) end},
})
local function snapshot()
  local found = {}
  for _, d in ipairs(vim.diagnostic.get()) do
    table.insert(found, {file = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(d.bufnr), ':t'), line = d.lnum, col = d.col, code = d.code, severity = d.severity})
  end
  return found
end
local function has(file, code, severity)
  for _, d in ipairs(snapshot()) do
    if d.file == file and d.code == code and d.severity == severity then return true end
  end
  return false
end
local function config(text)
  local f = io.open(root .. '/.klarsprakrc.json', 'w'); f:write(text); f:close()
end
vim.cmd('edit ' .. root .. '/brev.md')
vim.lsp.buf_attach_client(0, id)
table.insert(steps, {opened = vim.wait(20000, function() return has('brev.md', 'plain-words', 3) end, 50), diagnostics = snapshot()})
config('{\\n  "rules": {\\n    "plain-words": "error",\\n    "no-such-rule": "warning"\\n  }\\n}\\n')
vim.cmd('silent write')
table.insert(steps, {seen = vim.wait(20000, function() return has('brev.md', 'plain-words', 1) and has('.klarsprakrc.json', 'config', 1) end, 50), diagnostics = snapshot()})
config('{"rules": {"plain-words": "warning"}}\\n')
vim.cmd('silent write')
table.insert(steps, {seen = vim.wait(20000, function() return has('brev.md', 'plain-words', 2) and not has('.klarsprakrc.json', 'config', 1) end, 50), diagnostics = snapshot()})
local f = io.open(${JSON.stringify(out)}, 'w'); f:write(vim.fn.json_encode({steps = steps, messages = messages})); f:close()
vim.cmd('qa!')
`

test.skipIf(!hasNeovim)('Neovim (headless, no file watching): a config edited on disk is seen on :write; an unknown rule id is marked in the config, nothing blocks', () => {
  const root = mkdtempSync(join(tmpdir(), 'klarsprak-nvim-'))
  writeFileSync(join(root, '.klarsprakrc.json'), '{"rules": {"plain-words": "info"}}\n')
  writeFileSync(join(root, 'brev.md'), '# Beslut\n\nDu erhåller beslutet.\n')
  const init = join(root, 'init.lua')
  const out = join(root, 'out.json')
  writeFileSync(init, script(root, out))
  const run = spawnSync('nvim', ['--headless', '-u', init], {cwd: root, timeout: 90_000, encoding: 'utf8'})
  expect(run.error).toBeUndefined()
  const {steps, messages} = JSON.parse(readFileSync(out, 'utf8')) as {steps: Array<Record<string, unknown>>; messages: string[]}
  expect(steps.map((step) => step.opened ?? step.seen)).toEqual([true, true, true])
  // Line 3 (0-based), at the key.
  expect(steps[1]!.diagnostics).toContainEqual({file: '.klarsprakrc.json', line: 3, col: 4, code: 'config', severity: 1})
  expect(messages).toHaveLength(1)
  expect(messages[0]).toContain('”rules.no-such-rule” i .klarsprakrc.json')
}, 120_000)
