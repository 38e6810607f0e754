// Our Adaptive Cards against the ecosystem's own clients, in one run (driven by
// tests/ChatOpsAdvisor.Cards.Tests/Conformance; the C# test makes every judgement):
//   1. expands each template with the official templating engine (npm adaptivecards-templating),
//      so the C# binder can be compared with it;
//   2. parses and renders each card with the official JavaScript renderer (npm adaptivecards) in
//      headless Chromium, on a page served from 127.0.0.1, reporting its validation events, what it
//      rendered and the buttons it drew;
//   3. takes a PNG of the chosen cards, as they would appear in a Teams chat (README screenshots).
// Usage: node cards-check.mjs <input.json> <output.json>
//   input:  { expand: [{ name, template, data }], render: [{ name, card }], screenshots: { dir, cards: [{ name, file }] } }
//           (a screenshot is of a card in render, by name, saved as <dir>/<file>.png)
//   output: { expanded: { name: { card } | { error } },
//             rendered: { name: { error, events, rendered, textLength, height, submitTitles, buttonLabels, missingButtons,
//                                 overflowing, clicks: [{ label, delivered: { type, data } | null }] } },
//             pageErrors, screenshots: { file: { name, file, width, height } }, ms }
// Exits 0 when every step ran (whatever it found), 1 when a step could not run, 2 on the watchdog.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const ACData = require('adaptivecards-templating');

const here = path.dirname(fileURLToPath(import.meta.url));
const [inputFile, outputFile] = process.argv.slice(2);
if (!inputFile || !outputFile) {
  console.error('usage: node cards-check.mjs <input.json> <output.json>');
  process.exit(1);
}

const started = Date.now();
const log = (record) => console.log(JSON.stringify({ ms: Date.now() - started, ...record }));
// A hard stop, whatever hangs; the C# side kills the process tree too, this only makes the failure readable.
const watchdog = setTimeout(() => { log({ ok: false, error: 'watchdog: over 150 s' }); process.exit(2); }, 150_000);

const input = JSON.parse(fs.readFileSync(inputFile, 'utf8'));
const output = { expanded: {}, rendered: {}, screenshots: {} };

// 1. The official templating engine, exactly as the docs call it.
for (const { name, template, data } of input.expand ?? []) {
  try {
    output.expanded[name] = { card: new ACData.Template(template).expand({ $root: data }) };
  } catch (error) {
    output.expanded[name] = { error: String(error?.message ?? error).split('\n')[0] };
  }
}
log({ step: 'expanded', count: Object.keys(output.expanded).length });

// 2 and 3. The official renderer in Chromium.
const renderer = path.join(here, 'node_modules', 'adaptivecards', 'dist');
const files = {
  '/adaptivecards.min.js': ['application/javascript', path.join(renderer, 'adaptivecards.min.js')],
  '/adaptivecards.css': ['text/css', path.join(renderer, 'adaptivecards.css')],
};

// Teams' light theme, approximately: its fonts, sizes and colours, buttons and a chat-bubble frame.
const hostConfig = {
  fontFamily: "'Segoe UI', 'Noto Sans', 'Noto Sans CJK JP', 'DejaVu Sans', sans-serif",
  supportsInteractivity: true,
  spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 16 },
  separator: { lineThickness: 1, lineColor: '#E1DFDD' },
  fontSizes: { small: 12, default: 14, medium: 16, large: 18, extraLarge: 24 },
  fontWeights: { lighter: 200, default: 400, bolder: 600 },
  containerStyles: {
    default: { backgroundColor: '#FFFFFF', foregroundColors: colours() },
    emphasis: { backgroundColor: '#F5F5F5', foregroundColors: colours() },
  },
  actions: { actionsOrientation: 'horizontal', actionAlignment: 'left', buttonSpacing: 8, spacing: 'default' },
};

function colours() {
  return {
    default: { default: '#242424', subtle: '#616161' },
    dark: { default: '#242424', subtle: '#424242' },
    light: { default: '#FFFFFF', subtle: '#F5F5F5' },
    accent: { default: '#5B5FC7', subtle: '#444791' },
    good: { default: '#0E7A0B', subtle: '#107C10' },
    warning: { default: '#835C00', subtle: '#8A6100' },
    attention: { default: '#C4314B', subtle: '#A4262C' },
  };
}

const page = `<!doctype html>
<html><head><meta charset="utf-8">
<link rel="stylesheet" href="/adaptivecards.css">
<script src="/adaptivecards.min.js"></script>
<style>
  body { margin: 0; padding: 16px; background: #F5F5F5; font-family: 'Segoe UI', 'Noto Sans', 'Noto Sans CJK JP', 'DejaVu Sans', sans-serif; }
  .frame { width: 520px; box-sizing: border-box; padding: 12px; background: #F5F5F5; margin-bottom: 16px; }
  .bubble { background: #FFFFFF; border-radius: 6px; overflow: hidden; box-shadow: 0 1px 2px rgba(0,0,0,.14), 0 0 2px rgba(0,0,0,.12); }
  .ac-pushButton { font-family: inherit; border-radius: 4px; border: 1px solid #D1D1D1; color: #242424; background: #FFFFFF; font-weight: 600; min-height: 32px; }
  .ac-pushButton.style-positive { background: #5B5FC7; border-color: #5B5FC7; color: #FFFFFF; }
  .ac-input, .ac-input input, .ac-input select, .ac-input textarea { font-family: inherit; font-size: 14px; }
  .ac-textBlock p { margin: 0; }
</style></head>
<body><div id="cards"></div></body></html>`;

const server = http.createServer((request, response) => {
  const file = files[request.url];
  if (request.url === '/') {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  } else if (file) {
    response.writeHead(200, { 'content-type': file[0] }).end(fs.readFileSync(file[1]));
  } else {
    response.writeHead(404).end();
  }
});

// Runs in the page: parse (collecting the renderer's own validation events), validate, render, and list the buttons drawn.
function renderAll({ cards, hostConfig }) {
  const AC = window.AdaptiveCards;
  const host = document.getElementById('cards');
  // The renderer leaves Markdown to its host (it looks for markdown-it, not installed here); Teams renders
  // **bold**, _italic_ and [links](url) in text. This does that subset, on HTML-escaped text.
  AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
    const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    result.outputHtml = '<p>' + escaped
      .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
      .replace(/(^|\s)_(\S(?:.*?\S)?)_(?=\s|$|[.,;:!?])/g, '$1<em>$2</em>')
      .replace(/\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)/g, '<a href="$2">$1</a>')
      .replace(/\n/g, '<br>') + '</p>';
    result.didProcess = true;
  };
  const describe = (e) => ({
    phase: AC.ValidationPhase[e.phase],
    event: AC.ValidationEvent[e.event],
    message: e.message,
    source: e.source?.getJsonTypeName?.() ?? null,
  });
  const submitTitles = (node, found = []) => {
    if (Array.isArray(node)) node.forEach((n) => submitTitles(n, found));
    else if (node && typeof node === 'object') {
      if (node.type === 'Action.Submit') found.push(node.title ?? '');
      Object.values(node).forEach((v) => submitTitles(v, found));
    }
    return found;
  };
  return cards.map(({ name, card }) => {
    const result = { name, events: [], error: null };
    try {
      const adaptiveCard = new AC.AdaptiveCard();
      adaptiveCard.hostConfig = new AC.HostConfig(hostConfig);
      const context = new AC.SerializationContext(AC.Versions.v1_5);
      adaptiveCard.parse(card, context);
      for (let i = 0; i < context.eventCount; i++) result.events.push(describe(context.getEventAt(i)));
      for (const e of adaptiveCard.validateProperties().validationEvents) result.events.push(describe(e));

      const frame = document.createElement('div');
      frame.className = 'frame';
      frame.id = 'card-' + name;
      const bubble = document.createElement('div');
      bubble.className = 'bubble';
      frame.appendChild(bubble);
      host.appendChild(frame);
      const element = adaptiveCard.render();
      if (element) bubble.appendChild(element);

      const buttons = element ? [...element.querySelectorAll('button')] : [];
      const labels = buttons.map((b) => (b.getAttribute('aria-label') || b.textContent || '').trim());
      const submits = submitTitles(card);
      result.rendered = !!element;
      result.textLength = element ? element.innerText.trim().length : 0;
      result.height = element ? Math.round(element.getBoundingClientRect().height) : 0;
      result.submitTitles = submits;
      result.buttonLabels = labels;
      result.missingButtons = submits.filter((title) => !labels.includes(title));
      // Text that does not fit its box (clipped or overflowing the card) is a layout problem a person would see.
      result.overflowing = element
        ? [...element.querySelectorAll('.ac-textBlock')].filter((t) => t.scrollWidth > t.clientWidth + 1).map((t) => t.innerText.slice(0, 60))
        : [];

      // Click every button of the card as sent (inputs at their initial values), on a second copy so the
      // screenshot stays untouched: what reaches the bot? A click the renderer refuses (an input failing
      // validation) delivers nothing.
      const copy = new AC.AdaptiveCard();
      copy.hostConfig = adaptiveCard.hostConfig;
      copy.parse(card, new AC.SerializationContext(AC.Versions.v1_5));
      const scratch = document.createElement('div');
      document.body.appendChild(scratch);
      scratch.appendChild(copy.render());
      result.clicks = [];
      for (const button of scratch.querySelectorAll('button')) {
        let delivered = null;
        copy.onExecuteAction = (action) => { delivered = { type: action.getJsonTypeName(), data: action.data ?? null }; };
        button.click();
        result.clicks.push({ label: (button.getAttribute('aria-label') || button.textContent || '').trim(), delivered });
      }
      scratch.remove();
    } catch (error) {
      result.error = String(error?.message ?? error);
    }
    return result;
  });
}

const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chatops-cards-chromium-'));
let context;
let step = 'serve';
try {
  await new Promise((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/`;

  step = 'launch';
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    timeout: 60_000,
    viewport: { width: 600, height: 900 },
    deviceScaleFactor: 1,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const tab = context.pages()[0] ?? await context.newPage();
  tab.setDefaultTimeout(30_000);
  const pageErrors = [];
  tab.on('pageerror', (error) => pageErrors.push(String(error?.message ?? error)));

  step = 'load the renderer';
  await tab.goto(url, { timeout: 30_000 });
  await tab.waitForFunction(() => typeof window.AdaptiveCards?.AdaptiveCard === 'function');

  step = 'render';
  for (const result of await tab.evaluate(renderAll, { cards: input.render ?? [], hostConfig })) {
    output.rendered[result.name] = result;
  }
  output.pageErrors = pageErrors;
  log({ step: 'rendered', count: Object.keys(output.rendered).length });

  step = 'screenshots';
  const shots = input.screenshots;
  if (shots?.cards?.length) {
    fs.mkdirSync(shots.dir, { recursive: true });
    await tab.evaluate(() => document.fonts.ready);
    for (const { name, file: base } of shots.cards) {
      const file = path.join(shots.dir, base + '.png');
      const frame = tab.locator(`[id="card-${name}"]`);
      const box = await frame.boundingBox();
      await frame.screenshot({ path: file, animations: 'disabled' });
      output.screenshots[base] = { name, file, width: Math.round(box?.width ?? 0), height: Math.round(box?.height ?? 0) };
    }
    log({ step: 'screenshots', count: Object.keys(output.screenshots).length });
  }

  output.ms = Date.now() - started;
  fs.writeFileSync(outputFile, JSON.stringify(output));
  log({ ok: true });
  process.exitCode = 0;
} catch (error) {
  log({ ok: false, step, error: String(error?.message ?? error).split('\n')[0] });
  process.exitCode = 1;
} finally {
  clearTimeout(watchdog);
  await context?.close().catch(() => {});
  server.closeAllConnections();
  server.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
}
