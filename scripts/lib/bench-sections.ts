/** The further sections of `npm run bench`, each printing its own figures (and giving them to `--json`). */
import { existsSync } from 'node:fs';
import { benchAi, formatAiBench } from '../../src/ai';
import { benchBrowser, browserSection } from './bench-browser';
import type { BrowserSummary } from './bench-browser-report';
import { workbenchSection } from './bench-workbench';
import { serverSection } from '../bench-server';
import type { Scenario } from '../../src/scenario/schema';

export interface BenchInput {
  scenario: Scenario;
  games: number;
  browser: boolean;
}

/** A section's text lines, and its figures for the JSON document (null when it measured nothing). */
export interface SectionResult {
  lines: string[];
  figures: unknown;
}

export type BenchSection = (input: BenchInput) => Promise<string[] | SectionResult>;

/** A section's result in one shape; a section that gives only lines puts them in its figures. */
export function sectionResult(r: string[] | SectionResult): SectionResult {
  return Array.isArray(r) ? { lines: r, figures: { lines: r } } : r;
}

const aiSection: BenchSection = async ({ scenario }) => {
  const figures = benchAi(scenario, { games: 2 });
  return { lines: formatAiBench(figures), figures };
};

/** The browser figures of the JSON document when nothing was measured. */
const NO_BROWSER_FIGURES: BrowserSummary = {
  jsGzip: null, phaserGzip: null, jsRatio: null, readyMs: null, bareReadyMs: null, readyRatio: null,
  frameMs: null, bareFrameMs: null, frameRatio: null, clickToPaintMs: null, heap: null, bareHeap: null,
};

/**
 * The browser section's figures as the JSON document gives them: `readyRatio`, `frameRatio`,
 * `jsRatio` (ours over the bare scene's or Phaser's own), `clickToPaintMs` and the rest of the
 * summary, null where not measured, with the printed lines.
 */
export function browserFigures(summary: BrowserSummary | null, lines: string[]): BrowserSummary & { lines: string[] } {
  return { ...NO_BROWSER_FIGURES, ...summary, lines };
}

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

const browserJsonSection: BenchSection = async (input) => {
  if (!input.browser || !existsSync(CHROMIUM)) {
    const skipped = sectionResult(await browserSection(input)).lines;
    return { lines: skipped, figures: browserFigures(null, skipped) };
  }
  const { lines, summary } = await benchBrowser();
  return { lines, figures: browserFigures(summary, lines) };
};

/** Sections by the key their figures take in the JSON document. */
export const benchSections: Record<string, BenchSection> = { ai: aiSection, browser: browserJsonSection, workbench: workbenchSection, server: serverSection };
