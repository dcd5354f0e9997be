/**
 * Helpers for browser checks of the map: a Vite dev server for the demo page and a headless
 * Debian Chromium with software WebGL (SwiftShader), as the conventions prescribe.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';

export const CHROMIUM_PATH = '/usr/bin/chromium';
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Whether the system Chromium the e2e tests need is installed. */
export const hasChromium = (): boolean => existsSync(CHROMIUM_PATH);

/** Serves the repository with Vite on a free port; `url` points at the map demo page. */
export async function startDemoServer(): Promise<{ url: string; server: ViteDevServer }> {
  const server = await createServer({
    root: ROOT,
    configFile: resolve(ROOT, 'vite.config.ts'),
    logLevel: 'error',
    server: { port: 0, host: '127.0.0.1', hmr: false },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('the Vite server has no port');
  return { url: `http://127.0.0.1:${address.port}/test/e2e/fixtures/map-demo.html`, server };
}

/** Launches headless Chromium with the project's flags and software WebGL. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic',
      // WebGL without a GPU: Phaser 4 needs WebGL, SwiftShader provides it in software.
      '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
    ],
  });
}
