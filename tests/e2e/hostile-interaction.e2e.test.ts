// Hostile pages, part 4: the reader interacting. Page keyboard shortcuts and editable areas,
// fullscreen, a right-to-left page, URL churn and in-page navigation, and a page that asks before
// it is left. The page keeps working, the extension never steals keys, focus or navigation.
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { FIXTURES } from './harness/paths';
import { startServer, type FixtureServer } from './harness/server';
import { EXTENSION_DIR, expectPageOk, firstMarkPoint, hostCount, openPanel, openWatched, ourHighlights, panelShown, TRACE_WATCH, type WatchedPage } from './hostile-kit';

const HOSTILE = resolve(FIXTURES, 'hostile');

interface Heard { key: string; target: string; editable: boolean }

describe('hostile pages: keys, fullscreen, RTL, history, leaving (Chromium)', () => {
  let s: ChromiumSession;
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startServer({ '/hostile/': HOSTILE });
    s = await launchChromium({ extensionDir: EXTENSION_DIR });
    await s.context.addInitScript({ content: TRACE_WATCH });
  });
  afterAll(async () => { await s?.close(); await server?.close(); });

  const open = (name: string): Promise<WatchedPage> => openWatched(s, `${server.origin}/hostile/${name}`);
  const finish = async (w: WatchedPage) => {
    await expectPageOk(w.page);
    expect(await hostCount(w.page)).toBe(1);
    expect(w.extensionErrors()).toEqual([]);
    await w.page.close();
  };
  const heard = (page: Page) => page.evaluate(() => (window as unknown as { __heard(): Record<'document' | 'window' | 'capture', Heard[]> }).__heard());
  const focusInPanel = (page: Page) => page.evaluate(() => document.activeElement?.localName === 'wic-fact-panel' && !!document.activeElement.shadowRoot?.activeElement);
  const cardShown = (page: Page) => page.evaluate(() => !!document.querySelector('wic-fact-panel')?.shadowRoot?.querySelector('div')?.shadowRoot?.querySelector('.wic-hover'));

  it('keys typed in the panel never reach the page\'s bubbling shortcuts; typing in the page never triggers the extension', async () => {
    const w = await open('keyboard.html');
    await openPanel(s, w.page);
    await expect.poll(() => focusInPanel(w.page)).toBe(true);
    await w.page.evaluate(() => (window as unknown as { __resetHeard(): void }).__resetHeard());
    // On the panel's heading, then on its first button (Tab stays inside the panel; Shift+Tab would
    // leave it for the page, as focus order goes: the panel is not a modal dialog).
    for (const key of ['j', 'k', 's', '/', '?', 'ArrowDown', 'PageDown', 'Tab', 'j', 'k', '/']) await w.page.keyboard.press(key);
    await w.page.keyboard.type('worldinternetconference');
    expect(await focusInPanel(w.page)).toBe(true);
    const inPanel = await heard(w.page);
    expect(inPanel.document).toEqual([]);
    expect(inPanel.window).toEqual([]);
    expect(await w.page.evaluate(() => (window as unknown as { __shortcuts(): number }).__shortcuts())).toBe(0);
    // A capture-phase listener on window runs before anything in the page can react: it sees the
    // keys, retargeted to our host element (see README, Robustness).
    expect(inPanel.capture.length).toBeGreaterThan(0);
    expect(new Set(inPanel.capture.map((h) => h.target))).toEqual(new Set(['wic-fact-panel']));
    expect(await panelShown(w.page)).toBe(true);
    await w.page.keyboard.press('Escape');
    await expect.poll(() => panelShown(w.page)).toBe(false);
    expect((await heard(w.page)).document).toEqual([]);

    // Now the reader types into the page: the panel stays as it was, focus stays put, no card appears.
    await s.clickToolbar(w.page);
    await expect.poll(() => panelShown(w.page), { timeout: 5_000 }).toBe(true);
    await w.page.click('#comment');
    const comment = 'Tim Cook spoke at the World Internet Conference. jk/?s';
    await w.page.keyboard.type(comment);
    await w.page.keyboard.press('Escape');
    expect(await w.page.inputValue('#comment')).toBe(comment);
    expect(await w.page.evaluate(() => document.activeElement?.id)).toBe('comment');
    expect(await panelShown(w.page)).toBe(true);
    expect(await cardShown(w.page)).toBe(false);

    // An editable note whose text carries marks: typing at its end stays at its end while marks follow.
    const before = await w.page.evaluate(() => document.getElementById('note')!.textContent!);
    await w.page.click('#note');
    await w.page.keyboard.press('End');
    const added = ' The Great Firewall and cyber sovereignty came up in Wuzhen.';
    await w.page.keyboard.type(added, { delay: 5 });
    await w.page.waitForTimeout(800);
    await w.page.keyboard.type(' Again.');
    expect(await w.page.evaluate(() => document.getElementById('note')!.textContent)).toBe(`${before}${added} Again.`);
    expect(await w.page.evaluate(() => document.activeElement?.id)).toBe('note');
    expect(await panelShown(w.page)).toBe(true);
    // The page's own shortcuts heard the page's keys (targets: its editables), as they would without us.
    const typed = await heard(w.page);
    expect(typed.document.length).toBeGreaterThan(comment.length);
    expect(typed.document.every((h) => h.editable)).toBe(true);
    await finish(w);
  });

  it('opening the panel from its edge tab moves focus into it at once: no keystroke falls through to the page', async () => {
    const w = await open('keyboard.html');
    await expect.poll(() => hostCount(w.page), { timeout: 10_000 }).toBe(1);
    // Activate the tab and look at focus in the same task: a key pressed right after would go there.
    const focused = await w.page.evaluate(() => {
      const root = document.querySelector('wic-fact-panel')!.shadowRoot!;
      const tab = root.querySelector<HTMLElement>('.wic-tab')!;
      tab.focus();
      tab.click();
      const a = document.activeElement;
      return `${a?.localName ?? 'none'} > ${a?.shadowRoot?.activeElement?.localName ?? '-'}`;
    });
    expect(focused).toBe('wic-fact-panel > h2');
    await w.page.keyboard.press('j');
    expect((await heard(w.page)).document).toEqual([]);
    await finish(w);
  });

  it('element fullscreen: the panel stays above it; video fullscreen: the panel steps aside', async () => {
    const w = await open('fullscreen.html');
    await openPanel(s, w.page);
    const panelOnTop = () => w.page.evaluate(() => {
      const host = document.querySelector('wic-fact-panel')!;
      const frame = host.shadowRoot!.querySelector('.wic-frame');
      if (!frame) return 'no frame';
      const r = frame.getBoundingClientRect();
      return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === host ? 'on top' : 'covered';
    });
    await w.page.click('#fs-gallery');
    await expect.poll(() => w.page.evaluate(() => document.fullscreenElement?.id)).toBe('gallery');
    await expect.poll(panelOnTop).toBe('on top');
    await w.page.evaluate(() => document.exitFullscreen());
    await expect.poll(() => w.page.evaluate(() => document.fullscreenElement)).toBeNull();
    await expect.poll(panelOnTop).toBe('on top');
    await w.page.click('#fs-video');
    await expect.poll(() => w.page.evaluate(() => document.fullscreenElement?.id)).toBe('clip');
    await expect.poll(() => panelShown(w.page)).toBe(false);
    await w.page.evaluate(() => document.exitFullscreen());
    await expect.poll(() => panelShown(w.page)).toBe(true);
    await expect.poll(panelOnTop).toBe('on top');
    await finish(w);
  });

  it('an Arabic right-to-left article: the panel opens inside the viewport, the page keeps its layout', async () => {
    const w = await open('rtl-arabic.html');
    await openPanel(s, w.page);
    const box = await w.page.evaluate(() => {
      const r = document.querySelector('wic-fact-panel')!.shadowRoot!.querySelector('.wic-frame')!.getBoundingClientRect();
      return { left: r.left, right: r.right, vw: document.documentElement.clientWidth };
    });
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(box.vw + 1);
    expect(await w.page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await finish(w);
  });

  it('a thousand pushState/replaceState calls and in-page navigation: one panel, right verdicts, no errors', async () => {
    const w = await open('pushstate.html');
    await openPanel(s, w.page);
    expect(await w.page.evaluate(() => (window as unknown as { __churned: Promise<string> }).__churned)).toBe('?final');
    const tab = await s.tabId(w.page);
    await w.page.waitForTimeout(1500);
    expect(await s.badge(tab)).toBe('WIC');
    for (let i = 0; i < 3; i++) await w.page.evaluate(() => history.back());
    await expect.poll(() => w.page.evaluate(() => (window as unknown as { __pops(): number }).__pops())).toBe(3);
    // In-page navigation to another story, and back.
    await s.clickToolbar(w.page);
    await expect.poll(() => panelShown(w.page), { timeout: 5_000 }).toBe(false);
    await w.page.evaluate(() => (window as unknown as { __navigateAway(): void }).__navigateAway());
    await expect.poll(() => s.badge(tab), { timeout: 5_000 }).toBe('');
    await w.page.evaluate(() => (window as unknown as { __navigateBack(): void }).__navigateBack());
    await expect.poll(() => s.badge(tab), { timeout: 5_000 }).toBe('WIC');
    await expect.poll(async () => (await ourHighlights(w.page))['wic-fact-panel-term'] ?? 0, { timeout: 5_000 }).toBeGreaterThan(0);
    await finish(w);
  });

  it('a page that asks before it is left: the extension never triggers, blocks or registers unload handlers', async () => {
    const w = await open('beforeunload.html');
    await openPanel(s, w.page);
    const point = await firstMarkPoint(w.page);
    if (point) await w.page.mouse.move(point.x, point.y, { steps: 4 });
    await w.page.waitForTimeout(700);
    await s.clickToolbar(w.page);
    await expect.poll(() => panelShown(w.page), { timeout: 5_000 }).toBe(false);
    expect(await w.page.evaluate(() => (window as unknown as { __asked(): number }).__asked())).toBe(0);

    // The listeners our world put on window: no unload-type listener (which would also keep the page
    // out of the back/forward cache); 'pointermove' (the marks) shows the list is the real one.
    const ours = await w.extensionWindowListeners();
    expect(ours).toContain('pointermove');
    expect(ours.filter((t) => /unload|pagehide/.test(t))).toEqual([]);

    // Leaving still asks, once, through the page's own handler.
    await expectPageOk(w.page);
    await w.page.click('#draft');
    const dialogs: string[] = [];
    w.page.on('dialog', (d) => { dialogs.push(d.type()); void d.dismiss(); });
    await w.page.close({ runBeforeUnload: true });
    await expect.poll(() => dialogs).toEqual(['beforeunload']);
    expect(w.page.isClosed()).toBe(false);
    expect(await w.page.evaluate(() => (window as unknown as { __asked(): number }).__asked())).toBe(1);
    expect(w.extensionErrors()).toEqual([]);
    await w.page.close();
  });
});
