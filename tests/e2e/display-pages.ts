import type { APIRequestContext, Browser, Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/** The queue display in end-to-end tests: a TV paired by code, its speech recorded, staff calls over HTTP. */

export interface Spoken {
  text: string;
  lang: string;
  voice: string | null;
  volume: number;
  start: number;
  end: number;
}

/**
 * Replaces the browser's speech with a recorder before the page loads: two installed voices, and each
 * utterance "spoken" for 250 ms, noting when it started and ended so overlaps would show. (A string,
 * because this file is type-checked without the DOM's types.)
 */
const SPEECH_RECORDER = `
  window.__spoken = [];
  const voices = [
    { name: 'Test Mandarin', lang: 'zh-CN', default: false, localService: true, voiceURI: 'test-zh' },
    { name: 'Test English', lang: 'en-US', default: true, localService: true, voiceURI: 'test-en' },
  ];
  // The page sets utterance.voice to one of these stand-ins, which the real setter would refuse.
  Object.defineProperty(SpeechSynthesisUtterance.prototype, 'voice', {
    configurable: true,
    get() { return this._voice ?? null; },
    set(v) { this._voice = v; },
  });
  speechSynthesis.getVoices = () => voices;
  speechSynthesis.speak = (u) => {
    const entry = { text: u.text, lang: u.lang, voice: u.voice ? u.voice.name : null, volume: Math.round(u.volume * 100) / 100, start: performance.now(), end: 0 };
    window.__spoken.push(entry);
    setTimeout(() => {
      entry.end = performance.now();
      if (u.onend) u.onend(new Event('end'));
    }, 250);
  };
`;

export async function recordSpeech(page: Page): Promise<void> {
  await page.addInitScript({ content: SPEECH_RECORDER });
}

export const spoken = (page: Page): Promise<Spoken[]> => page.evaluate('window.__spoken');

/** A staff member's token over the station's HTTP API (a second counter). */
export async function staffToken(request: APIRequestContext, url: string, staffId: number, pin: string): Promise<string> {
  const res = await request.post(`${url}api/auth.signIn`, { data: { staffId, pin } });
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { token: string }).token;
}

export async function callOp<T = unknown>(
  request: APIRequestContext,
  url: string,
  name: string,
  data: unknown,
  token: string | null,
): Promise<T> {
  const res = await request.post(`${url}api/${name}`, { data, headers: token ? { authorization: `Bearer ${token}` } : {} });
  expect(res.ok(), `${name}: ${await res.text()}`).toBe(true);
  return (await res.json()) as T;
}

/** Opens #/display in a fresh browser (the TV) and pairs it with `code`. */
export async function pairTv(browser: Browser, url: string, code: string, size = { width: 1920, height: 1080 }): Promise<Page> {
  const context = await browser.newContext({ viewport: size, locale: 'en-US', timezoneId: 'Asia/Shanghai' });
  const tv = await context.newPage();
  await recordSpeech(tv);
  await tv.goto(`${url}#/display`);
  await expect(tv.getByTestId('display-pairing')).toBeVisible();
  await tv.getByTestId('display-pairing').locator('input').first().click();
  await tv.keyboard.type(code);
  await tv.getByRole('textbox', { name: /Name of this display|显示屏名称/ }).fill('Lobby TV');
  await tv.getByRole('button', { name: /^(Pair|配对)$/ }).click();
  await expect(tv.getByTestId('queue-display')).toBeVisible();
  // Started again as a TV would be each morning: already paired, asking for a tap to enable sound.
  await tv.reload();
  await expect(tv.getByTestId('queue-display')).toBeVisible();
  return tv;
}

/** A pairing code made over the API by the admin. */
export async function apiCode(request: APIRequestContext, url: string, adminToken: string): Promise<string> {
  return (await callOp<{ code: string }>(request, url, 'devices.pairingCode', { kind: 'display' }, adminToken)).code;
}
