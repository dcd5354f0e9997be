/**
 * The build's cut-down Phaser (scripts/vite/phaser-lite.ts): every module it names exists in
 * Phaser's sources, and every part of the namespace the map's code reaches at run time is
 * exported. The map's browser tests (the built game) show that it boots and draws.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PHASER_LITE, phaserLiteEntry, phaserLitePlugin, REGISTERED } from '../../scripts/vite/phaser-lite';

const SRC = resolve(import.meta.dirname, '../../node_modules/phaser/src');
const SCENES = resolve(import.meta.dirname, '../../src/scenes');

describe('phaser-lite', () => {
  it('imports only modules that exist in Phaser’s sources', () => {
    const paths = [...phaserLiteEntry(SRC).matchAll(/from "([^"]+)"|import "([^"]+)"/g)].map((m) => m[1] ?? m[2]!);
    for (const r of REGISTERED) expect(paths.some((p) => p.endsWith(`/${r}.js`)), r).toBe(true);
    for (const p of paths) expect(existsSync(p), p).toBe(true);
  });

  it('exports every namespace the scenes use outside type positions', () => {
    const exported = new Set([...Object.keys(PHASER_LITE), 'WEBGL', 'AUTO', 'CANVAS', 'HEADLESS', 'VERSION']);
    const used = new Set<string>();
    for (const file of readdirSync(SCENES).filter((f) => f.endsWith('.ts'))) {
      const code = readFileSync(join(SCENES, file), 'utf8');
      // `new Phaser.X`, `extends Phaser.X`, `Phaser.X.Events.Y` and constants: read at run time.
      for (const m of code.matchAll(/(?:new |extends |\()Phaser\.(\w+)|Phaser\.(\w+)\.(?:\w+\.)*[A-Z][A-Z_]+\b|Phaser\.([A-Z][A-Z_]+)\b/g)) used.add(m[1] ?? m[2] ?? m[3]!);
    }
    expect([...used].filter((n) => !exported.has(n))).toEqual([]);
    expect([...used].sort()).toEqual(expect.arrayContaining(['Game', 'GameObjects', 'Input', 'Scene', 'WEBGL']));
  });

  it('defines the flags in Phaser’s modules named by their real path, where node_modules is a link', () => {
    const root = mkdtempSync(join(tmpdir(), 'phaser-lite-'));
    try {
      mkdirSync(join(root, 'node_modules'));
      symlinkSync(resolve(SRC, '..'), join(root, 'node_modules/phaser'));
      const transform = phaserLitePlugin(root).transform as (code: string, id: string) => { code: string } | null;
      const code = 'if (typeof WEBGL_DEBUG) { require("phaser3spectorjs"); }';
      // Vite hands the plugin the real path, not the one through the link.
      expect(transform(code, join(SRC, 'renderer/webgl/WebGLRenderer.js'))?.code).toBe('if (false) { require("phaser3spectorjs"); }');
      expect(transform(code, join(root, 'node_modules/phaser/src/renderer/webgl/WebGLRenderer.js'))?.code).toBe('if (false) { require("phaser3spectorjs"); }');
      expect(transform(code, join(root, 'src/scenes/map-scene.ts'))).toBeNull();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
