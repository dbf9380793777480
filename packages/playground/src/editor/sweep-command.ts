/**
 * The "⇄ sweep" code lenses run one editor command; the workspace decides what it does
 * (open the Sweep tab on that number). Monaco's commands are global, hence one handler.
 */
export const SWEEP_COMMAND_ID = "goodhart.sweepNumberAt";

let handler: ((offset: number) => void) | null = null;

export function onSweepCommand(fn: ((offset: number) => void) | null): void {
  handler = fn;
}

export function runSweepCommand(offset: unknown): void {
  if (typeof offset === "number" && Number.isFinite(offset)) handler?.(offset);
}
