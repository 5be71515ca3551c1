export const mainHelp = `Usage: klarsprak <command> [options]

Checks Swedish and English texts for plain language (klarspråk).

Commands:
  check [paths...]   Check Markdown, HTML, text and Word files (folders are searched)
  site URL           Check published web pages (a start page or a sitemap)
  rules [ID]         List the rules, or show one rule's documentation
  init               Write a starter .klarsprakrc.json in this folder
  merge RESULTS...   Join JSON results (the shards of a CI matrix) into one, in any format
  report RESULTS...  Build a static HTML report (--out DIR), with trends over runs (--history DIR)
  template ...       The template library: list, show, render, check, new

Options:
  -h, --help         Show help (also: klarsprak <command> --help)
  -v, --version      Show the version

Example:
  klarsprak check brev.md webb/
`

export const checkHelp = `Usage: klarsprak check [options] [paths...]

Checks files, folders (searched for .md, .markdown, .html, .htm, .txt, .docx, .hbs, .handlebars) and globs.
Templates (.hbs, .handlebars) get the template rules and the language rules, see klarsprak template --help.
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
  --cache                     Reuse results of files whose content, config and version are unchanged
  --cache-location PATH       Cache file or folder (default .klarsprakcache; implies --cache)
  --shard I/N                 Check only shard I of N (a stable split by path), for CI matrices
  --baseline FILE             Report only findings that are not in FILE (exit code counts new ones only)
  --update-baseline           Write every current finding to the --baseline FILE, then report none

Exit codes: 0 no errors, 1 lint errors (or too many warnings), 2 the run failed.

Examples:
  klarsprak check brev.md
  klarsprak check examples/ --format json --output result.json
  klarsprak check beslut/ --text-type letter --rule passive-voice:off
  klarsprak check . --cache --shard 2/4 --format json --output shard-2.json
  klarsprak check . --baseline .klarsprak-baseline.json --update-baseline
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

export const mergeHelp = `Usage: klarsprak merge [options] RESULTS.json...

Joins JSON results (klarsprak check --format json), for example of the shards of a CI matrix, into one result.
Files are sorted by path; a path present in more than one input is taken from the last one (with a warning).
The summary is counted again. Exit code 1 when the merged result has errors.

Options:
  -f, --format NAME           stylish (default), json, sarif, github, junit
  -o, --output FILE           Write the merged result to FILE

Example:
  klarsprak merge shard-*.json --format sarif --output klarsprak.sarif
`

export const reportHelp = `Usage: klarsprak report [options] RESULTS.json... --out DIR

Builds a static HTML report (DIR/index.html, no external files) from JSON results: pages, words, findings per
1,000 words, median LIX, pages over the LIX limit, stale pages, pages without contact details, a LIX histogram,
findings per rule and the pages with the most findings.

Options:
  -o, --out DIR               Folder to write the report to (required)
  --history DIR               Add this run's figures to DIR and show the trend over every run in it
  --lang sv|en                Interface language (default: the language of most pages)
  --date DATE                 The run's date (default: KLARSPRAK_RUN_DATE, else now), ISO 8601

Example:
  klarsprak report merged.json --out rapport --history historik
`

export const templateHelp = `Usage: klarsprak template <subcommand> [options]

The template library: the shared templates in templates/ and the folders in the config key "templates"
(a template with the same id and language replaces the shipped one).

Subcommands:
  list [--lang sv|en] [--kind KIND] [--format text|json]
                     List the templates
  show ID [--lang sv|en] [--format text|json]
                     Show a template's metadata and variables (types, required, descriptions)
  render ID [--lang sv|en] --data FILE.json|FILE.yaml|- [--format text|html|markdown]
                     Print the message. The data is checked first: every problem is listed and
                     nothing is printed (exit code 2). html escapes every value.
  check [paths...]   Template rules and language rules, as klarsprak check on .hbs files
                     (default: the whole library); takes the flags of klarsprak check
  new ID --kind KIND [--lang sv|en] [--out FILE]
                     Write a starting template with the kind's required variables
                     (default: the first config folder, else templates/LANG/ID.hbs; never overwrites)

Options:
  -c, --config FILE  Use this config file
  --no-config        Ignore config files

Kinds: absence-reply, hours, receipt, case-status, correction, referral, feedback-reply, closure, custom

Examples:
  klarsprak template list --lang sv
  klarsprak template show case-status --lang en
  klarsprak template render absence-reply --lang sv --data examples/templates/absence-reply.sv.yaml
  klarsprak template render case-status --data data.json --format html > message.html
  klarsprak template check templates
  klarsprak template new parking-permit --kind receipt --lang sv
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
  --shard I/N                 Check only shard I of N of the pages (stable split by URL), for CI matrices;
                              join the shards' JSON results with klarsprak merge
  --baseline FILE             Report only findings that are not in FILE (see klarsprak check --help)
  --update-baseline           Write FILE with the current findings first
  --report DIR                Write the HTML report to DIR/index.html
  --history DIR               Add this run's figures to DIR; with --report, the report shows the trend

Exit codes: 0 no errors, 1 errors (a page that failed to load is one), 2 the run failed.

Examples:
  klarsprak site https://kommun.example.se/
  klarsprak site https://kommun.example.se/sitemap.xml --format json --output sidor.json
  klarsprak site https://kommun.example.se/ --max-pages 50 --exclude "#cookie-banner"
  klarsprak site https://kommun.example.se/sitemap.xml --report rapport --history historik
`
