/** The further sections of `npm run bench`, each printing its own figures (and giving them to `--json`). */
import { benchAi, formatAiBench } from '../../src/ai';
import { browserSection } from './bench-browser';
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

/** Sections by the key their figures take in the JSON document. */
export const benchSections: Record<string, BenchSection> = { ai: aiSection, browser: browserSection, workbench: workbenchSection, server: serverSection };
