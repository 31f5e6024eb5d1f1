// The gate's fold skips its three passes on text that cannot change under them: checked here for
// every code point the shortcut accepts.
import { describe, expect, it } from 'vitest';
import { ALREADY_FOLDED, foldForGate } from './prefilter';

const slow = (low: string): string => low.normalize('NFD').replace(/[\u0300-\u036f\u0653-\u0655]/g, '').replace(/[\u0131\u0111\u0142\u00f8\uff41-\uff5a]/g, '#');

describe('foldForGate shortcut (ALREADY_FOLDED)', () => {
  it('accepts only code points the passes leave alone, that never reorder with a mark after them', () => {
    let accepted = 0;
    const wrong: string[] = [];
    for (let cp = 0; cp <= 0xffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCharCode(cp);
      if (!ALREADY_FOLDED.test(c)) continue;
      accepted++;
      if (slow(c) !== c || (c + '\u0334').normalize('NFD') !== c + '\u0334') wrong.push(`U+${cp.toString(16)}`);
    }
    expect(wrong).toEqual([]);
    expect(accepted).toBeGreaterThan(20000); // ASCII, punctuation, the CJK ideographs
  });

  it('sends text with anything else through the passes', () => {
    for (const s of ['world internét conference', 'ｗｏｒｌｄ', 'إنترنت', 'インターネット', '세계인터넷대회', 'wužhen', 'ı', '\u0301', '\ud83d\ude00'])
      expect(ALREADY_FOLDED.test(s.toLowerCase()), s).toBe(false);
    expect(foldForGate('World Internét Conference — “Wuzhen”')).toBe('world internet conference — “wuzhen”');
    expect(foldForGate('第四届世界互联网大会，乌镇')).toBe('第四届世界互联网大会，乌镇');
    expect(foldForGate('ＷＯＲＬＤ')).toBe('world');
  });
});
