/** Python's `int()` of text (surrounding spaces and a sign allowed), or undefined where int() raises. */
export function pyInt(text: string): number | undefined {
  return /^\s*[-+]?\d+\s*$/.test(text) ? Number(text) : undefined;
}

/** Python's `round()` to an integer: halves go to the even neighbour. */
export function roundHalfEven(x: number): number {
  const floor = Math.floor(x);
  const diff = x - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}
