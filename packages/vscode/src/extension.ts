import * as vscode from 'vscode'
import {LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions} from 'vscode-languageclient/node'
import {statusText, statusTooltip, type DocumentStats} from './status.js'

const languages = ['markdown', 'html', 'plaintext', 'handlebars']
let client: LanguageClient | undefined
let status: vscode.StatusBarItem | undefined

/** Start the bundled server (dist/server.mjs, over IPC) for Markdown, HTML, plain text and Handlebars. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.mjs')
  const serverOptions: ServerOptions = {
    run: {module, transport: TransportKind.ipc},
    debug: {module, transport: TransportKind.ipc, options: {execArgv: ['--nolazy', '--inspect=6019']}}
  }
  const clientOptions: LanguageClientOptions = {
    documentSelector: languages.flatMap((language) => [
      {scheme: 'file', language},
      {scheme: 'untitled', language}
    ]),
    synchronize: {configurationSection: 'klarsprak'},
    initializationOptions: {settings: vscode.workspace.getConfiguration('klarsprak')}
  }
  client = new LanguageClient('klarsprak', 'Klarspråk', serverOptions, clientOptions)

  status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Right, 100)
  status.command = 'klarsprak.showRules'
  context.subscriptions.push(
    status,
    vscode.commands.registerCommand('klarsprak.restart', async () => {
      await client?.restart()
      void updateStatus()
    }),
    vscode.commands.registerCommand('klarsprak.showRules', showRules),
    vscode.commands.registerCommand('klarsprak.fixAll', async () => {
      const editor = vscode.window.activeTextEditor
      if (!editor || !client) return
      await client.sendRequest('workspace/executeCommand', {command: 'klarsprak.server.fixAll', arguments: [editor.document.uri.toString()]})
    }),
    vscode.window.onDidChangeActiveTextEditor(() => void updateStatus()),
    // New diagnostics mean a new check: the figures changed too.
    vscode.languages.onDidChangeDiagnostics((event) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString()
      if (active && event.uris.some((uri) => uri.toString() === active)) void updateStatus()
    })
  )
  await client.start()
  void updateStatus()
}

export async function deactivate(): Promise<void> {
  await client?.stop()
  client = undefined
}

async function updateStatus(): Promise<void> {
  const editor = vscode.window.activeTextEditor
  if (!status || !client || !editor || !languages.includes(editor.document.languageId)) {
    status?.hide()
    return
  }
  try {
    const stats = await client.sendRequest<DocumentStats | null>('klarsprak/stats', {textDocument: {uri: editor.document.uri.toString()}})
    if (!stats || vscode.window.activeTextEditor !== editor) return
    status.text = statusText(stats)
    status.tooltip = statusTooltip(stats)
    status.show()
  } catch {
    status.hide()
  }
}

interface RuleInfo {
  id: string
  defaultSeverity: string
  description: string
  languages: string[]
  url: string
}

/** A list of every rule; choosing one opens its documentation page. */
async function showRules(): Promise<void> {
  if (!client) return
  const language = vscode.env.language.startsWith('sv') ? 'sv' : 'en'
  const rules = await client.sendRequest<RuleInfo[]>('klarsprak/rules', {language})
  const picked = await vscode.window.showQuickPick(
    rules.map((rule) => ({label: rule.id, description: `${rule.defaultSeverity} · ${rule.languages.join(', ') || '–'}`, detail: rule.description, url: rule.url})),
    {placeHolder: language === 'sv' ? 'Klarspråks regler' : 'Klarspråk rules', matchOnDetail: true}
  )
  if (picked) await vscode.env.openExternal(vscode.Uri.parse(picked.url))
}
