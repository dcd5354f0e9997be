/** The `npm run scenario` command: exit codes and output shape (a few spawns only, to stay fast). */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers';

function run(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'scripts/scenario.ts', ...args], { cwd: REPO_ROOT, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('scripts/scenario.ts', () => {
  it('check: exits 0 with a summary paragraph for a valid file', () => {
    const { code, out, err } = run('check', 'test/scenario/fixtures/small.yaml');
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out.trim()).toBe(
      'test/scenario/fixtures/small.yaml: OK. "Fergana Valley test" (fergana-test) has 4 delegations (3 members, 1 observer; 4 players), ' +
        '4 rounds (2026-2029, summit in round 4), 7 measures (military 2, threats 1, economic 2, environmental 1, human 1), ' +
        '3 events, 1 flashpoint, 2 charter clusters and 1 energy corridor; 0 warnings.',
    );
  });

  it('check: exits 1 listing each error as file:line:column  path  message, and one line for a missing file', () => {
    const { code, out } = run('check', 'test/scenario/broken/bad-weight.yaml', 'no/such/file.yaml');
    expect(code).toBe(1);
    expect(out).toContain(
      'test/scenario/broken/bad-weight.yaml:27:13  delegations[1].weight  delegations[1].weight must be one of small, medium, large; found "huge"',
    );
    expect(out).toContain('no/such/file.yaml:1:1  (file)  the file does not exist');
    expect(out).not.toMatch(/\n\s+at /);
  });

  it.each([[[]], [['check']], [['frobnicate']], [['check', '--bogus', 'x.yaml']], [['schema', 'extra']]])(
    'exits 2 with a one-line usage error for %j',
    (args) => {
      const { code, out, err } = run(...args);
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err.trim().split('\n')).toHaveLength(1);
      expect(err).toMatch(/^scenario: .*usage: npm run scenario/);
    },
  );
});
