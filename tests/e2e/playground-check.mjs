// Drives the Microsoft 365 Agents Playground page in headless Chromium and checks what a person would see.
// Usage: node playground-check.mjs <playground url> <expectations JSON> <artifacts dir>
// Prints one JSON line per step and a final {"ok": true|false, ...}; exits 0 only when every check passed.
// Chromium is the system one (/usr/bin/chromium, from apt); playwright-core downloads no browser.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [url, expectationsJson, artifacts] = process.argv.slice(2);
const expect = JSON.parse(expectationsJson);
const stepTimeout = 45_000;
const started = Date.now();
const log = (record) => console.log(JSON.stringify({ ms: Date.now() - started, ...record }));

// A hard stop, whatever hangs: the C# test kills the tree too, this only makes the failure readable.
const watchdog = setTimeout(() => { log({ ok: false, error: 'watchdog: the check took over 150 s' }); process.exit(2); }, 150_000);

const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chatops-e2e-chromium-'));
let context;
let step = 'launch';
try {
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    timeout: 60_000,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] ?? await context.newPage();
  page.setDefaultTimeout(stepTimeout);
  const chat = () => page.locator('body');
  const seen = async (text) => { await chat().getByText(text, { exact: false }).first().waitFor({ state: 'visible' }); };

  step = 'welcome card renders on load';
  await page.goto(url, { timeout: 60_000 });
  await seen(expect.welcome);
  log({ step });

  step = 'typed message gets its reply';
  await page.locator('[data-lexical-editor="true"]').click();
  await page.keyboard.type(expect.message);
  await page.keyboard.press('Enter');
  await seen(expect.reply);
  log({ step });

  step = 'Action.Submit click reaches the bot';
  await page.getByRole('button', { name: expect.submitButton }).last().click();
  await seen(expect.submitAnswer);
  log({ step });

  step = 'Action.Execute click is answered in place';
  await page.getByRole('button', { name: expect.executeButton }).last().click();
  await seen(expect.executeAnswer);
  log({ step });

  step = 'exactly one welcome';
  const welcomes = await chat().getByText(expect.welcome, { exact: false }).count();
  if (welcomes !== 1) throw new Error(`expected 1 welcome card, saw ${welcomes}`);
  log({ step });

  await page.screenshot({ path: path.join(artifacts, 'playground-ok.png') });
  log({ ok: true });
  process.exitCode = 0;
} catch (error) {
  try {
    const page = context?.pages()[0];
    if (page) await page.screenshot({ path: path.join(artifacts, 'playground-failure.png') });
  } catch { /* the screenshot is only a help */ }
  log({ ok: false, step, error: String(error?.message ?? error).split('\n')[0] });
  process.exitCode = 1;
} finally {
  clearTimeout(watchdog);
  await context?.close().catch(() => {});
  fs.rmSync(userDataDir, { recursive: true, force: true });
}
