// Writes full-page screenshots of the built hub (home, a module page, the JERICHO page) on a
// phone and a desktop viewport, in two languages, to look at before a change lands.
//
//   npm run build -w apps/hub && npm run screenshots -w apps/hub     # -> apps/hub/screenshots/
//   SCREENSHOT_LANGUAGES=el,it SCREENSHOT_DIR=/tmp/shots npm run screenshots -w apps/hub
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { interactive } from './page-weight.mjs';
import { serveHub } from './serve.mjs';

const PAGES = { home: '', module: 'training/stop-1/', 'young-people': 'young-people/', partners: 'partners/' };
const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };
const languages = (process.env.SCREENSHOT_LANGUAGES ?? 'en,el')
  .split(',')
  .map((l) => l.trim())
  .filter(Boolean);
const outDir = process.env.SCREENSHOT_DIR ?? fileURLToPath(new URL('../screenshots/', import.meta.url));
mkdirSync(outDir, { recursive: true });

const server = await serveHub(0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const language of languages) {
    for (const [name, path] of Object.entries(PAGES)) {
      for (const [device, viewport] of Object.entries(VIEWPORTS)) {
        const page = await browser.newPage({ viewport, deviceScaleFactor: device === 'phone' ? 2 : 1 });
        await page.goto(`${origin}/${language}/${path}`);
        await interactive(page);
        // Widgets hydrate as they come near the screen: scroll through so that every one has.
        await page.evaluate(async () => {
          for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
            scrollTo(0, y);
            await new Promise((resolve) => setTimeout(resolve, 60));
          }
          scrollTo(0, 0);
        });
        await page.waitForLoadState('networkidle');
        const file = join(outDir, `${language}-${name}-${device}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
