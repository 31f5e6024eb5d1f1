import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import names from '../../data/names.json';
import { describeReason, detectWicCoverage, type DetectionVerdict, type NamesData } from './index';
import { filler, signals, type SignalsInput } from './test-signals';

const N = names as NamesData;
const detect = (input: SignalsInput): DetectionVerdict => detectWicCoverage(signals(input), N);
const keys = (v: DetectionVerdict): string[] => v.reasons.map((r) => r.key);

describe('names in every carried language', () => {
  const headlines: [string, string][] = [
    ['en', 'Xi sends letter to World Internet Conference'],
    ['zh-Hans', '世界互联网大会在乌镇开幕'],
    ['zh-Hant', '世界互聯網大會在烏鎮開幕'],
    ['ja', '中国で世界インターネット大会が開幕'],
    ['ko', '세계인터넷대회 개막'],
    ['ko', '세계 인터넷 대회 우전에서 개막'],
    ['de', 'China eröffnet die Weltinternetkonferenz'],
    ['de', 'Auftakt der Welt-Internet-Konferenz in Wuzhen'],
    ['fr', 'Ouverture de la Conférence mondiale de l’Internet'],
    ['fr', "Ouverture de la Conférence mondiale de l'Internet"],
    ['es', 'Arranca la Conferencia Mundial de Internet'],
    ['it', 'Si apre la Conferenza mondiale di Internet'],
    ['pt', 'Começa a Conferência Mundial da Internet'],
    ['ru', 'Открылась Всемирная интернет-конференция'],
    ['ar', 'افتتاح مؤتمر الإنترنت العالمي في الصين'],
    ['ar', 'افتتاح مؤتمر الانترنت العالمي في الصين'],
    ['ur', 'عالمی انٹرنیٹ کانفرنس کا آغاز'],
    ['fil', 'Binuksan ang World Internet Conference'],
    ['summit', 'Wuzhen Summit opens'],
    ['summit', '乌镇峰会开幕'],
  ];
  it.each(headlines)('%s headline: %s', (_lang, title) => {
    const v = detect({ title });
    expect(v.kind).toBe('about');
    expect(keys(v)).toContain('detect_reason_headline');
  });

  it('folds case, width and diacritics', () => {
    expect(detect({ title: 'WORLD INTERNET CONFERENCE opens' }).kind).toBe('about');
    expect(detect({ title: 'ＷＯＲＬＤ ＩＮＴＥＲＮＥＴ ＣＯＮＦＥＲＥＮＣＥ' }).kind).toBe('about');
    expect(detect({ title: 'Conference mondiale de l’internet' }).kind).toBe('about');
  });

  it('accepts words joined or split by any separator, including invisible ones', () => {
    for (const title of ['#WorldInternetConference', 'world-internet-conference', 'World\u200bInternet\u00a0Conference', 'World\u200f Internet \u200eConference']) {
      expect(detect({ title }).kind, title).toBe('about');
    }
  });

  it('needs the whole name: lookalikes do not match', () => {
    for (const title of ['World Internet Forum', 'World Wide Web Conference', 'China Internet Conference', 'Internet Conference 2017',
      '中国互联网大会', '世界人工智能大会', '世界5G大会', 'Conferencia Mundial de Móviles', 'Российский интернет-форум']) {
      expect(detect({ title, text: title }).kind, title).toBe('none');
    }
  });
});

describe('the WIC acronym', () => {
  it('alone is not enough (US nutrition programme, and much else)', () => {
    const v = detect({ title: 'WIC benefits at risk', text: 'WIC serves mothers. The WIC office said WIC funds remain.' });
    expect(v.kind).toBe('none');
  });

  it('counts, case-sensitively, once a full name is on the page', () => {
    const v = detect({
      description: 'The World Internet Conference opened in Wuzhen.',
      title: '6th WIC opens with focus on AI',
    });
    expect(v.kind).toBe('about');
    expect(v.edition).toBe(2019);
    expect(detect({ description: 'The World Internet Conference opened.', title: 'the wic opens' }).kind).toBe('mentions');
  });
});

describe('ordinals and years give the edition', () => {
  const cases: [string, number | null][] = [
    ['the fourth World Internet Conference', 2017],
    ['the 4th World Internet Conference', 2017],
    ['the fourth annual World Internet Conference', 2017],
    ['the inaugural World Internet Conference', 2014],
    ['第四届世界互联网大会', 2017],
    ['第４届世界互联网大会', 2017],
    ['第六屆世界互聯網大會', 2019],
    ['第2回世界インターネット大会', 2015],
    ['제6회 세계인터넷대회', 2019],
    ['die vierte Weltinternetkonferenz', 2017],
    ['der 4. Welt-Internet-Konferenz', 2017],
    ['la deuxième Conférence mondiale de l’Internet', 2015],
    ['la cuarta edición de la Conferencia Mundial de Internet', 2017],
    ['la IV Conferencia Mundial de Internet', 2017],
    ['la quarta edição da Conferência Mundial da Internet', 2017],
    ['четвёртой Всемирной интернет-конференции', 2017],
    ['مؤتمر الإنترنت العالمي الرابع', 2017],
    ['الدورة الرابعة لمؤتمر الإنترنت العالمي', 2017],
    ['پانچویں عالمی انٹرنیٹ کانفرنس', 2018],
    ['ikaapat na World Internet Conference', 2017],
    ['2019 World Internet Conference', 2019],
    ['World Internet Conference 2023', 2023],
    ['2024年世界互联网大会乌镇峰会', 2024],
    ['2021 World Internet Conference Wuzhen Summit', 2021],
    ['World Internet Conference (WIC) Wuzhen Summit 2022', 2022],
  ];
  it.each(cases)('%s → %s', (title, edition) => {
    const v = detect({ title });
    expect(v.kind).toBe('about');
    expect(v.edition).toBe(edition);
    expect(keys(v)).toContain('detect_reason_edition_named');
  });

  it('ignores numbers that are not ordinals of the name', () => {
    for (const title of [
      'the fourth day of the World Internet Conference',
      'the 14th World Internet Conference',
      '第十四届世界互联网大会',
      'la iv Conferencia Mundial de Internet',
      'In 2014. World Internet Conference',
      'World Internet Conference 2031',
      'World Internet Conference 2026',
      '2013 World Internet Conference',
      'World Internet Conference 20199',
    ]) {
      expect(detect({ title }).edition, title).toBeNull();
    }
  });

  it('reads an ordinal as an edition only on pages written within about a year of it', () => {
    const title = 'Hong Kong hosts the first World Internet Conference Asia-Pacific Summit';
    expect(detect({ title, jsonLd: { datePublished: '2025-04-14' } }).edition).toBeNull();
    expect(detect({ title, jsonLd: { datePublished: '2014-11-20' } }).edition).toBe(2014);
    expect(detect({ title: 'A look back at the fourth World Internet Conference', jsonLd: { datePublished: '2018-06-01' } }).edition).toBe(2017);
  });

  it('prefers the headline over history recalled in the body', () => {
    const v = detect({
      title: 'Sixth World Internet Conference opens',
      text: `${filler(20)} Xi first set out his four principles at the second World Internet Conference in 2015.`,
    });
    expect(v.edition).toBe(2019);
    expect(v.reasons.find((r) => r.key === 'detect_reason_edition_named')?.values).toEqual(['Sixth World Internet Conference', '2019']);
  });
});

describe('dates give the edition', () => {
  const body = `Delegates met at the World Internet Conference in Wuzhen. ${filler(10)}`;

  it('from datePublished inside an edition window', () => {
    const v = detect({ text: body, jsonLd: { datePublished: '2017-12-04T08:00:00+08:00' } });
    expect(v.edition).toBe(2017);
    const reason = v.reasons.find((r) => r.key === 'detect_reason_published');
    expect(reason?.values).toEqual(['2017-12-04', '2017', '2017-12-03', '2017-12-05', '4']);
    expect(describeReason(reason!)).toBe('Published 4 Dec 2017 → 4th WIC (3–5 Dec 2017)');
  });

  it('from meta dates in other formats, the URL and the dateline', () => {
    expect(detect({ text: body, published: 'Mon, 04 Dec 2017 10:00:00 GMT' }).edition).toBe(2017);
    expect(detect({ text: body, url: 'http://en.people.cn/n3/2022/1109/c90000-10165760.html' }).edition).toBe(2022);
    expect(detect({ text: body, url: 'https://www.chinadaily.com.cn/a/201811/08/WS5be3.html' }).edition).toBe(2018);
    expect(detect({ text: `WUZHEN, Oct. 20, 2019 (Xinhua) -- ${body}` }).edition).toBe(2019);
    expect(detect({ text: `新华社乌镇2016年11月16日电 ${body}` }).edition).toBe(2016);
  });

  it('says nothing when the date is far from every edition', () => {
    const v = detect({ text: body, jsonLd: { datePublished: '2019-03-23' } });
    expect(v.edition).toBeNull();
    expect(keys(v)).not.toContain('detect_reason_published');
  });

  it('describes editions after 2019 by year and ranges across months', () => {
    const v = detect({ text: body, jsonLd: { datePublished: '2024-11-20' } });
    expect(describeReason(v.reasons.find((r) => r.key === 'detect_reason_published')!)).toBe('Published 20 Nov 2024 → 2024 WIC (19–22 Nov 2024)');
    expect(describeReason({ key: 'detect_reason_published', values: ['2020-11-30', '2020', '2020-11-30', '2020-12-02', ''] }))
      .toBe('Published 30 Nov 2020 → 2020 WIC (30 Nov – 2 Dec 2020)');
  });
});

describe('about versus mentions', () => {
  const once = 'Beijing promotes its views at its own annual World Internet Conference in Wuzhen.';

  it('one sentence deep in an article is a mention', () => {
    const v = detect({ title: 'At Berlin IGF, a fight over a splintering internet', text: `${filler(30)} ${once} ${filler(10)}` });
    expect(v.kind).toBe('mentions');
    expect(keys(v)).toEqual(['detect_reason_body_once']);
    expect(describeReason(v.reasons[0]!)).toBe('1 mention in the article');
  });

  it('one mention in the opening and the summary is still a mention, unless published during an edition', () => {
    const lead = `Apple's Tim Cook, who spoke at the World Internet Conference, visited Beijing. ${filler(30)}`;
    const input = { title: 'Cook visits Beijing', description: 'Tim Cook, who spoke at the World Internet Conference, visited Beijing.', text: lead };
    expect(detect(input).kind).toBe('mentions');
    expect(detect({ ...input, jsonLd: { datePublished: '2019-03-23' } }).kind).toBe('mentions');
    expect(detect({ ...input, jsonLd: { datePublished: '2017-12-03' } }).kind).toBe('about');
  });

  it('a name in the opening paragraph counts with the date only while the conference is running', () => {
    const text = `Huawei reported quarterly revenue, days before the World Internet Conference opens in Wuzhen. ${filler(30)}`;
    expect(detect({ text, jsonLd: { datePublished: '2019-10-16' } }).kind).toBe('mentions');
    expect(detect({ text, jsonLd: { datePublished: '2019-10-20' } }).kind).toBe('about');
    expect(detect({ text, jsonLd: { datePublished: '2019-11-02' } }).kind).toBe('mentions');
  });

  it('a mention deep in an article published during an edition stays a mention', () => {
    expect(detect({ text: `${filler(30)} ${once}`, jsonLd: { datePublished: '2018-11-11' } }).kind).toBe('mentions');
  });

  it('several mentions through the article make it about', () => {
    const text = [`The World Internet Conference opened on Sunday.`, filler(8), once, filler(8), 'The conference, the WIC, closes on Tuesday.'].join(' ');
    const v = detect({ text });
    expect(v.kind).toBe('about');
    expect(keys(v)).toContain('detect_reason_body_count');
  });

  it('mentions packed into one sentence count once', () => {
    const v = detect({ text: `${filler(20)} The World Internet Conference (WIC), also called the Wuzhen Summit, meets yearly. ${filler(20)}` });
    expect(v.kind).toBe('mentions');
  });

  it('reads subheadings, keywords and the URL as support', () => {
    expect(detect({ h2: ['Inside the World Internet Conference'], text: `${filler(3)} ${once}`, url: 'https://example.com/wic/2019/x.html' }).kind).toBe('about');
    expect(detect({ jsonLd: { keywords: 'World Internet Conference, Xi' } }).kind).toBe('mentions');
  });
});

describe('hard negatives', () => {
  const pages: [string, SignalsInput][] = [
    ['China Internet Conference', { title: '2023 China Internet Conference opens in Beijing', text: 'The China Internet Conference, hosted by the Internet Society of China, opened in Beijing. 中国互联网大会在北京开幕。' }],
    ['Internet Governance Forum', { title: 'Internet Governance Forum opens in Geneva', text: 'The Internet Governance Forum (IGF) gathered 2,000 participants.' }],
    ['Digital China Summit', { title: 'Digital China Summit opens in Fuzhou', text: '第六届数字中国建设峰会在福州开幕。The summit is co-hosted by the Cyberspace Administration of China.' }],
    ['Mobile World Congress', { title: 'Huawei at Mobile World Congress', text: 'MWC Barcelona and MWC Shanghai showcased 5G.' }],
    ['World AI Conference', { title: 'World AI Conference opens in Shanghai', text: '2023世界人工智能大会在上海开幕。The World Artificial Intelligence Conference (WAIC) drew 500 firms.' }],
    ['Web Summit', { title: 'Web Summit opens in Lisbon', text: 'Some 70,000 people attend Web Summit, the world conference of tech.' }],
    ['Boao Forum', { title: 'Xi speaks at Boao Forum', text: 'Xi Jinping said at the Boao Forum for Asia that China would open wider.' }],
    ['Wuzhen tourism', { title: '乌镇戏剧节开幕', text: '第十届乌镇戏剧节在浙江桐乡乌镇开幕。Wuzhen water town, Xizha at night, boat rides.' }],
    ['Tim Cook elsewhere', { title: 'Tim Cook praises China supply chain', text: 'Apple CEO Tim Cook spoke at the China Development Forum in Beijing.' }],
    ['Xi elsewhere', { title: 'Xi at APEC', text: 'Xi Jinping told the APEC summit globalisation was irreversible.' }],
    ['policy story', { title: '网信办部署清朗专项行动', text: '中央网信办印发通知，部署开展“清朗”系列专项行动，营造清朗网络空间，构建网络空间命运共同体。' }],
    ['WIC programme', { title: 'WIC funding fight', text: 'The WIC program helps women, infants and children. WIC clinics warned.' }],
  ];
  it.each(pages)('%s → none', (_name, input) => {
    expect(detect(input)).toEqual({ kind: 'none', score: 0, edition: null, reasons: [] });
  });
});

describe('adversarial input', () => {
  it('does not throw on missing, wrong-typed or hostile fields', () => {
    const odd = [
      {},
      { title: 42, h1: 'not an array', h2: [null, 5, {}], jsonLd: null, url: null, text: { length: 5 } },
      { url: { host: '%', path: '%E0%A4%A' }, published: 'not a date', jsonLd: { datePublished: '9999-99-99' } },
      { title: '\ud800\udfff\ud83d', text: '\u202e\u200f\u200dWorld\u200dInternet\u200dConference' },
    ];
    for (const input of odd) {
      expect(() => detectWicCoverage(input as never, N)).not.toThrow();
    }
    expect(() => detectWicCoverage(null as never, N)).not.toThrow();
  });

  it('handles megabyte fields', () => {
    const big = `${'World '.repeat(100_000)}${'世界'.repeat(100_000)}`;
    const v = detect({ title: big, description: big, text: big, h2: [big, big] });
    expect(v.kind).toBe('none');
  });

  it('recompiles when given a different names table', () => {
    const custom: NamesData = { ...N, conference: [{ text: 'Test Summit Name', lang: 'en' }], summit: [] };
    expect(detectWicCoverage(signals({ title: 'Test Summit Name opens' }), custom).kind).toBe('about');
    expect(detectWicCoverage(signals({ title: 'World Internet Conference opens' }), custom).kind).toBe('none');
    expect(detect({ title: 'World Internet Conference opens' }).kind).toBe('about');
  });
});

describe('reason keys', () => {
  const locales = ['en', 'zh_CN'].map((l) => JSON.parse(readFileSync(`public/_locales/${l}/messages.json`, 'utf8')) as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>);
  const produced = [
    detect({ title: 'World Internet Conference', url: 'https://x.org/world-internet-conference', description: 'the World Internet Conference',
      jsonLd: { keywords: 'World Internet Conference', datePublished: '2017-12-04' }, h2: ['Wuzhen Summit'],
      text: `the fourth World Internet Conference ${filler(6)} WIC ${filler(6)} World Internet Conference` }),
    detect({ text: `${filler(20)} World Internet Conference` }),
  ].flatMap((v) => v.reasons);

  it('cover every kind of reason, each in both locales with enough placeholders', () => {
    const kinds = new Set(produced.map((r) => r.key));
    expect(kinds.size).toBe(10);
    for (const r of produced) {
      for (const messages of locales) {
        const m = messages[r.key];
        expect(m, r.key).toBeDefined();
        const used = Object.keys(m?.placeholders ?? {}).length;
        expect(used, r.key).toBeLessThanOrEqual(r.values.length);
        expect(describeReason(r)).not.toContain('detect_reason');
      }
    }
  });
});
