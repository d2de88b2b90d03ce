import { Client } from 'pg';
import { Redis } from 'ioredis';

/** Deletes every Redis key whose name starts with `prefix` (BullMQ keys are "<prefix>:<queue>:..."). */
export async function deleteKeysStartingWith(redisUrl: string, prefix: string): Promise<number> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  let deleted = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) deleted += await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return deleted;
}

/** Drops the bench's PostgreSQL schema and everything in it. */
export async function dropSchema(postgresUrl: string, schema: string): Promise<void> {
  if (!/^\w+$/.test(schema)) throw new Error(`not a plain schema name: ${schema}`);
  const client = new Client({ connectionString: postgresUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}
