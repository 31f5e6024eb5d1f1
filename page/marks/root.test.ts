// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { langOf, pickArticleRoot } from './root';

const para = (n: number, word = 'text') => `<p>${`${word} `.repeat(n)}</p>`;

function pick(markup: string): string | undefined {
  document.body.innerHTML = markup;
  return pickArticleRoot(document)?.id;
}

describe('pickArticleRoot', () => {
  it('takes the article that holds the article body, with its headline', () => {
    expect(pick(`<article id="teaser">${para(80)}</article><article id="story"><h1>H</h1><div itemprop="articleBody">${para(60)}</div></article>`)).toBe('story');
  });

  it('takes the fullest article when there is no article body', () => {
    expect(pick(`<article id="small">${para(60)}</article><article id="big">${para(200)}</article>`)).toBe('big');
  });

  it('takes [itemprop=articleBody] outside any article, then <main>, then the parent of most paragraph text', () => {
    expect(pick(`<div id="body" itemprop="articleBody">${para(80)}</div>`)).toBe('body');
    expect(pick(`<main id="main">${para(80)}</main><div id="other">${para(10)}</div>`)).toBe('main');
    expect(pick(`<div id="nav">${para(5)}</div><div id="story">${para(30)}${para(30)}</div><div id="foot">${para(20)}</div>`)).toBe('story');
  });

  it('still finds a short story, and nothing on a page without paragraphs', () => {
    expect(pick(`<article id="short">${para(8)}</article>`)).toBe('short');
    expect(pick('<div>no paragraphs here</div>')).toBeUndefined();
  });

  it('is not fooled by elements named like document methods (DOM clobbering)', () => {
    document.body.innerHTML = `<img name="querySelector"><article id="a">${para(80)}</article>`;
    // What <img name="querySelector"> etc. do to `document` in a browser: own properties shadow the methods.
    const img = document.querySelector('img');
    for (const name of ['querySelector', 'getElementsByTagName', 'body']) Object.defineProperty(document, name, { value: img, configurable: true });
    try {
      expect(pickArticleRoot(document)?.id).toBe('a');
    } finally {
      for (const name of ['querySelector', 'getElementsByTagName', 'body']) delete (document as unknown as Record<string, unknown>)[name];
    }
  });
});

describe('langOf', () => {
  it('reads the nearest lang attribute', () => {
    document.documentElement.setAttribute('lang', 'de');
    document.body.innerHTML = '<article id="a"><p>x</p></article><article id="b" lang="zh-CN"><p>y</p></article>';
    expect(langOf(document.getElementById('a')!)).toBe('de');
    expect(langOf(document.getElementById('b')!)).toBe('zh-CN');
    document.documentElement.removeAttribute('lang');
  });
});
