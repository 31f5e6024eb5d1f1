// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { BlockCollector, collectBlocks } from './collect';

function setBody(markup: string): HTMLElement {
  // Test fixtures only: the markup is a literal written here.
  document.body.innerHTML = markup;
  return document.body;
}

const texts = (root: Element): string[] => collectBlocks(document, root).map((b) => b.text.trim());

describe('collectBlocks', () => {
  beforeEach(() => setBody(''));

  it('groups inline text into its block and keeps blocks apart', () => {
    const root = setBody('<article><h1>Xi <em>Jinping</em> speaks</h1><p>cyber <b>sover</b>eignty</p><p>second</p></article>');
    const blocks = collectBlocks(document, root.firstElementChild!);
    expect(blocks.map((b) => b.text)).toEqual(['Xi Jinping speaks', 'cyber sovereignty', 'second']);
    expect(blocks[1]!.nodes.map((n) => n.data)).toEqual(['cyber ', 'sover', 'eignty']);
    expect(blocks[1]!.starts).toEqual([0, 6, 11]);
    expect(blocks[0]!.el.localName).toBe('h1');
  });

  it('skips navigation, furniture, form fields, editable areas, code, hidden parts and our own UI', () => {
    const root = setBody(`<article>
      <nav>nav text</nav><aside>aside text</aside><footer>footer text</footer>
      <p>kept one</p>
      <form><label>label</label><input value="x"><textarea>typed</textarea><select><option>opt</option></select></form>
      <div contenteditable="true">editable</div><div contenteditable="false"><p>not editable</p></div>
      <pre>pre text</pre><p>inline <code>code</code> and <kbd>kbd</kbd> gone</p>
      <script>var a = 1;</script><style>p{}</style><noscript>ns</noscript><template><p>tpl</p></template>
      <svg><text>svg text</text></svg>
      <p hidden>hidden attr</p><p style="display:none">display none</p>
      <div class="related-links"><p>related</p></div><div id="share_bar"><p>share</p></div>
      <wic-fact-panel>panel</wic-fact-panel>
      <p>kept two</p>
    </article>`);
    expect(texts(root.firstElementChild!)).toEqual(['kept one', 'not editable', 'inline  and  gone', 'kept two']);
  });

  it('keeps an article header (headline) but skips a site header inside the root', () => {
    const root = setBody('<main><header>Site name</header><article><header><h1>Headline</h1></header><p>Body</p></article></main>');
    expect(texts(root.firstElementChild!)).toEqual(['Headline', 'Body']);
  });

  it('treats custom elements as inline and drops whitespace-only blocks', () => {
    const root = setBody('<div><p>The <x-term>World</x-term> Internet</p>\n   \n<p>  </p></div>');
    expect(texts(root.firstElementChild!)).toEqual(['The World Internet']);
  });

  it('stops after maxChars, keeping the block it stopped in', () => {
    const root = setBody(`<div>${Array.from({ length: 10 }, (_, i) => `<p>paragraph ${i}</p>`).join('')}</div>`);
    const blocks = collectBlocks(document, root.firstElementChild!, { maxChars: 25 });
    expect(blocks.map((b) => b.text)).toEqual(['paragraph 0', 'paragraph 1', 'paragraph 2']);
  });

  it('is resumable: next() hands out one block at a time', () => {
    const root = setBody('<div><p>a</p><p>b</p><p>c</p></div>');
    const c = new BlockCollector(document, root.firstElementChild!);
    expect(c.next()?.text).toBe('a');
    expect(c.done).toBe(false);
    expect(c.next()?.text).toBe('b');
    expect(c.next()?.text).toBe('c');
    expect(c.next()).toBeNull();
    expect(c.done).toBe(true);
    expect(c.chars).toBe(3);
  });

  it('survives a deep DOM without recursion', () => {
    let markup = 'deep text';
    for (let i = 0; i < 1000; i++) markup = `<span>${markup}</span>`;
    const root = setBody(`<div><p>${markup}</p></div>`);
    expect(texts(root.firstElementChild!)).toEqual(['deep text']);
  });

  it('cannot be fooled by a form control named like a DOM method', () => {
    const root = setBody('<div><p>before</p><form><input name="localName"><input name="getAttribute"><p>inside form</p></form><p>after</p></div>');
    expect(texts(root.firstElementChild!)).toEqual(['before', 'after']);
  });
});
