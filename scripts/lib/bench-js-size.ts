/**
 * JavaScript sizes for the browser bench: the scripts a page loaded, grouped by the moment
 * they loaded, and Phaser's own minified bundles, all gzipped with node:zlib's default level.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';

/** One script file: its name, and its size as served and gzipped, in bytes. */
export interface ScriptSize {
  file: string;
  raw: number;
  gzip: number;
}

/** Sums the sizes of a list of scripts. */
export function total(scripts: ScriptSize[]): { raw: number; gzip: number } {
  return scripts.reduce((a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip }), { raw: 0, gzip: 0 });
}

const sizeOf = (file: string, bytes: Buffer): ScriptSize => ({ file, raw: bytes.length, gzip: gzipSync(bytes).length });

/** Records the scripts a page loads, each under the stage that was current when it arrived. */
export class ScriptTracker {
  private stage = 'start';
  private readonly loads: Array<Promise<{ stage: string; size: ScriptSize } | null>> = [];

  constructor(page: Page) {
    page.on('response', (r) => this.loads.push(this.read(r, this.stage)));
  }

  /** Scripts arriving from now on belong to `stage`. */
  enter(stage: string): void {
    this.stage = stage;
  }

  /** The scripts loaded in `stage`, largest first. */
  async loaded(stage: string): Promise<ScriptSize[]> {
    const all = await Promise.all(this.loads);
    return all.flatMap((l) => (l && l.stage === stage ? [l.size] : [])).sort((a, b) => b.gzip - a.gzip);
  }

  private async read(r: Response, stage: string): Promise<{ stage: string; size: ScriptSize } | null> {
    const path = new URL(r.url()).pathname;
    if (!path.endsWith('.js') || !r.ok()) return null;
    try {
      return { stage, size: sizeOf(basename(path), await r.body()) };
    } catch {
      // A body is gone when its page closed first; that script is simply not counted.
      return null;
    }
  }
}

const PHASER_DIST = resolve(import.meta.dirname, '../../node_modules/phaser/dist');

/** Phaser's own minified builds (UMD and ESM), those that exist. */
export function phaserBundles(): ScriptSize[] {
  return ['phaser.min.js', 'phaser.esm.min.js']
    .map((f) => resolve(PHASER_DIST, f))
    .filter((p) => existsSync(p))
    .map((p) => sizeOf(basename(p), readFileSync(p)));
}
