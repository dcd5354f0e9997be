/**
 * The shared store for several server processes: sessions and their logs in PostgreSQL. Each
 * append locks the session's row and checks the log's length, and (session, idx) is the
 * primary key, so two processes never both write action N; a commit is durable before the
 * action is acknowledged.
 */
import pg from 'pg';
import type { AppendResult, SessionMeta, Store, StoredSession } from './store';

export async function openPostgresStore(url: string): Promise<Store & { pool: pg.Pool }> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  await pool.query(`
    CREATE TABLE IF NOT EXISTS cica_sessions (id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, meta TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS cica_actions (session TEXT NOT NULL, idx INTEGER NOT NULL, action TEXT NOT NULL, PRIMARY KEY (session, idx));
  `);

  /** Runs `body` in a transaction holding the session's row lock, with the log's length. */
  async function locked(id: string, body: (c: pg.PoolClient, length: number) => Promise<AppendResult>): Promise<AppendResult> {
    const c = await pool.connect();
    try {
      await c.query('BEGIN');
      const lock = await c.query('SELECT 1 FROM cica_sessions WHERE id = $1 FOR UPDATE', [id]);
      if (lock.rowCount === 0) {
        await c.query('ROLLBACK');
        return 'conflict';
      }
      const n = await c.query<{ n: string }>('SELECT count(*) AS n FROM cica_actions WHERE session = $1', [id]);
      const result = await body(c, Number(n.rows[0]!.n));
      await c.query(result === 'ok' ? 'COMMIT' : 'ROLLBACK');
      return result;
    } catch (e) {
      await c.query('ROLLBACK').catch(() => undefined);
      // A unique-key violation means another process wrote this index first.
      if ((e as { code?: string }).code === '23505') return 'conflict';
      throw e;
    } finally {
      c.release();
    }
  }

  return {
    kind: 'postgres',
    pool,
    async create(meta: SessionMeta) {
      await pool.query('INSERT INTO cica_sessions (id, code, meta) VALUES ($1, $2, $3)', [meta.id, meta.code, JSON.stringify(meta)]);
    },
    async load(id: string): Promise<StoredSession | null> {
      const m = await pool.query<{ meta: string }>('SELECT meta FROM cica_sessions WHERE id = $1', [id]);
      if (m.rowCount === 0) return null;
      const rows = await pool.query<{ action: string }>('SELECT action FROM cica_actions WHERE session = $1 ORDER BY idx', [id]);
      return { meta: JSON.parse(m.rows[0]!.meta) as SessionMeta, rows: rows.rows.map((r) => r.action) };
    },
    async idByCode(code: string) {
      const r = await pool.query<{ id: string }>('SELECT id FROM cica_sessions WHERE code = $1', [code]);
      return r.rows[0]?.id ?? null;
    },
    append(id, expected, action) {
      return locked(id, async (c, length) => {
        if (length !== expected) return 'conflict';
        await c.query('INSERT INTO cica_actions (session, idx, action) VALUES ($1, $2, $3)', [id, expected, action]);
        return 'ok';
      });
    },
    truncate(id, expected, length) {
      return locked(id, async (c, n) => {
        if (n !== expected) return 'conflict';
        await c.query('DELETE FROM cica_actions WHERE session = $1 AND idx >= $2', [id, length]);
        return 'ok';
      });
    },
    async tail(id, from) {
      const r = await pool.query<{ action: string }>('SELECT action FROM cica_actions WHERE session = $1 AND idx >= $2 ORDER BY idx', [id, from]);
      return r.rows.map((x) => x.action);
    },
    async saveMeta(meta) {
      await pool.query('UPDATE cica_sessions SET meta = $1 WHERE id = $2', [JSON.stringify(meta), meta.id]);
    },
    async close() {
      await pool.end();
    },
  };
}
