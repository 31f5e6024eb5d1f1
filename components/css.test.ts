import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The panel's CSS contract: px sizes only (a page's root font-size must not scale it), both themes
// complete, and motion switched off for readers who ask for less.
const panel = readFileSync(new URL('./panel.css', import.meta.url), 'utf8');
const tokens = readFileSync(new URL('./tokens.css', import.meta.url), 'utf8');
const code = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');

describe('panel CSS', () => {
  it('sizes nothing in rem or em', () => {
    for (const css of [panel, tokens]) expect(code(css).match(/[\d.]+r?em\b/g) ?? []).toEqual([]);
  });

  it('defines the same tokens for light and dark', () => {
    const names = (theme: string) =>
      [...(new RegExp(`\\[data-theme='${theme}'\\]\\s*\\{([^}]*)\\}`).exec(tokens)?.[1] ?? '').matchAll(/(--wic-[\w-]+):/g)].map((m) => m[1]).sort();
    expect(names('light').length).toBeGreaterThan(15);
    expect(names('dark')).toEqual(names('light'));
  });

  it('turns animations and transitions off under prefers-reduced-motion', () => {
    const block = /@media \(prefers-reduced-motion: reduce\)\s*\{([\s\S]*?)\n\}/.exec(code(panel))?.[1] ?? '';
    expect(block).toContain('animation: none');
    expect(block).toContain('transition: none');
    expect(block).toContain('.wic-tab');
  });

  it('imports the shared tokens and gives the panel and tab their own font stack with CJK fallbacks', () => {
    expect(panel).toMatch(/@import '\.\/tokens\.css';/);
    const stack = /--wic-font:([^;]*);/.exec(tokens)?.[1] ?? '';
    for (const font of ['system-ui', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'sans-serif']) expect(stack).toContain(font);
    expect(code(panel)).toMatch(/\.wic-tab \{[^}]*font-family: var\(--wic-font\)/);
    expect(code(panel)).toMatch(/\.wic-panel,\s*\.wic-tab \{[^}]*font-family: var\(--wic-font\);[^}]*font-size: 14px/);
  });

  it('shows a focus ring on everything focusable', () => {
    expect(code(panel)).toMatch(/\.wic-panel :focus-visible,\s*\.wic-tab:focus-visible \{\s*outline: 2px solid var\(--wic-focus\)/);
  });
});
