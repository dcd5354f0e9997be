/** The setup every browser suite shares: the built app served once, one Chromium, and an axe check. */
import { afterAll, beforeAll, expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launch } from './browser';
import { serveApp, type Served } from './server';

export interface AppInBrowser {
  readonly served: Served;
  readonly browser: Browser;
}

/** Serves the app and launches Chromium before the suite's tests, and closes both after them. */
export function useAppInBrowser(): AppInBrowser {
  let served: Served | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    served = await serveApp();
    browser = await launch();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });
  return {
    get served() { return served!; },
    get browser() { return browser!; },
  };
}

/** Fails with the screen's name when axe-core finds a serious or critical violation. */
export async function expectNoViolations(page: Page, screen: string): Promise<void> {
  expect(await axeViolations(page), screen).toEqual([]);
}
