// The figures of one language: findings per 1,000 words, precision of the labelled sample and recall of the
// annotated paragraphs, per rule, per part (tune, measure) and per kind of text.
import {kinds} from './corpus.js'
import {labelFits, readLabels} from './labels.js'
import {drawSample, methodOf, perThousand} from './plan.js'
import {matchMarks, readAnnotations} from './recall.js'
import {agreement, wilsonLower} from './stats.js'

const parts = ['measure', 'tune']
const round = (value, digits = 2) => (value === null ? null : Number(value.toFixed(digits)))

function precisionOf(labelled) {
  const n = labelled.length
  const tp = labelled.filter((label) => label.label === 'tp').length
  return {tp, n, value: n === 0 ? null : round(tp / n), lower: n === 0 ? null : round(wilsonLower(tp, n))}
}

function recallOf(marks) {
  const usable = marks.filter((mark) => !mark.missing)
  const found = usable.filter((mark) => mark.found).length
  return {found, n: usable.length, value: usable.length === 0 ? null : round(found / usable.length)}
}

function wordsWhere(files, test) {
  return files.filter(test).reduce((sum, file) => sum + file.words, 0)
}

/** Everything `pnpm eval:real` reports for one language, from its findings, labels and annotations. */
export function computeFigures(language, seed, {files, findings}) {
  const labels = readLabels(language)
  const drawn = drawSample(files, findings, seed, methodOf(seed))
  const labelled = drawn.filter((finding) => labelFits(labels.get(finding.id), finding)).map((finding) => ({...finding, label: labels.get(finding.id).label}))
  const unlabelled = drawn.filter((finding) => !labelFits(labels.get(finding.id), finding))
  const marks = matchMarks(readAnnotations(language), findings)
  const rules = [...new Set([...findings.map((finding) => finding.rule), ...marks.map((mark) => mark.rule)])].sort()

  const words = {all: wordsWhere(files, () => true)}
  for (const part of parts) words[part] = wordsWhere(files, (file) => file.part === part)
  const kindWords = {}
  for (const kind of kinds) {
    kindWords[kind] = {files: files.filter((file) => file.kind === kind).length, all: wordsWhere(files, (file) => file.kind === kind)}
    for (const part of parts) kindWords[kind][part] = wordsWhere(files, (file) => file.kind === kind && file.part === part)
  }

  const perRule = {}
  for (const rule of rules) {
    const ofRule = findings.filter((finding) => finding.rule === rule)
    const entry = {count: ofRule.length, perThousand: {}, precision: {}, recall: {}, byKind: {}}
    entry.perThousand.all = round(perThousand(ofRule.length, words.all))
    for (const part of parts) {
      entry.perThousand[part] = round(perThousand(ofRule.filter((finding) => finding.part === part).length, words[part]))
      entry.precision[part] = precisionOf(labelled.filter((finding) => finding.rule === rule && finding.part === part))
      entry.recall[part] = recallOf(marks.filter((mark) => mark.rule === rule && mark.part === part))
    }
    for (const kind of kinds) {
      if (kindWords[kind].all === 0) continue
      entry.byKind[kind] = {
        perThousand: round(perThousand(ofRule.filter((finding) => finding.kind === kind).length, kindWords[kind].all)),
        precision: precisionOf(labelled.filter((finding) => finding.rule === rule && finding.kind === kind)),
        recall: recallOf(marks.filter((mark) => mark.rule === rule && mark.kind === kind))
      }
    }
    perRule[rule] = entry
  }

  const total = {perThousand: {all: round(perThousand(findings.length, words.all))}, precision: {}, recall: {}, byKind: {}}
  for (const part of parts) {
    total.perThousand[part] = round(perThousand(findings.filter((finding) => finding.part === part).length, words[part]))
    total.precision[part] = precisionOf(labelled.filter((finding) => finding.part === part))
    total.recall[part] = recallOf(marks.filter((mark) => mark.part === part))
  }
  for (const kind of kinds) {
    if (kindWords[kind].all === 0) continue
    total.byKind[kind] = {
      perThousand: round(perThousand(findings.filter((finding) => finding.kind === kind).length, kindWords[kind].all)),
      precision: precisionOf(labelled.filter((finding) => finding.kind === kind)),
      recall: recallOf(marks.filter((mark) => mark.kind === kind))
    }
  }

  const second = readLabels(language, 'second')
  const first = labels
  // Only pairs of two different labellers say anything about agreement.
  const pairs = [...second.values()]
    .filter((label) => first.has(label.id) && first.get(label.id).labeller !== label.labeller)
    .map((label) => [first.get(label.id).label, label.label])
  const agree = agreement(pairs)

  return {
    language,
    seed,
    files: files.length,
    words,
    kinds: kindWords,
    paragraphs: readAnnotations(language).length,
    perRule,
    total,
    agreement: {n: agree.n, agreed: agree.agreed, share: round(agree.share), kappa: round(agree.kappa)},
    unlabelled: unlabelled.map((finding) => finding.id)
  }
}
