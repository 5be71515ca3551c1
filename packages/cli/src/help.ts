export const mainHelp = `Usage: klarsprak <command> [options]

Checks Swedish and English texts for plain language (klarspråk).

Commands:
  check [paths...]   Check Markdown, HTML, text and Word files (folders are searched)
  site URL           Check published web pages (a start page or a sitemap)
  rules [ID]         List the rules, or show one rule's documentation
  init               Write a starter .klarsprakrc.json in this folder

Options:
  -h, --help         Show help (also: klarsprak <command> --help)
  -v, --version      Show the version

Example:
  klarsprak check brev.md webb/
`

export const checkHelp = `Usage: klarsprak check [options] [paths...]

Checks files, folders (searched for .md, .markdown, .html, .htm, .txt, .docx) and globs.
In a Word document (.docx), line N of a finding is paragraph N; --fix leaves Word files alone.
node_modules, .git and paths in .klarsprakignore are skipped.

Options:
  --stdin                     Read one document from standard input
  --stdin-filename NAME       Name (and so format) of the standard-input document
  -f, --format NAME           stylish (default), json, sarif, github, junit
  -o, --output FILE           Write the report to FILE
  --lang sv|en|auto           Document language (default auto: front matter, HTML lang, config, detection)
  --text-type TYPE            web (default), letter, email, easy-read: adjusts thresholds
  -c, --config FILE           Use this config file
  --no-config                 Ignore config files
  --rule ID:SEVERITY          Override a rule (repeatable); off, info, warning, error
  --fix                       Apply safe fixes in place; report what remains
  --fix-dry-run               Print the fixed text (--stdin) or a diff; change nothing
  --max-warnings N            Exit 1 when there are more than N warnings
  --quiet                     Report errors only
  -j, --jobs N                Worker threads (default: number of cores)
  --color, --no-color         Force colours on or off

Exit codes: 0 no errors, 1 lint errors (or too many warnings), 2 the run failed.

Examples:
  klarsprak check brev.md
  klarsprak check examples/ --format json --output result.json
  klarsprak check beslut/ --text-type letter --rule passive-voice:off
  echo "Du erhåller beslutet." | klarsprak check --stdin --stdin-filename brev.txt
`

export const rulesHelp = `Usage: klarsprak rules [ID]

Lists every rule with its default severity and a one-line description,
or prints the documentation of one rule.

Example:
  klarsprak rules plain-words
`

export const initHelp = `Usage: klarsprak init

Writes a starter .klarsprakrc.json in the current folder. An existing file is never overwritten.
`

export const siteHelp = `Usage: klarsprak site URL [options]

Checks published pages. A sitemap (or sitemap index, also .xml.gz) lists the pages; any other URL is a start page
from which links on the same origin are followed, breadth first. robots.txt is obeyed for user agent klarsprak.
Only the main content is checked; missing-lang, stale-content and page-contact read the whole page.
Pages that cannot be fetched are reported as fetch-error. Never leaves the origin unless --allow-host says so,
and never fetches private or local addresses (unless the URL itself is one).

Options:
  --max-pages N               Pages checked at most (default 500)
  --max-depth N               Links followed from the start page (default 10)
  --concurrency N             Requests at a time per host (default 4)
  --delay MS                  Milliseconds between requests to one host (default 250, or robots.txt Crawl-delay)
  --timeout SECONDS           Per request (default 15)
  --user-agent TEXT           The User-Agent header sent
  --allow-host HOST           Also fetch pages on HOST (repeatable)
  --selector CSS              The main content (default: main, [role=main], article, else body without furniture)
  --exclude CSS               Leave out this part of the main content, e.g. a cookie banner (repeatable)
  -f, --format NAME           stylish (default), json, sarif, github, junit
  -o, --output FILE           Write the report to FILE
  --lang sv|en|auto           Page language (default auto: HTML lang, config, detection)
  --text-type TYPE            web (default), letter, email, easy-read
  -c, --config FILE           Use this config file (default: the one found from this folder)
  --no-config                 Ignore config files (the klarsprak:web preset applies)
  --rule ID:SEVERITY          Override a rule (repeatable); off, info, warning, error
  --max-warnings N            Exit 1 when there are more than N warnings
  --quiet                     Report errors only
  --progress, --no-progress   Progress on standard error (default: on a terminal, not in CI)
  -j, --jobs N                Worker threads that lint pages (default: cores - 1, at most 4; 0 on two cores)

Exit codes: 0 no errors, 1 errors (a page that failed to load is one), 2 the run failed.

Examples:
  klarsprak site https://kommun.example.se/
  klarsprak site https://kommun.example.se/sitemap.xml --format json --output sidor.json
  klarsprak site https://kommun.example.se/ --max-pages 50 --exclude "#cookie-banner"
`
