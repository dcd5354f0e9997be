/** The further sections of `npm run bench`, each printing its own figures. */
import type { Scenario } from '../../src/scenario/schema';

export interface BenchInput {
  scenario: Scenario;
  games: number;
  browser: boolean;
}

export type BenchSection = (input: BenchInput) => Promise<string[]>;

export const benchSections: BenchSection[] = [];
