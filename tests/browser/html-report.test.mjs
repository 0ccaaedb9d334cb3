// The HTML report in a real browser: headless Chromium (Debian's package) driven by playwright-core.
// Usage: node html-report.test.mjs REPORT.html SCREENSHOT.png
// Checks what a reviewer sees: totals, the summary by rule with its bars, every finding of the sample batch with the
// offending cell marked in its row, rule links, that the filters work, and that the page made no network request.
import { chromium } from 'playwright-core';
import { strict as assert } from 'node:assert';
import { pathToFileURL } from 'node:url';

const [report, screenshot] = process.argv.slice(2);
if (!report || !screenshot) {
  console.error('usage: node html-report.test.mjs REPORT.html SCREENSHOT.png');
  process.exit(2);
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
let failures = 0;
const check = async (name, body) => {
  try {
    await body();
    console.log(`ok   ${name}`);
  } catch (error) {
    failures++;
    console.log(`FAIL ${name}\n     ${error.message.split('\n').join('\n     ')}`);
  }
};

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const requests = [];
  page.on('request', request => { if (!request.url().startsWith('file:')) requests.push(request.url()); });
  const errors = [];
  page.on('pageerror', error => errors.push(error.message));
  await page.goto(pathToFileURL(report).href);

  await check('the page renders its title and totals', async () => {
    assert.equal(await page.locator('h1').textContent(), 'B2BRules report');
    const errorsTotal = Number((await page.locator('#total-error b').textContent()).replace(/,/g, ''));
    assert.ok(errorsTotal > 0, `errors total is ${errorsTotal}`);
  });

  await check('the summary has a row and a visible bar per rule', async () => {
    const rows = page.locator('#summary tbody tr');
    assert.ok(await rows.count() >= 5, `summary rows: ${await rows.count()}`);
    const bar = await rows.first().locator('.bar').boundingBox();
    assert.ok(bar && bar.width > 10, 'the first bar is drawn');
  });

  await check('the sample batch lists its findings with the offending cell marked in its row', async () => {
    assert.ok((await page.locator('h2.batch', { hasText: 'partners-entra.csv' }).count()) === 1, 'partners-entra.csv section');
    const duplicate = page.locator('tr.finding[data-rule="B2B0106"]').first();
    assert.match(await duplicate.textContent(), /MARIA\.LOPEZ@fabrikam\.com/);
    assert.equal(await duplicate.locator('.cell.hit').textContent(), 'MARIA.LOPEZ@fabrikam.com');
    assert.ok(await duplicate.locator('.cell').count() >= 4, 'the whole row is shown');
  });

  await check('rule IDs link to their documentation', async () => {
    const href = await page.locator('tr.finding[data-rule="B2B0106"] a').first().getAttribute('href');
    assert.match(href, /B2B0106/);
  });

  await check('filters by rule and severity hide the other findings', async () => {
    const all = await page.locator('tr.finding:not(.hidden)').count();
    await page.selectOption('#filter-rule', 'B2B0106');
    const duplicates = await page.locator('tr.finding:not(.hidden)').count();
    assert.ok(duplicates >= 1 && duplicates < all, `${duplicates} of ${all} after filtering by B2B0106`);
    assert.equal(await page.locator('#shown').textContent(), String(duplicates));
    await page.selectOption('#filter-rule', '');
    await page.uncheck('input[data-level="error"]');
    assert.equal(await page.locator('tr.finding[data-level="error"]:not(.hidden)').count(), 0);
    await page.check('input[data-level="error"]');
    assert.equal(await page.locator('tr.finding:not(.hidden)').count(), all);
  });

  await check('the page is self-contained and error-free', async () => {
    assert.deepEqual(requests, []);
    assert.deepEqual(errors, []);
  });

  await page.screenshot({ path: screenshot, fullPage: true });
  console.log(`screenshot: ${screenshot}`);
} finally {
  await browser.close();
}

console.log(failures === 0 ? 'all browser checks passed' : `${failures} browser check(s) failed`);
process.exit(failures === 0 ? 0 : 1);
