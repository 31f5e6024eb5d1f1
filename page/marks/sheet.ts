// One stylesheet of ours in a document or shadow root: a constructed sheet where it can be adopted
// (no DOM node, immune to CSP style-src), else a <style> element. Firefox refuses adoption from a
// content script, hence the element fallback; both are re-asserted if a page removes them.
import { documentElement, head } from './dom';

export interface SheetHandle {
  /** Puts the sheet back if the page removed it; true when it had to. */
  ensure(): boolean;
  update(css: string): void;
  remove(): void;
}

function adopt(target: Document | ShadowRoot, sheet: CSSStyleSheet): boolean {
  try {
    const list = target.adoptedStyleSheets;
    if (!Array.isArray(list) && typeof (list as { push?: unknown })?.push !== 'function') return false;
    if (!list.includes(sheet)) list.push(sheet);
    return target.adoptedStyleSheets.includes(sheet);
  } catch {
    return false;
  }
}

function unadopt(target: Document | ShadowRoot, sheet: CSSStyleSheet): void {
  try {
    const list = target.adoptedStyleSheets;
    const at = list.indexOf(sheet);
    if (at >= 0) list.splice(at, 1);
  } catch {
    // nothing was adopted
  }
}

export function installSheet(target: Document | ShadowRoot, css: string): SheetHandle {
  let text = css;
  let sheet: CSSStyleSheet | null = null;
  try {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
  } catch {
    sheet = null;
  }
  if (sheet && adopt(target, sheet)) {
    const s = sheet;
    return {
      ensure: () => (target.adoptedStyleSheets.includes(s) ? false : adopt(target, s)),
      update(next) {
        if (next === text) return;
        text = next;
        s.replaceSync(next);
      },
      remove: () => unadopt(target, s),
    };
  }
  const doc = target.nodeType === 9 ? (target as Document) : (target.ownerDocument ?? document);
  const style = doc.createElement('style');
  style.textContent = text;
  const parent = (): Node | null => (target.nodeType === 9 ? head(doc) ?? documentElement(doc) : target);
  parent()?.appendChild(style);
  return {
    ensure() {
      if (style.isConnected && style.parentNode === parent()) return false;
      parent()?.appendChild(style);
      return true;
    },
    update(next) {
      if (next === text) return;
      text = next;
      style.textContent = next;
    },
    remove: () => style.remove(),
  };
}
