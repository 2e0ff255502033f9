/** Deterministic JSON output: same input, same bytes (a rebuild must be byte-identical). */
export function roundCoord(n: number, digits = 5): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

export function stableJson(value: unknown): string {
  return JSON.stringify(value) + '\n';
}
