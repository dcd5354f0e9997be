/** The further sections of `npm run bench`, each printing its own figures. */
import { benchAi, formatAiBench } from '../../src/ai';
import { browserSection } from './bench-browser';
import { serverSection } from '../bench-server';
import type { Scenario } from '../../src/scenario/schema';

export interface BenchInput {
  scenario: Scenario;
  games: number;
  browser: boolean;
}

export type BenchSection = (input: BenchInput) => Promise<string[]>;

const aiSection: BenchSection = async ({ scenario }) => formatAiBench(benchAi(scenario, { games: 2 }));

export const benchSections: BenchSection[] = [aiSection, browserSection, serverSection];
