/**
 * Arguments for `git show REV:PATH`. A revision or path from the command line must never reach
 * git as an option (`--output=/tmp/x` would make git write a file): the object name goes after
 * `--end-of-options`, and a revision that starts with `-` is refused before git is asked.
 */
export function gitShowArgs(rev: string, path: string): string[] {
  if (rev.startsWith("-")) throw new Error(`'${rev}' is not a git revision (it starts with '-')`);
  // `./` makes git resolve the path from the current directory, as the user typed it.
  const spec = `${rev}:${path.startsWith("/") || path.startsWith("./") ? path : `./${path}`}`;
  return ["show", "--end-of-options", spec];
}
