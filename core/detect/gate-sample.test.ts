import { describe, expect, it } from 'vitest';
import { wicNames } from '../../data/names';
import { FIELD_CHARS, SAMPLE_FIELDS, addressParts, samplePasses, sampleText } from './gate-sample';
import { compileGate, gateMatcher } from './prefilter';

const NAMES = gateMatcher(compileGate(wicNames));
const URL = 'https://news.example.com/2017/12/04/story';

describe('addressParts', () => {
  it('splits host and decoded path, and survives an address that is not a URL', () => {
    expect(addressParts(URL)).toEqual(['news.example.com', '/2017/12/04/story']);
    expect(addressParts('https://x.cn/%E4%B8%96%E7%95%8C')).toEqual(['x.cn', '/世界']);
    expect(addressParts('not a url')).toEqual([]);
    expect(addressParts('https://a.example.com/x/y?q=/z#/w')).toEqual(['a.example.com', '/x/y']);
    expect(addressParts('https://a.example.com#/w?q')).toEqual(['a.example.com', '']);
    expect(addressParts('https://a.example.com/%E0%A4%A')).toEqual(['a.example.com', '/%E0%A4%A']);
  });
});

describe('sampleText', () => {
  it('reads a sample as host, path and fields, one per line', () => {
    expect(sampleText([URL, 'T1', 'D1', 'P1']).split('\n')).toEqual(['news.example.com', '/2017/12/04/story', 'T1', 'D1', 'P1']);
  });

  it('reads nothing from what is not a sample (a page script may hand back anything)', () => {
    for (const odd of [null, undefined, true, 1, 'World Internet Conference', {}, [], [1, 'World Internet Conference'], { 0: URL, length: 1 }]) {
      expect(sampleText(odd)).toBe('');
    }
    expect(sampleText([URL, 7, null, 'T1', { toString: () => 'World Internet Conference' }])).toBe('news.example.com\n/2017/12/04/story\nT1');
  });

  it('is bounded however much a page hands back', () => {
    const many = [URL, ...Array.from({ length: 1000 }, () => 'x'.repeat(100_000))];
    const text = sampleText(many);
    expect(text.length).toBeLessThanOrEqual((SAMPLE_FIELDS + 1) * (FIELD_CHARS + 1));
  });
});

describe('samplePasses', () => {
  it('passes a sample naming the WIC in the address, title or text, in any language, and nothing else', () => {
    expect(samplePasses(NAMES, [URL, 'Xi opens World Internet Conference'])).toBe(true);
    expect(samplePasses(NAMES, ['https://www.wicinternet.org/2017-12/04/world-internet-conference-opens.html', ''])).toBe(true);
    expect(samplePasses(NAMES, [URL, '开幕', '第四届世界互联网大会开幕'])).toBe(true);
    expect(samplePasses(NAMES, [URL, '', 'Tim Cook spoke at the Wužhen Summit on Sunday.'])).toBe(true);
    expect(samplePasses(NAMES, [URL, 'Rain tomorrow', 'Showers from the west.'])).toBe(false);
    expect(samplePasses(NAMES, [URL, '中国互联网大会在北京开幕（图）'])).toBe(false);
    expect(samplePasses(NAMES, null)).toBe(false);
    expect(samplePasses(NAMES, 'World Internet Conference')).toBe(false);
  });
});
