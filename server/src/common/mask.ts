/** "001203004567" → "*********567": enough to tell two people apart on screen. */
export function maskTail(value: string | null, keep = 3): string | null {
  if (value === null) return null;
  return '*'.repeat(Math.max(0, value.length - keep)) + value.slice(-keep);
}
