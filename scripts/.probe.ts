import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
const types: Record<string,string> = { '.html':'text/html', '.js':'text/javascript', '.css':'text/css', '.json':'application/json', '.png':'image/png', '.svg':'image/svg+xml', '.wasm':'application/wasm' };
const srv = createServer((req, res) => { let p = join('dist', decodeURIComponent(req.url!.split('?')[0]!)); if (existsSync(p) && statSync(p).isDirectory()) p = join(p, 'index.html'); if (!existsSync(p)) { res.statusCode = 404; res.end(); return; } res.setHeader('content-type', types[extname(p)] ?? 'application/octet-stream'); res.end(readFileSync(p)); }).listen(4399);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const page = await b.newPage();
page.on('console', (m) => console.log('console', m.type(), m.text().slice(0,200)));
page.on('framenavigated', (f) => console.log('nav', f.url()));
page.on('pageerror', (e) => console.log('pageerror', e.message));
for (const u of ['/claims/rivals-at-reasoning/', '/search/']) { await page.goto('http://127.0.0.1:4399' + u); await page.waitForTimeout(1500); }
await page.fill('#q', 'GLM-5.2'); await page.keyboard.press('Enter'); await page.waitForTimeout(3000);
console.log(await page.locator('[data-search-status]').textContent());
console.log(await page.evaluate(async () => { try { const m = await import('/pagefind/pagefind.js'); await m.options({}); const r = await m.search('GLM'); return 'ok ' + r.results.length; } catch (e) { return 'ERR ' + String(e); } }));
page.on('console', () => {});
await b.close(); srv.close();
