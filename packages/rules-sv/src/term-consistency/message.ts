// Messages of `term-consistency`, in Swedish.

export function termReason(actual: string, expected: readonly string[], prefer: string, avoid: string): string {
  if (expected.length === 1) return `Skriv ”${expected[0]}” i stället för ”${actual}”.`
  return `Använd termen ”${prefer}” i stället för ”${avoid}”.`
}

export function termNote(prefer: string, avoid: string): string {
  return (
    `Organisationens termlista (”terms” i konfigurationen) säger ”${prefer}”, inte ”${avoid}”. ` +
    'Källa: språklagen (2009:600) 12 § om myndigheternas ansvar för terminologin.'
  )
}

export function spellingReason(actual: string, expected: string, because: 'preferred' | 'majority'): string {
  const where = because === 'preferred' ? 'som i termlistan' : 'som på andra ställen i texten'
  return `Skriv ”${expected}” ${where}, inte ”${actual}”.`
}

export function spellingNote(example: string, targetCount: number, actual: string, actualCount: number): string {
  if (targetCount === 0) return `Termlistan stavar ”${example}”. Stava samma term på samma sätt i hela texten.`
  return (
    `Stava samma term på samma sätt i hela texten: stavningen i ”${example}” står ${times(targetCount)}, ` +
    `den i ”${actual}” ${times(actualCount)}.`
  )
}

const times = (count: number) => (count === 1 ? '1 gång' : `${count} gånger`)
