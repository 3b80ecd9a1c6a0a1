import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/**
 * The layout check of tests/e2e/layout.spec.ts: text a person must read whole is neither cut off nor
 * broken over two lines. Run in the page (a string, because this file is type-checked without the
 * DOM's types); it answers one line per problem, naming the element and its text.
 *
 * - **Cut off**: a button, badge, tab, navigation link, keyboard key, label or table header whose
 *   content is wider than its box (Mantine ellipsises or hides what does not fit), or any element
 *   inside one that hides its overflow and overflows ("Start servin").
 * - **Broken**: a short run of text that is not a sentence (at most 30 columns, a Chinese character
 *   counting two: a figure, "约 40 分钟", a date range; 40 on a button, badge, tab or label) laid out
 *   on more than one line ("约 40 分/钟", "Priority / green ⏎ channel"). Sentences may wrap.
 *
 * Text the screen shortens on purpose (a long customer note, an address) carries `data-may-truncate`
 * on itself or an ancestor; nothing else is excused.
 */
const FIND_CUT_TEXT = `(() => {
  const CONTROLS = 'button, [role="button"], [role="tab"], a, label, th, kbd, .mantine-Badge-root, .mantine-NavLink-root, .mantine-SegmentedControl-label, .mantine-Pill-root';
  const problems = [];
  const shown = (el) => {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return false;
    for (let e = el; e; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.visibility === 'hidden' || s.display === 'none' || Number(s.opacity) === 0) return false;
    }
    return r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
  };
  const excused = (el) => el.closest('[data-may-truncate]') !== null;
  const name = (el) => {
    const id = el.closest('[data-testid]');
    const where = id ? ' in [' + id.getAttribute('data-testid') + ']' : '';
    return el.tagName.toLowerCase() + where + ' "' + (el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 60) + '"';
  };
  const overflows = (el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 2;
  const hides = (el) => {
    const s = getComputedStyle(el);
    return s.overflowX === 'hidden' || s.overflowX === 'clip' || s.textOverflow === 'ellipsis' || s.webkitLineClamp !== 'none';
  };
  for (const control of document.querySelectorAll(CONTROLS)) {
    if (!shown(control) || excused(control) || !(control.textContent || '').trim()) continue;
    const inner = [control, ...control.querySelectorAll('*')].find((el) => shown(el) && hides(el) && (el.textContent || '').trim() && el.scrollWidth > el.clientWidth + 1);
    if (inner) problems.push('cut off: ' + name(inner));
    else if (getComputedStyle(control).display !== 'inline' && control.scrollWidth > control.clientWidth + 1 && control.tagName !== 'A' && control.tagName !== 'TH')
      problems.push('wider than its box: ' + name(control));
  }
  for (const el of document.querySelectorAll('body *')) {
    if (el.closest(CONTROLS) || !shown(el) || excused(el) || !hides(el)) continue;
    const s = getComputedStyle(el);
    const clamped = s.textOverflow === 'ellipsis' || s.webkitLineClamp !== 'none';
    if (clamped && (el.textContent || '').trim() && overflows(el)) problems.push('cut off: ' + name(el));
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.textContent || '').trim();
    const el = node.parentElement;
    // A sentence may wrap; a label, a figure or a date may not. Chinese characters count double (their width).
    const width = text.length + (text.match(/[\\u2e80-\\u9fff\\uff00-\\uffef]/g) || []).length;
    if (text.length < 2 || !el || /[。！？；]|[.!?;](\\s|$)/.test(text) || width > (el.closest(CONTROLS) ? 40 : 30) || !shown(el) || excused(el)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const tops = new Set();
    for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0) tops.add(Math.round(r.top / 4));
    if (tops.size > 1) problems.push('broken over ' + tops.size + ' lines: ' + name(el) + ' at "' + text + '"');
  }
  return [...new Set(problems)];
})()`;

const SHOTS = '.test-output/layout';

/** Lets entrances and transitions finish (notifications, modals, tabs) before a box is judged; spinners run on. */
async function settled(page: Page): Promise<void> {
  await page.evaluate(
    'Promise.all(document.getAnimations().filter((a) => a.effect?.getTiming().iterations !== Infinity).map((a) => a.finished.catch(() => undefined)))',
  );
}

/**
 * Saves the screen as `.test-output/layout/<name>.png` and checks it: every problem found is a soft
 * failure naming the screen, so one run lists them all.
 */
export async function checkScreen(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  await settled(page);
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
  const problems = await page.evaluate<string[]>(FIND_CUT_TEXT);
  expect.soft(problems, `${name}: text cut off or broken`).toEqual([]);
}

/**
 * What a toast covers: every visible control (button, link, field, tab, tile) whose box meets a shown
 * notification's box, by its text. Run in the page, as above.
 */
const COVERED_BY_TOASTS = `(() => {
  const toasts = [...document.querySelectorAll('.mantine-Notification-root')].map((n) => n.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0);
  const meets = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  const covered = [];
  for (const el of document.querySelectorAll('button, a, input, select, textarea, [role="button"], [role="tab"], [role="switch"], [tabindex]')) {
    if (el.closest('.mantine-Notifications-root')) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
    if (toasts.some((t) => meets(t, r))) covered.push(el.tagName.toLowerCase() + ' "' + (el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40) + '"');
  }
  return { toasts: toasts.length, covered };
})()`;

/** Waits for a toast with `text`, saves the screen, and checks the toast covers no control. */
export async function checkToast(page: Page, text: string | RegExp, name: string): Promise<void> {
  const toast = page.locator('.mantine-Notification-root').filter({ hasText: text });
  await expect(toast).toBeVisible();
  await toast.hover(); // holds it open (Mantine pauses the auto-close) while it is looked at
  await settled(page);
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
  const { toasts, covered } = await page.evaluate<{ toasts: number; covered: string[] }>(COVERED_BY_TOASTS);
  expect(toasts).toBeGreaterThan(0);
  expect.soft(covered, `${name}: a toast covers these controls`).toEqual([]);
}
