import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { bundledScenariosPlugin } from './scripts/vite/bundled-scenarios';
import { phaserLitePlugin } from './scripts/vite/phaser-lite';

const ROOT = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
  },
  plugins: [
    bundledScenariosPlugin(ROOT),
    // Only the parts of Phaser the map uses (see the plugin).
    phaserLitePlugin(ROOT),
    // An installable app that keeps working when a classroom's Wi-Fi drops: every built file
    // (the code, the bundled scenarios inside it, the map asset) is precached. An update is
    // offered by a toast, never applied on its own mid-game ('prompt').
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icon.svg'],
      manifest: {
        name: 'CICA: Negotiating Asia’s Security',
        short_name: 'CICA game',
        description: 'A negotiation simulation of CICA, the Conference on Interaction and Confidence-Building Measures in Asia.',
        lang: 'en',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1d4e89',
        icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,json,svg,woff2}'],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first install takes control of the open page at once, so it already works offline;
        // a later version waits for the player's "reload" (no skipWaiting), so it never swaps mid-game.
        clientsClaim: true,
      },
    }),
  ],
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup-catalogues.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
