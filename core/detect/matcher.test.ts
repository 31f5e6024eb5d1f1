import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import names from '../../data/names.json';
import { detectWicCoverage, type NamesData } from './index';
import { compileGate, compilePrefilter, foldForGate, gateMatcher, gateTest, gateWords, mayNameWic } from './prefilter';
import { ACRONYM, CONFERENCE, SUMMIT, compileNames, isSep, normalise, scanNames, type NameHit } from './matcher';
import { signals } from './test-signals';

const N = names as NamesData;
const m = compileNames(N);

function scan(text: string): { hits: NameHit[]; steps: number } {
  const hits: NameHit[] = [];
  const steps = scanNames(text, m, hits);
  return { hits, steps };
}

describe('scanNames', () => {
  it('finds each name once, longest first, with its family and span', () => {
    const text = 'At the World Internet Conference Wuzhen Summit, the WIC met. 乌镇峰会 and 世界互联网大会.';
    const { hits } = scan(text);
    expect(hits.map((h) => [text.slice(h.start, h.end), h.family])).toEqual([
      ['World Internet Conference Wuzhen Summit', SUMMIT],
      ['WIC', ACRONYM],
      ['乌镇峰会', SUMMIT],
      ['世界互联网大会', CONFERENCE],
    ]);
  });

  it('requires a word start for Latin names and whole-word acronyms', () => {
    expect(scan('NewWorld Internet Conference').hits).toHaveLength(0);
    expect(scan('WICKED WICs aWIC').hits).toHaveLength(0);
    expect(scan('WIC2020 and (WIC)').hits).toHaveLength(2);
  });

  it('matches Arabic names after clitics and alef variants', () => {
    expect(scan('لمؤتمر الإنترنت العالمي').hits).toHaveLength(1);
    expect(scan('مؤتمر الانترنت العالمي').hits).toHaveLength(1);
  });

  it('keeps text length when normalising, so offsets stay valid', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => normalise(s).length === s.length));
  });
});

describe('properties', () => {
  const tricky = fc.constantFrom(
    'World', 'World ', 'world internet', 'Internet Conference', 'WIC', 'W', '第四届', '世界', '世界互联网', '大会', '乌镇',
    'fourth ', 'the ', 'annual ', '2017', '20', ' ', '-', '\u200b', '\u200f', '\u202e', '\u200d', '\ud83d\ude00', '\ud800',
    'مؤتمر ', 'الإنترنت', 'ل', 'Всемирная ', 'интернет-', 'Conférence mondiale de l’', 'IV ', '4. ', 'World Internet Conference',
  );
  const adversarial = fc.array(fc.oneof(tricky, fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 400 }).map((a) => a.join(''));

  it('never throws on random or adversarial Unicode, in any field', () => {
    fc.assert(fc.property(adversarial, adversarial, fc.string({ unit: 'binary' }), (a, b, c) => {
      const v = detectWicCoverage(signals({ title: a, description: c, text: b, h1: [c], h2: [a], jsonLd: { datePublished: c } }), N);
      return ['about', 'mentions', 'none'].includes(v.kind) && Number.isFinite(v.score);
    }), { numRuns: 300 });
  });

  it('the native prefilter never misses a name the matcher finds', () => {
    const prefilter = compilePrefilter(N);
    fc.assert(fc.property(adversarial, (s) => {
      const named = scan(s).hits.some((h) => h.family !== ACRONYM);
      return !named || mayNameWic(signals({ text: s }), N);
    }), { numRuns: 500 });
    for (const s of ['DÜNYA İNTERNET KONFERANSI', 'Dünya Internet Konferansı', 'CONFÉRENCE MONDIALE D’INTERNET', 'مؤتمر الانترنت العالمي', 'Welt Internet Konferenz', 'wuzhen-summit']) {
      expect(prefilter.test(s.replace(/\u0130/g, 'i').toLowerCase()), s).toBe(true);
      expect(detectWicCoverage(signals({ title: s }), N).kind, s).toBe('about');
    }
    expect(prefilter.test('world internet forum, china internet conference, 中国互联网大会, wic')).toBe(false);
    expect(prefilter.flags).toBe('');
  });

  it('the gate (anchors, then words, then a small pattern) never misses a name the matcher finds', () => {
    const gate = gateMatcher(compileGate(N));
    fc.assert(fc.property(adversarial, (s) => !scan(s).hits.some((h) => h.family !== ACRONYM) || gateTest(gate, s)), { numRuns: 500 });
    const all = [...N.conference, ...N.summit].filter((a) => !a.caseSensitive).map((a) => a.text);
    const spellings = (n: string): string[] => [n, n.toUpperCase(), n.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC'), n.replace(/ /g, '-'), n.replace(/ /g, '\u00a0'), `(${n})`];
    for (const n of all) {
      expect(gateTest(gate, `Reported on Monday: ${n}, in Wuzhen.`), n).toBe(true);
      for (const s of spellings(n)) if (scan(s).hits.some((h) => h.family !== ACRONYM)) expect(gateTest(gate, s), s).toBe(true);
    }
    expect(gate.groups.length).toBeLessThan(40);
    for (const g of gate.groups) expect((g[0] ?? '').length, g.join()).toBeGreaterThan(1);
    expect(gateTest(gate, 'world internet forum, china internet conference, 中国互联网大会, wic')).toBe(false);
    expect(gateTest(gate, 'rain tomorrow across the region')).toBe(false);
  });

  // What the gate reads must be what the matcher reads: every spelling the matcher folds onto a name.
  const gate = gateMatcher(compileGate(N));
  const names = [...N.conference, ...N.summit].filter((a) => !a.caseSensitive).map((a) => a.text);
  /** For each character of a (normalised) name, every UTF-16 unit the matcher folds onto it. */
  const sources = new Map<string, string[]>();
  for (const n of names) for (const x of normalise(n)) if (!isSep(x.charCodeAt(0))) sources.set(x, []);
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c < 0xe000) continue;
    const ch = String.fromCharCode(c);
    sources.get(normalise(ch))?.push(ch);
  }

  it('the gate reads every character the matcher folds onto a name\'s letter as that letter', () => {
    let checked = 0;
    for (const [x, cs] of sources) {
      for (const ch of cs) {
        expect(foldForGate(ch), `U+${ch.charCodeAt(0).toString(16)} → ${x}`).toBe(foldForGate(x));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('the gate\'s words are the matcher\'s parts of each name', () => {
    const parts = [...m.first.values()].flat().filter((p) => p.family !== ACRONYM).map((p) => p.parts.map(foldForGate).join(' '));
    expect(new Set(names.map((n) => gateWords(n).join(' ')))).toEqual(new Set(parts));
    // A mark at a word's edge could trade places with a mark beside it on the page (NFD orders them).
    for (const w of names.flatMap(gateWords)) expect(w, w).toMatch(/^\P{M}(.*\P{M})?$/u);
  });

  it('the gate never misses a name however it is accented, cased or spaced', () => {
    const seps = [...Array(0x3100).keys()].filter(isSep).map((c) => String.fromCharCode(c));
    const spelling = fc.tuple(fc.constantFrom(...names), fc.infiniteStream(fc.nat()), fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 })).map(([n, rnd, before, after]) => {
      const r = rnd[Symbol.iterator]();
      const pick = <T>(xs: T[]): T => xs[(r.next().value as number) % xs.length] as T;
      let s = '';
      for (const ch of n) {
        const alts = sources.get(normalise(ch)) ?? [ch];
        s += ch === ' ' || ch === '-' || ch === '\'' || ch === '\u2019' ? pick(seps).repeat(pick([0, 1, 1, 2, 4])) || (/\p{L}/u.test(ch) ? ' ' : '') : pick(alts);
      }
      return `${before} ${s} ${after}`;
    });
    fc.assert(fc.property(spelling, (s) => !scan(s).hits.some((h) => h.family !== ACRONYM) || gateTest(gate, s)), { numRuns: 3000 });
    for (const s of ['World Iñternet Conference', 'WORLD INTERNÉT CONFERENCE', 'Wužhen Summit', 'Welt-Internetkonferenż', 'Dünya Internet Konferansı', 'Ｗｏｒｌｄ Ｉｎｔｅｒｎｅｔ Ｃｏｎｆｅｒｅｎｃｅ',
      'ВСЕМИРНАЯ ИНТЕРНЕТ-КОНФЕРЕНЦИЯ', 'Всемирной конференции по интернету', 'مؤتمر الانترنت العالمي', 'مأتمر الإنترنت العالمي', 'Conference\u00a0mondiale de l\u2019Internet', '세계\u3000인터넷\u3000대회']) {
      if (scan(s).hits.some((h) => h.family !== ACRONYM)) expect(gateTest(gate, s), s).toBe(true);
    }
  });

  it('the gate builds no pattern for pages with an anchor but not all the words of a name', () => {
    const R = globalThis.RegExp;
    let built = 0;
    globalThis.RegExp = new Proxy(R, { construct: (t, a) => { built++; return Reflect.construct(t, a) as object; } });
    try {
      const run = (s: string): [boolean, number] => { built = 0; return [gateTest(gate, s), built]; };
      expect(run('Internet outages across the region on Monday; the internet provider apologised.')).toEqual([false, 0]);
      expect(run('Всемирная паутина: интернет в России')).toEqual([false, 0]);
      expect(run('Wuzhen, a water town, draws tourists')).toEqual([false, 0]);
      expect(run('乌镇峰会')).toEqual([true, 0]);
      expect(run('The world was at a conference about the internet.')).toEqual([false, 1]);
      expect(run('The World Internet Conference opened.')).toEqual([true, 1]);
    } finally {
      globalThis.RegExp = R;
    }
  });

  it('the gate\'s names are small and survive JSON', () => {
    const json = JSON.stringify(compileGate(N));
    expect(JSON.parse(json)).toEqual(compileGate(N));
    expect(json.length).toBeLessThan(2200);
  });

  it('does work linear in the text: a bounded number of steps per character', () => {
    fc.assert(fc.property(adversarial, (s) => {
      const { steps } = scan(s);
      return steps <= 80 * s.length + 10;
    }), { numRuns: 300 });
  });

  it('scales linearly on repeated worst-case input', () => {
    for (const unit of ['World Internet World ', 'WIC WIC ', '第四届世界互联网大会', 'fourth annual the ' + 'World Internet Conference ', 'world '.repeat(3)]) {
      const small = scan(unit.repeat(1_000)).steps;
      const large = scan(unit.repeat(16_000)).steps;
      expect(large / small, unit).toBeLessThan(16 * 1.05);
      expect(large / small, unit).toBeGreaterThan(16 * 0.95);
    }
  });

  it('copes with a one-megabyte string', () => {
    const mb = 'Wörld Internet Conferencia 世界互联\u200d网大会 WIC '.repeat(25_000);
    expect(mb.length).toBeGreaterThanOrEqual(1_000_000);
    const { hits, steps } = scan(mb);
    expect(hits.length).toBe(25_000);
    expect(steps).toBeLessThan(80 * mb.length);
  });
});
