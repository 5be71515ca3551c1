// Messages of `term-consistency`, in English.

export function termReason(actual: string, expected: readonly string[], prefer: string, avoid: string): string {
  if (expected.length === 1) return `Use “${expected[0]}” instead of “${actual}”.`
  return `Use the term “${prefer}” instead of “${avoid}”.`
}

export function termNote(prefer: string, avoid: string): string {
  return `The organisation’s term list (“terms” in the configuration) prefers “${prefer}” to “${avoid}”.`
}

export function spellingReason(actual: string, expected: string, because: 'preferred' | 'majority'): string {
  const where = because === 'preferred' ? 'as in the term list' : 'as elsewhere in the text'
  return `Write “${expected}” ${where}, not “${actual}”.`
}

export function spellingNote(example: string, targetCount: number, actual: string, actualCount: number): string {
  if (targetCount === 0) return `The term list spells it “${example}”. Spell a term the same way throughout a text.`
  return (
    `Spell a term the same way throughout a text: the spelling of “${example}” is used ${times(targetCount)}, ` +
    `that of “${actual}” ${times(actualCount)}.`
  )
}

const times = (count: number) => (count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`)
