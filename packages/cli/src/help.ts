export const mainHelp = `Usage: klarsprak <command> [options]

Checks Swedish and English texts for plain language (klarspråk).

Commands:
  check [paths...]   Check Markdown, HTML, text and Word files (folders are searched)
  rules [ID]         List the rules, or show one rule's documentation
  init               Write a starter .klarsprakrc.json in this folder
  merge RESULTS...   Join JSON results (the shards of a CI matrix) into one, in any format
  report RESULTS...  Build a static HTML report (--out DIR), with trends over runs (--history DIR)

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
