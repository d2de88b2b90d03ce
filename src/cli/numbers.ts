import { NewsfactsError } from '../errors';

/** A positive integer option, or undefined when not given (so the config's env/default applies). */
export function parseCount(raw: string | undefined, name: string): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new NewsfactsError('INVALID_INPUT', `${name} must be a whole number >= 1, got "${raw}"`);
  return n;
}

/** An ISO 8601 date option ("2024-05-01" or a date-time), or undefined. */
export function parseDateOption(raw: string | undefined, name: string): string | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(raw) || Number.isNaN(Date.parse(raw))) {
    throw new NewsfactsError('INVALID_INPUT', `${name} must be an ISO 8601 date like 2024-05-01, got "${raw}"`);
  }
  return raw;
}
