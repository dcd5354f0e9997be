import { launchChromium, startDemoServer } from './test/e2e/map-browser';
const shots = process.argv.slice(2);
const { url, server } = await startDemoServer();
const browser = await launchChromium();
try {
  for (const spec of shots) {
    const [name, w, h, dpr, query] = spec.split('|');
    const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) }, deviceScaleFactor: Number(dpr) });
    page.on('console', (m) => console.log('console:', m.type(), m.text()));
    page.on('pageerror', (e) => console.log('pageerror:', e.message));
    const t0 = Date.now();
    await page.goto(`${url}?${query ?? ''}`);
    await page.waitForFunction(() => window.mapDemo?.ready === true, null, { timeout: 60000 });
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `/tmp/mapx/${name}.png` });
    console.log(name, 'ok', Date.now() - t0, 'ms');
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
