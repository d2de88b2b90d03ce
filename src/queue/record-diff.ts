import type { ArticleRecord } from '../record';

/** JSON with object keys sorted: PostgreSQL's jsonb does not keep key order, so plain JSON.stringify would
 * report every record read back from it as changed. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** The top-level fields whose values differ between two versions of a record, in record order. */
export function changedFields(before: ArticleRecord, after: ArticleRecord): string[] {
  const keys = new Set([...Object.keys(after), ...Object.keys(before)]);
  return [...keys].filter(
    (key) => stableJson((before as unknown as Record<string, unknown>)[key]) !== stableJson((after as unknown as Record<string, unknown>)[key]),
  );
}
