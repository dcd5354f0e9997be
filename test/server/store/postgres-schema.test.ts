import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresStore, setUpSchema } from '../../../src/server/store/postgres';
import { ROOT } from '../harness';

// PostgreSQL is started here (installed first when missing); if it cannot be, these tests fail.
let admin = '';
let url = '';
const db = `cica_schema_${process.pid}_${Date.now()}`;
beforeAll(async () => {
  admin = execFileSync('bash', [join(ROOT, 'scripts/test-postgres.sh')], { encoding: 'utf8', timeout: 300_000 }).trim().split('\n').pop()!;
  // A database of its own, empty, so that the processes below all find the tables missing.
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  await c.query(`CREATE DATABASE ${db}`);
  await c.end();
  url = admin.replace(/\/[^/]+$/, `/${db}`);
}, 300_000);
afterAll(async () => {
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  await c.end();
});

describe('setting up the schema', () => {
  it('lets several processes start together on an empty database: each waits for the one creating the tables', async () => {
    const stores = await Promise.all(Array.from({ length: 6 }, () => openPostgresStore(url)));
    try {
      await stores[0]!.create({ id: 's1', code: 'ABCDEF' } as never);
      for (const s of stores) expect((await s.meta('s1'))?.id).toBe('s1');
    } finally {
      await Promise.all(stores.map((s) => s.pool.end()));
    }
  });

  it('runs its statements as one transaction: a failing one leaves nothing of the others', async () => {
    const pool = new pg.Pool({ connectionString: url });
    try {
      await expect(setUpSchema(pool, ['CREATE TABLE half_done (x INTEGER)', 'SELECT no_such_function()'])).rejects.toThrow(/no_such_function/);
      const r = await pool.query("SELECT to_regclass('half_done') AS t");
      expect(r.rows[0].t).toBeNull();
    } finally {
      await pool.end();
    }
  });
});
