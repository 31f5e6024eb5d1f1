import { describe, expect, it } from 'vitest';
import type { Alias, Lang } from '../kb/types';
import { BLOCK_BREAK, compileTermMatcher, type MatchEntry, type TermMatch } from './term-matcher';

const a = (text: string, lang: Lang = 'en', caseSensitive = false): Alias => (caseSensitive ? { text, lang, caseSensitive } : { text, lang });

const ENTRIES: MatchEntry[] = [
  {
    id: 'wic', kind: 'wic', aliases: [
      a('World Internet Conference'), a('WIC', 'en', true), a('世界互联网大会', 'zh-Hans'), a('世界互聯網大會', 'zh-Hant'),
      a('世界インターネット大会', 'ja'), a('세계인터넷대회', 'ko'), a('Weltinternetkonferenz', 'de'), a('Welt-Internetkonferenz', 'de'),
      a("Conférence mondiale de l'Internet", 'fr'), a('Conferencia Mundial de Internet', 'es'),
      a('Всемирная интернет-конференция', 'ru'), a('Всемирной интернет-конференции', 'ru'), a('مؤتمر الإنترنت العالمي', 'ar'),
    ],
  },
  { id: 'summit', kind: 'wic', aliases: [a('Wuzhen Summit'), a('World Internet Conference Wuzhen Summit'), a('乌镇峰会', 'zh-Hans')] },
  { id: 'wuzhen', kind: 'place', aliases: [a('Wuzhen'), a('乌镇', 'zh-Hans'), a('烏鎮', 'zh-Hant'), a('우전', 'ko')] },
  { id: 'cac', kind: 'body', aliases: [a('Cyberspace Administration of China'), a('CAC', 'en', true), a('国家互联网信息办公室', 'zh-Hans')] },
  { id: 'sov', kind: 'term', aliases: [a('cyber sovereignty'), a('internet sovereignty'), a('网络主权', 'zh-Hans'), a('Cybersouveränität', 'de')] },
  { id: 'vpn', kind: 'term', aliases: [a('VPN', 'en', true), a('virtual private network'), a('virtual private networks')] },
  { id: 'xi', kind: 'person', aliases: [a('Xi Jinping'), a('习近平', 'zh-Hans'), a("Xi'an Forum")] },
  { id: 'ecom', kind: 'term', aliases: [a('e-commerce')] },
  { id: 'internet', kind: 'term', aliases: [a('internet'), a('互联网', 'zh-Hans')] },
];

const matcher = compileTermMatcher(ENTRIES);
const ids = (text: string): string[] => matcher.findAll(text).map((m) => m.id);
const spans = (text: string): string[] => matcher.findAll(text).map((m) => text.slice(m.start, m.end));

function countSteps(text: string): number {
  let steps = 0;
  matcher.findAll(text, () => steps++);
  return steps;
}

describe('compileTermMatcher: languages', () => {
  it('finds names in English, Chinese (both scripts), Japanese, Korean, German, French, Spanish, Russian and Arabic', () => {
    expect(ids('At the World Internet Conference in Wuzhen')).toEqual(['wic', 'wuzhen']);
    expect(ids('第四届世界互联网大会在乌镇开幕')).toEqual(['wic', 'wuzhen']);
    expect(ids('第四屆世界互聯網大會在烏鎮開幕')).toEqual(['wic', 'wuzhen']);
    expect(ids('第4回世界インターネット大会が開かれた')).toEqual(['wic']);
    expect(ids('제4회 세계인터넷대회가 우전에서 열렸다')).toEqual(['wic', 'wuzhen']);
    expect(ids('Die Weltinternetkonferenz und die Welt-Internetkonferenz')).toEqual(['wic', 'wic']);
    expect(ids("La Conférence mondiale de l’Internet s'ouvre")).toEqual(['wic']);
    expect(ids('la Conferencia Mundial de Internet en Wuzhen')).toEqual(['wic', 'wuzhen']);
    expect(ids('участники Всемирной интернет-конференции в Учжэне')).toEqual(['wic']);
    expect(ids('افتتاح مؤتمر الإنترنت العالمي في الصين')).toEqual(['wic']);
  });

  it('reports offsets into the original text and the alias that matched', () => {
    const text = 'Xi Jinping wrote to the WIC.';
    expect(matcher.findAll(text)).toEqual<TermMatch[]>([
      { start: 0, end: 10, id: 'xi', kind: 'person', alias: 'Xi Jinping' },
      { start: 24, end: 27, id: 'wic', kind: 'wic', alias: 'WIC' },
    ]);
  });

  it('matches names case-, width- and diacritic-insensitively', () => {
    expect(ids('WORLD INTERNET CONFERENCE')).toEqual(['wic']);
    expect(ids('ｗｏｒｌｄ　ｉｎｔｅｒｎｅｔ　ｃｏｎｆｅｒｅｎｃｅ')).toEqual(['wic']);
    expect(ids('Conference mondiale de l’internet')).toEqual(['wic']);
    expect(ids('CYBERSOUVERANITAT')).toEqual(['sov']);
  });

  it('matches decomposed accents and keeps trailing combining marks inside the match', () => {
    const text = 'Confe\u0301rence mondiale de l’Internet';
    expect(spans(text)).toEqual([text]);
    const sov = 'Cybersouvera\u0308nita\u0308t ist';
    expect(spans(sov)).toEqual(['Cybersouvera\u0308nita\u0308t']);
  });
});

describe('compileTermMatcher: selection', () => {
  it('prefers the longest alias at a position', () => {
    expect(spans('the World Internet Conference Wuzhen Summit opened')).toEqual(['World Internet Conference Wuzhen Summit']);
    expect(ids('the World Internet Conference Wuzhen Summit opened')).toEqual(['summit']);
    expect(spans('a virtual private networks ban')).toEqual(['virtual private networks']);
    expect(spans('世界互联网大会乌镇峰会')).toEqual(['世界互联网大会', '乌镇峰会']);
  });

  it('is leftmost first, then longest, and never overlapping', () => {
    const m = compileTermMatcher([
      { id: 'xab', kind: 'term', aliases: [a('xab')] },
      { id: 'abcd', kind: 'term', aliases: [a('abcd')] },
      { id: 'cd', kind: 'term', aliases: [a('cd')] },
      { id: 'long', kind: 'term', aliases: [a('ab cd ef gh')] },
    ]);
    expect(m.findAll('xabcd').map((x) => x.id)).toEqual([]); // one word: no boundaries inside
    expect(m.findAll('xab cd').map((x) => x.id)).toEqual(['xab', 'cd']);
    expect(m.findAll('ab cd ef gh').map((x) => x.id)).toEqual(['long']);
    expect(m.findAll('ab cd ef gx cd').map((x) => x.id)).toEqual(['cd', 'cd']);
  });

  it('picks leftmost-longest among CJK aliases with shared parts', () => {
    const m = compileTermMatcher([
      { id: 'a', kind: 'term', aliases: [a('互联网', 'zh-Hans')] },
      { id: 'b', kind: 'term', aliases: [a('联网大会', 'zh-Hans')] },
      { id: 'c', kind: 'term', aliases: [a('大会', 'zh-Hans')] },
    ]);
    expect(m.findAll('互联网大会').map((x) => x.id)).toEqual(['a', 'c']);
    expect(m.findAll('物联网大会').map((x) => x.id)).toEqual(['b']);
  });

  it('lets the first entry win when two entries share an alias', () => {
    const m = compileTermMatcher([
      { id: 'first', kind: 'term', aliases: [a('Wuzhen')] },
      { id: 'second', kind: 'place', aliases: [a('wuzhen')] },
    ]);
    expect(m.findAll('Wuzhen').map((x) => x.id)).toEqual(['first']);
    expect(m.patternCount).toBe(2);
  });
});

describe('compileTermMatcher: acronyms and boundaries', () => {
  it('matches acronyms only in their own case and as whole words', () => {
    expect(ids('WIC')).toEqual(['wic']);
    expect(ids('the wic said')).toEqual([]);
    expect(ids('Wic said')).toEqual([]);
    expect(ids('a wicked plan')).toEqual([]);
    expect(ids('WICKED')).toEqual([]);
    expect(ids('the CACAO harvest')).toEqual([]);
    expect(ids('CAC-approved (CAC), "CAC"')).toEqual(['cac', 'cac', 'cac']);
    expect(ids('ＷＩＣ２０１７')).toEqual([]);
    expect(ids('ＷＩＣ 2017')).toEqual(['wic']);
  });

  it('needs word boundaries for alphabetic scripts', () => {
    expect(ids('Wuzhenese')).toEqual([]);
    expect(ids('superinternet internets')).toEqual([]);
    expect(ids("Wuzhen's canals, Wuzhen-based firms")).toEqual(['wuzhen', 'wuzhen']);
    expect(ids('интернет-конференции2')).toEqual([]);
  });

  it('needs none for CJK and kana', () => {
    expect(ids('在乌镇举行的世界互联网大会上')).toEqual(['wuzhen', 'wic']);
    expect(ids('中国互联网发展')).toEqual(['internet']);
    expect(ids('WIC在乌镇')).toEqual(['wic', 'wuzhen']);
  });

  it('lets Korean particles follow a name but not a syllable precede it', () => {
    expect(ids('세계인터넷대회에서 발표했다')).toEqual(['wic']);
    expect(ids('우전은 아름답다')).toEqual(['wuzhen']);
    expect(ids('WIC에서')).toEqual(['wic']);
    expect(ids('대우전자')).toEqual([]);
  });

  it('accepts one Arabic proclitic letter before an Arabic name', () => {
    expect(ids('ومؤتمر الإنترنت العالمي')).toEqual(['wic']);
    expect(ids('بمؤتمر الإنترنت العالمي')).toEqual(['wic']);
    expect(ids('تمؤتمر الإنترنت العالمي')).toEqual([]);
  });
});

describe('compileTermMatcher: spacing and punctuation', () => {
  it('treats apostrophe variants alike', () => {
    expect(ids("the Xi'an Forum")).toEqual(['xi']);
    expect(ids('the Xi’an Forum')).toEqual(['xi']);
    expect(ids('the Xiʼan Forum')).toEqual(['xi']);
  });

  it('treats the dots in transliterated names alike', () => {
    const m = compileTermMatcher([{ id: 'cook', kind: 'person', aliases: [a('蒂姆·库克', 'zh-Hans'), a('ティム・クック', 'ja')] }]);
    for (const s of ['蒂姆·库克', '蒂姆・库克', '蒂姆•库克', 'ティム・クック', 'ティム·クック']) expect(m.findAll(s).map((x) => x.id), s).toEqual(['cook']);
  });

  it('treats hyphen and dash variants and spaces alike', () => {
    for (const s of ['e-commerce', 'e‑commerce', 'e–commerce', 'e‐commerce', 'e commerce', 'E-Commerce']) expect(ids(s)).toEqual(['ecom']);
    expect(ids('Всемирная интернет‑конференция')).toEqual(['wic']);
  });

  it('matches across runs of spaces, NBSP, newlines and tabs', () => {
    expect(ids('World\u00a0Internet\n\t  Conference')).toEqual(['wic']);
    expect(ids('cyber\r\nsovereignty')).toEqual(['sov']);
    expect(ids('World\u3000Internet\u202fConference')).toEqual(['wic']);
  });

  it('ignores invisible characters inside a name: bidi marks, ZWJ, ZWSP, soft hyphens', () => {
    expect(ids('World\u200b Inter\u00adnet Con\u200dference')).toEqual(['wic']);
    expect(ids('\u202bمؤتمر\u200f الإنترنت العالمي\u202c')).toEqual(['wic']);
    expect(ids('W\u200dI\u200cC')).toEqual(['wic']);
  });
});

describe('compileTermMatcher: chunks', () => {
  it('finds matches that span text nodes and locates them by chunk', () => {
    const chunks = ['At the World ', 'Internet', ' Conference, the ', 'CAC'];
    const found = matcher.findAllInChunks(chunks);
    expect(found.map((m) => [m.id, m.startChunk, m.startOffset, m.endChunk, m.endOffset])).toEqual([
      ['wic', 0, 7, 2, 11],
      ['cac', 3, 0, 3, 3],
    ]);
  });

  it('never matches across a block break', () => {
    expect(matcher.findAllInChunks(['World Internet', BLOCK_BREAK, 'Conference']).map((m) => m.id)).toEqual(['internet']);
    expect(ids(`World${BLOCK_BREAK}Internet Conference`)).toEqual(['internet']);
    expect(ids(`乌${BLOCK_BREAK}镇`)).toEqual([]);
  });

  it('handles empty chunks and matches ending at a chunk edge', () => {
    const found = matcher.findAllInChunks(['', 'WIC', '', ' ', 'Wuzhen', '']);
    expect(found.map((m) => [m.startChunk, m.startOffset, m.endChunk, m.endOffset])).toEqual([[1, 0, 1, 3], [4, 0, 4, 6]]);
  });
});

describe('compileTermMatcher: edge cases and work', () => {
  it('handles empty input, no entries and aliases that fold to nothing', () => {
    expect(matcher.findAll('')).toEqual([]);
    expect(compileTermMatcher([]).findAll('World Internet Conference')).toEqual([]);
    const m = compileTermMatcher([{ id: 'x', kind: 'term', aliases: [a('  '), a('\u200b'), a('VPN')] }]);
    expect(m.patternCount).toBe(1);
    expect(m.findAll('VPN').map((x) => x.id)).toEqual(['x']);
  });

  it('does work linear in the input, whatever the input', () => {
    const base = 'The World Internet Conference in Wuzhen discussed cyber sovereignty and VPN rules. 世界互联网大会在乌镇。 ';
    const s1 = countSteps(base.repeat(200));
    const s2 = countSteps(base.repeat(400));
    expect(s2 / s1).toBeGreaterThan(1.9);
    expect(s2 / s1).toBeLessThan(2.1);
    expect(s2).toBeLessThan(base.length * 400 * 4);
    const adversarial = compileTermMatcher([
      { id: 'a', kind: 'term', aliases: ['a', 'aa', 'aaa', 'aaaa', 'aaaaa b'].map((t) => a(t)) },
    ]);
    let steps = 0;
    adversarial.findAll('a'.repeat(100_000), () => steps++);
    expect(steps).toBeLessThan(100_000 * 12);
  });
});
