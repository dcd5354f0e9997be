/** The `npm run scenario` command: exit codes and output shape (a few spawns only, to stay fast). */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers';

function run(...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    // What `npx tsx` resolves to, without npx's own start-up on every spawn.
    const child = spawn(join(REPO_ROOT, 'node_modules/.bin/tsx'), ['scripts/scenario.ts', ...args], { cwd: REPO_ROOT });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

// Each case starts a process; running them side by side keeps the suite fast.
describe.concurrent('scripts/scenario.ts', () => {
  it('new: writes a complete minimal template that passes the checker with no errors or warnings, and will not overwrite it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cica-new-'));
    for (const file of ['mine.yaml', 'mine.json']) {
      const target = join(dir, file);
      const made = await run('new', target, ...(file.endsWith('.json') ? ['--json'] : []));
      expect(made.code).toBe(0);
      expect(made.out).toContain('a complete minimal scenario');
      const checked = await run('check', '--warnings', target);
      expect(checked.code).toBe(0);
      expect(checked.out).toContain('0 warnings');
      expect(readFileSync(target, 'utf8')).toContain('scenario.schema.json');
      const again = await run('new', target);
      expect(again.code).toBe(1);
      expect(again.err).toContain('already exists');
    }
  });

  it.each([['--help'], ['check', '--help'], ['new', '-h']])('%j prints the commands and exits 0', async (...args) => {
    const { code, out } = await run(...args);
    expect(code).toBe(0);
    expect(out).toContain('usage: npm run scenario -- <command>');
    expect(out).toContain('new [<file>]');
  });

  it('check: exits 0 with a summary paragraph for a valid file', async () => {
    const { code, out, err } = await run('check', 'test/scenario/fixtures/small.yaml');
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out.trim()).toBe(
      'test/scenario/fixtures/small.yaml: OK. "Fergana Valley test" (fergana-test) has 4 delegations (3 members, 1 observer; 4 players), ' +
        '4 rounds (2026-2029, summit in round 4), 7 measures (military 2, threats 1, economic 2, environmental 1, human 1), ' +
        '3 events, 1 flashpoint, 2 charter clusters and 1 energy corridor; 0 warnings.',
    );
  });

  it('check: exits 1 listing each error as file:line:column  path  message, and one line for a missing file', async () => {
    const { code, out } = await run('check', 'test/scenario/broken/bad-weight.yaml', 'no/such/file.yaml');
    expect(code).toBe(1);
    expect(out).toContain(
      'test/scenario/broken/bad-weight.yaml:27:13  delegations[1].weight  delegations[1].weight must be one of small, medium, large; found "huge"',
    );
    expect(out).toContain('no/such/file.yaml:1:1  (file)  the file does not exist');
    expect(out).not.toMatch(/\n\s+at /);
  });

  it.each([[[]], [['frobnicate']], [['check', '--bogus', 'x.yaml']]])(
    'exits 2 with a one-line usage error for %j',
    async (args) => {
      const { code, out, err } = await run(...args);
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err.trim().split('\n')).toHaveLength(1);
      expect(err).toMatch(/^scenario: .*usage: npm run scenario/);
    },
  );
});
