/** `#lesson=<id>` opens a lesson directly, so a trainer can bookmark the one they teach next. */
const LESSON_HASH_PREFIX = "#lesson=";

/** The lesson id in a location hash; "" for `#lesson=` alone (the list); null when absent. */
export function lessonFromHash(hash: string): string | null {
  if (!hash.startsWith(LESSON_HASH_PREFIX)) return null;
  const id = decodeURIComponent(hash.slice(LESSON_HASH_PREFIX.length));
  return /^[a-z0-9-]*$/.test(id) ? id : "";
}

export function lessonHash(id: string): string {
  return `${LESSON_HASH_PREFIX}${encodeURIComponent(id)}`;
}
