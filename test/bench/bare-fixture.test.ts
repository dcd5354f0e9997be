/**
 * The bench's bare Phaser page builds on its own: one page, its module script bundled with
 * Phaser, and none of the game's entry (the game's build has index.html as its only entry).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BARE_PAGE, buildBareFixture } from '../../scripts/lib/bench-fixture';

describe('bench fixture: bare Phaser page', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'cica-bare-test-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('builds into its own folder, with a module script that sets the ready flag', async () => {
    await buildBareFixture(outDir);
    expect(readdirSync(outDir).filter((f) => f.endsWith('.html'))).toEqual([BARE_PAGE]);
    const script = /<script type="module"[^>]*src="\.\/([^"]+\.js)"/.exec(readFileSync(join(outDir, BARE_PAGE), 'utf8'))?.[1];
    expect(script).toBeDefined();
    expect(existsSync(join(outDir, script!))).toBe(true);
    const code = readFileSync(join(outDir, script!), 'utf8');
    expect(code).toContain('dataset.ready');
    // Phaser itself is in the bundle (its game config names its home page), not left as a bare import.
    expect(code).toContain('https://phaser.io');
    expect(code).not.toMatch(/from\s*["']phaser["']/);
  });
});
