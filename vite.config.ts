import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { bundledScenariosPlugin } from './scripts/vite/bundled-scenarios';

const ROOT = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  base: './',
  plugins: [bundledScenariosPlugin(ROOT)],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
  },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
