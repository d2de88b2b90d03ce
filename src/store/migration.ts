/** One numbered schema change. Applied once, in order, recorded in schema_migrations. */
export interface Migration {
  version: number;
  name: string;
  /** SQL statements run in order inside the migrating transaction */
  statements: string[];
}

/** The migrations not yet applied, in version order. */
export function pendingMigrations(all: readonly Migration[], applied: Iterable<number>): Migration[] {
  const done = new Set(applied);
  return [...all].sort((a, b) => a.version - b.version).filter((m) => !done.has(m.version));
}
