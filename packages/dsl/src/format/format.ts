export function format(text: string): string | null { void text; return null; }
