/**
 * Labels and notes come from whoever wrote the scheme. Hovers render markdown, so anything
 * that could become a link, an image or markup is escaped to plain characters.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, (c) => `\\${c}`);
}
