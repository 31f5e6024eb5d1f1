import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import names from '../../data/names.json';
import { detectWicCoverage, type NamesData } from './index';
import { compileGate, compilePrefilter, gateMatcher, gateTest, mayNameWic } from './prefilter';
import { ACRONYM, CONFERENCE, SUMMIT, compileNames, normalise, scanNames, type NameHit } from './matcher';
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

  it('the gate (anchors, then the prefilter) never misses a name the matcher finds', () => {
    const gate = gateMatcher(compileGate(N));
    fc.assert(fc.property(adversarial, (s) => !scan(s).hits.some((h) => h.family !== ACRONYM) || gateTest(gate, s)), { numRuns: 500 });
    const all = [...N.conference, ...N.summit].filter((a) => !a.caseSensitive).map((a) => a.text);
    const spellings = (n: string): string[] => [n, n.toUpperCase(), n.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC'), n.replace(/ /g, '-'), n.replace(/ /g, '\u00a0'), `(${n})`];
    for (const n of all) {
      expect(gateTest(gate, `Reported on Monday: ${n}, in Wuzhen.`), n).toBe(true);
      for (const s of spellings(n)) if (scan(s).hits.some((h) => h.family !== ACRONYM)) expect(gateTest(gate, s), s).toBe(true);
    }
    expect(gate.anchors.length).toBeLessThan(40);
    expect(gate.anchors).not.toContain('');
    expect(gateTest(gate, 'world internet forum, china internet conference, 中国互联网大会, wic')).toBe(false);
    expect(gateTest(gate, 'rain tomorrow across the region')).toBe(false);
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
