/**
 * The shared store for several server processes: sessions and their logs in PostgreSQL. The
 * session's row holds the log's length; an append is one statement that moves that length from
 * the expected value to the next (a compare-and-set under the row's lock) and inserts the row,
 * and (session, idx) is the primary key, so two processes never both write action N. One round
 * trip per action, committed (and durable) before the action is acknowledged.
 */
import pg from 'pg';
import type { SessionMeta, Store, StoredSession } from './store';

/** The advisory lock every process takes to set up the schema ('CICA' in ASCII). */
const SCHEMA_LOCK = 0x43494341;

/**
 * Runs schema statements in one transaction, one process at a time. `CREATE TABLE IF NOT
 * EXISTS` is not safe against itself: two processes starting together on an empty database both
 * find the table missing, and the second fails on PostgreSQL's catalogue (a duplicate
 * `pg_type` row). The transaction-level advisory lock makes the second wait for the first's
 * commit, and then find the tables there.
 */
export async function setUpSchema(pool: pg.Pool, statements: readonly string[]): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
    for (const sql of statements) await client.query(sql);
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}

export async function openPostgresStore(url: string): Promise<Store & { pool: pg.Pool }> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  try {
    await setUpSchema(pool, [
      'CREATE TABLE IF NOT EXISTS cica_sessions (id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, meta TEXT NOT NULL)',
      'CREATE TABLE IF NOT EXISTS cica_actions (session TEXT NOT NULL, idx INTEGER NOT NULL, action TEXT NOT NULL, PRIMARY KEY (session, idx))',
      'ALTER TABLE cica_sessions ADD COLUMN IF NOT EXISTS n INTEGER',
      // Sessions stored before the length column: count their logs once.
      'UPDATE cica_sessions s SET n = (SELECT count(*) FROM cica_actions a WHERE a.session = s.id) WHERE n IS NULL',
    ]);
  } catch (e) {
    await pool.end();
    throw e;
  }

  const unique = (e: unknown) => (e as { code?: string }).code === '23505';

  return {
    kind: 'postgres',
    pool,
    async create(meta: SessionMeta) {
      await pool.query('INSERT INTO cica_sessions (id, code, meta, n) VALUES ($1, $2, $3, 0)', [meta.id, meta.code, JSON.stringify(meta)]);
    },
    async load(id: string): Promise<StoredSession | null> {
      const m = await pool.query<{ meta: string }>('SELECT meta FROM cica_sessions WHERE id = $1', [id]);
      if (m.rowCount === 0) return null;
      const rows = await pool.query<{ action: string }>('SELECT action FROM cica_actions WHERE session = $1 ORDER BY idx', [id]);
      return { meta: JSON.parse(m.rows[0]!.meta) as SessionMeta, rows: rows.rows.map((r) => r.action) };
    },
    async meta(id: string) {
      const m = await pool.query<{ meta: string }>('SELECT meta FROM cica_sessions WHERE id = $1', [id]);
      return m.rowCount ? (JSON.parse(m.rows[0]!.meta) as SessionMeta) : null;
    },
    async since(id: string, from: number) {
      // One round trip: a process that lost a race for an index catches up with this alone.
      const r = await pool.query<{ meta: string; rows: string[] | null }>(
        'SELECT meta, (SELECT array_agg(action ORDER BY idx) FROM cica_actions WHERE session = $1 AND idx >= $2) AS rows FROM cica_sessions WHERE id = $1',
        [id, from],
      );
      return r.rowCount ? { meta: JSON.parse(r.rows[0]!.meta) as SessionMeta, rows: r.rows[0]!.rows ?? [] } : null;
    },
    async timed(since: number) {
      const r = await pool.query<{ id: string }>(
        `SELECT id FROM cica_sessions WHERE (meta::jsonb->>'createdAt')::bigint > $1
           AND ((meta::jsonb->>'autoEnd')::boolean IS TRUE OR meta::jsonb->>'idleAiSeconds' IS NOT NULL)`,
        [since],
      );
      return r.rows.map((x) => x.id);
    },
    async idByCode(code: string) {
      const r = await pool.query<{ id: string }>('SELECT id FROM cica_sessions WHERE code = $1', [code]);
      return r.rows[0]?.id ?? null;
    },
    async append(id, expected, action) {
      try {
        // The UPDATE waits for a concurrent writer's lock, then checks the length it committed.
        const r = await pool.query(
          `WITH c AS (UPDATE cica_sessions SET n = n + 1 WHERE id = $1 AND n = $2 RETURNING 1)
           INSERT INTO cica_actions (session, idx, action) SELECT $1, $2, $3 FROM c`,
          [id, expected, action],
        );
        return r.rowCount === 1 ? 'ok' : 'conflict';
      } catch (e) {
        if (unique(e)) return 'conflict';
        throw e;
      }
    },
    async truncate(id, expected, length) {
      const c = await pool.connect();
      try {
        await c.query('BEGIN');
        const r = await c.query('UPDATE cica_sessions SET n = $3 WHERE id = $1 AND n = $2', [id, expected, length]);
        if (r.rowCount !== 1) {
          await c.query('ROLLBACK');
          return 'conflict';
        }
        await c.query('DELETE FROM cica_actions WHERE session = $1 AND idx >= $2', [id, length]);
        await c.query('COMMIT');
        return 'ok';
      } catch (e) {
        await c.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        c.release();
      }
    },
    async tail(id, from) {
      const r = await pool.query<{ action: string }>('SELECT action FROM cica_actions WHERE session = $1 AND idx >= $2 ORDER BY idx', [id, from]);
      return r.rows.map((x) => x.action);
    },
    async saveMeta(meta) {
      try {
        await pool.query('UPDATE cica_sessions SET meta = $1, code = $2 WHERE id = $3', [JSON.stringify(meta), meta.code, meta.id]);
        return 'ok';
      } catch (e) {
        if (unique(e)) return 'conflict';
        throw e;
      }
    },
    async close() {
      await pool.end();
    },
  };
}
