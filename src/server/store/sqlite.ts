/**
 * The embedded store: one SQLite file in the data folder, created on first start. In WAL mode a
 * committed append is in the log file before it is acknowledged, so it survives the server being
 * killed at any moment (`synchronous = NORMAL`); `SQLITE_SYNC=full` also syncs to the disk on
 * every commit, against a power cut, at the cost of one fsync per action.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AppendResult, SessionMeta, Store, StoredSession } from './store';

export function openSqliteStore(dataDir: string, sync: 'normal' | 'full' = process.env.SQLITE_SYNC === 'full' ? 'full' : 'normal'): Store {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, 'classroom.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${sync === 'full' ? 'FULL' : 'NORMAL'}`);
  db.exec(`
    CREATE TABLE IF NOT EXISTS sessions (id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, meta TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS actions (session TEXT NOT NULL, idx INTEGER NOT NULL, action TEXT NOT NULL, PRIMARY KEY (session, idx));
  `);
  const insertSession = db.prepare('INSERT INTO sessions (id, code, meta) VALUES (?, ?, ?)');
  const selectMeta = db.prepare<[string], { meta: string }>('SELECT meta FROM sessions WHERE id = ?');
  const selectRows = db.prepare<[string, number], { action: string }>('SELECT action FROM actions WHERE session = ? AND idx >= ? ORDER BY idx');
  const selectCode = db.prepare<[string], { id: string }>('SELECT id FROM sessions WHERE code = ?');
  const count = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM actions WHERE session = ?');
  const insertAction = db.prepare('INSERT INTO actions (session, idx, action) VALUES (?, ?, ?)');
  const cut = db.prepare('DELETE FROM actions WHERE session = ? AND idx >= ?');
  const updateMeta = db.prepare('UPDATE sessions SET meta = ?, code = ? WHERE id = ?');
  const selectTimed = db.prepare<[number], { id: string }>(
    "SELECT id FROM sessions WHERE json_extract(meta, '$.createdAt') > ? AND (json_extract(meta, '$.autoEnd') = 1 OR json_extract(meta, '$.idleAiSeconds') IS NOT NULL)",
  );

  const append = db.transaction((id: string, expected: number, action: string): AppendResult => {
    if (count.get(id)!.n !== expected) return 'conflict';
    insertAction.run(id, expected, action);
    return 'ok';
  });
  const truncate = db.transaction((id: string, expected: number, length: number): AppendResult => {
    if (count.get(id)!.n !== expected) return 'conflict';
    cut.run(id, length);
    return 'ok';
  });

  return {
    kind: 'sqlite',
    async create(meta: SessionMeta) {
      insertSession.run(meta.id, meta.code, JSON.stringify(meta));
    },
    async load(id: string): Promise<StoredSession | null> {
      const row = selectMeta.get(id);
      if (!row) return null;
      return { meta: JSON.parse(row.meta) as SessionMeta, rows: selectRows.all(id, 0).map((r) => r.action) };
    },
    async meta(id: string) {
      const row = selectMeta.get(id);
      return row ? (JSON.parse(row.meta) as SessionMeta) : null;
    },
    async since(id: string, from: number) {
      const row = selectMeta.get(id);
      return row ? { meta: JSON.parse(row.meta) as SessionMeta, rows: selectRows.all(id, from).map((r) => r.action) } : null;
    },
    async timed(since: number) {
      return selectTimed.all(since).map((r) => r.id);
    },
    async idByCode(code: string) {
      return selectCode.get(code)?.id ?? null;
    },
    async append(id, expected, action) {
      return append.immediate(id, expected, action);
    },
    async truncate(id, expected, length) {
      return truncate.immediate(id, expected, length);
    },
    async tail(id, from) {
      return selectRows.all(id, from).map((r) => r.action);
    },
    async saveMeta(meta) {
      try {
        updateMeta.run(JSON.stringify(meta), meta.code, meta.id);
        return 'ok';
      } catch (e) {
        if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') return 'conflict';
        throw e;
      }
    },
    async close() {
      db.close();
    },
  };
}
