// The walkthrough's diagrams (media/*.svg) measured in a real browser (Debian's Chromium through
// playwright-core): every text lies inside the picture, a text inside a box stays inside it with
// room to spare, texts do not overlap, and no line or arrow runs through a text.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, Browser } from 'playwright-core';
import { REPO } from '../support/fixtures';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const MEDIA = path.join(REPO, 'media');
/** Room a text keeps from its box's border, in SVG units. */
const PADDING = 3;

interface Box { x: number; y: number; w: number; h: number }
type Segment = [number, number, number, number];
interface Measured {
  view: Box;
  texts: { text: string; box: Box }[];
  rects: Box[];
  segments: Segment[];
}

function inside(inner: Box, outer: Box, pad: number): boolean {
  return inner.x >= outer.x + pad && inner.y >= outer.y + pad / 2 && inner.x + inner.w <= outer.x + outer.w - pad && inner.y + inner.h <= outer.y + outer.h - pad / 2;
}

function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** Whether the segment crosses the box (Liang–Barsky clipping). */
function crosses([x1, y1, x2, y2]: Segment, b: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = x2 - x1;
  const dy = y2 - y1;
  for (const [p, q] of [[-dx, x1 - b.x], [dx, b.x + b.w - x1], [-dy, y1 - b.y], [dy, b.y + b.h - y1]]) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

/** A text's box without the font's blank ascent and descent (lines may pass close to a text). */
function shrink(b: Box): Box {
  const dy = b.h * 0.2;
  return { x: b.x, y: b.y + dy, w: b.w, h: b.h - 2 * dy };
}

/** The diagram's problems, one sentence each; empty when the picture is clean. */
function problems(name: string, m: Measured): string[] {
  const out: string[] = [];
  for (const t of m.texts) {
    if (!inside(t.box, m.view, 0)) out.push(`${name}: '${t.text}' runs out of the picture`);
    // The box a text belongs to: the smallest rectangle that holds its middle.
    const mid = { x: t.box.x + t.box.w / 2, y: t.box.y + t.box.h / 2 };
    const owner = m.rects.filter((r) => mid.x > r.x && mid.x < r.x + r.w && mid.y > r.y && mid.y < r.y + r.h).sort((a, b) => a.w * a.h - b.w * b.h)[0];
    if (owner && !inside(t.box, owner, PADDING)) out.push(`${name}: '${t.text}' does not fit its box`);
    if (m.segments.some((s) => crosses(s, shrink(t.box)))) out.push(`${name}: a line runs through '${t.text}'`);
  }
  for (let i = 0; i < m.texts.length; i++) {
    for (let j = i + 1; j < m.texts.length; j++) {
      if (overlap(shrink(m.texts[i].box), shrink(m.texts[j].box))) out.push(`${name}: '${m.texts[i].text}' and '${m.texts[j].text}' overlap`);
    }
  }
  return out;
}

/**
 * Runs in the page (a string, because this project's TypeScript has no DOM types): the view box,
 * the texts and rectangles with their boxes as the browser lays them out, and the straight lines
 * (consecutive points of M/L paths, and <line> elements); markers and definitions left out.
 */
const MEASURE = `(() => {
  const svg = document.documentElement;
  const vb = svg.viewBox.baseVal;
  const bbox = (e) => { const b = e.getBBox(); return { x: b.x, y: b.y, w: b.width, h: b.height }; };
  const visible = (e) => !e.closest('defs, marker');
  const segments = [];
  for (const p of [...document.querySelectorAll('path')].filter(visible)) {
    const d = p.getAttribute('d') || '';
    if (!/^[\\sML\\d.,-]+$/.test(d)) continue;
    // Each M starts a sub-path: no segment joins it to the point before.
    for (const sub of d.split('M').filter((x) => x.trim())) {
      const pts = (sub.match(/-?\\d+(\\.\\d+)?/g) || []).map(Number);
      for (let i = 0; i + 3 < pts.length; i += 2) segments.push([pts[i], pts[i + 1], pts[i + 2], pts[i + 3]]);
    }
  }
  for (const l of [...document.querySelectorAll('line')].filter(visible)) segments.push([l.x1.baseVal.value, l.y1.baseVal.value, l.x2.baseVal.value, l.y2.baseVal.value]);
  return {
    view: { x: vb.x, y: vb.y, w: vb.width, h: vb.height },
    texts: [...document.querySelectorAll('text')].filter(visible).map((t) => ({ text: t.textContent || '', box: bbox(t) })),
    rects: [...document.querySelectorAll('rect')].filter(visible).map(bbox),
    segments,
  };
})()`;

describe('media: the walkthrough diagrams are laid out cleanly (measured in Chromium)', function () {
  this.timeout(120000);
  let browser: Browser | undefined;

  before(async function () {
    if (!fs.existsSync(CHROMIUM)) {
      if (process.env.KEEPALIVED_LAB_REQUIRE_ORACLE === '1') throw new Error(`Chromium is required here (KEEPALIVED_LAB_REQUIRE_ORACLE=1) but ${CHROMIUM} is missing`);
      console.log(`      (skipped: no Chromium at ${CHROMIUM}; install Debian's chromium or set CHROMIUM_PATH)`);
      return this.skip();
    }
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--disable-gpu', '--disable-dev-shm-usage', '--no-sandbox', '--disable-background-networking'] });
  });
  after(async () => browser?.close());

  // lab.svg is the 24×24 view icon, without text.
  const files = fs.readdirSync(MEDIA).filter((f) => f.endsWith('.svg') && f !== 'lab.svg');
  it('finds the diagrams', () => assert.ok(files.length >= 10, files.join(' ')));

  for (const file of files) {
    it(file, async () => {
      const page = await browser!.newPage();
      try {
        await page.goto('file://' + path.join(MEDIA, file));
        const m = (await page.evaluate(MEASURE)) as Measured;
        assert.ok(m.texts.length > 0, `${file} has no text`);
        assert.deepEqual(problems(file, m), []);
      } finally {
        await page.close();
      }
    });
  }

  it('the checks find the faults they look for (a made-up picture)', () => {
    const view = { x: 0, y: 0, w: 100, h: 100 };
    const bad: Measured = {
      view,
      rects: [{ x: 10, y: 10, w: 40, h: 20 }],
      texts: [
        { text: 'too wide for its box', box: { x: 12, y: 14, w: 60, h: 12 } },
        { text: 'off the edge', box: { x: 80, y: 50, w: 40, h: 12 } },
        { text: 'crossed', box: { x: 20, y: 70, w: 30, h: 12 } },
        { text: 'on top', box: { x: 25, y: 71, w: 30, h: 12 } },
      ],
      segments: [[0, 76, 100, 76]],
    };
    const p = problems('x', bad);
    assert.ok(p.includes("x: 'too wide for its box' does not fit its box"), p.join('\n'));
    assert.ok(p.includes("x: 'off the edge' runs out of the picture"), p.join('\n'));
    assert.ok(p.includes("x: a line runs through 'crossed'"), p.join('\n'));
    assert.ok(p.includes("x: 'crossed' and 'on top' overlap"), p.join('\n'));
    const good: Measured = { view, rects: [{ x: 10, y: 10, w: 40, h: 20 }], texts: [{ text: 'fits', box: { x: 15, y: 14, w: 20, h: 12 } }], segments: [[0, 90, 100, 90]] };
    assert.deepEqual(problems('x', good), []);
  });
});
