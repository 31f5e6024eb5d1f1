// A small knowledge base for component tests (and the preview before data/ exists): real facts from
// /work/shared/reference/wic-facts.md, covering every confidence level and verdict the panel renders.
import type { KnowledgeBase } from '../../core/kb/types.ts';

export const fixtureKb: KnowledgeBase = {
  version: '2026-11-27',
  sources: [
    { id: 'src-wikipedia-wic', title: 'World Internet Conference', publisher: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/World_Internet_Conference' },
    { id: 'src-chinaservices-wic', title: 'World Internet Conference', publisher: 'China Services Info', url: 'https://www.chinaservicesinfo.com/s/201812/26/WS5c232773498eb4f01ff253d4/world-internet-conference.html', date: '2018-12-26' },
    { id: 'src-rsf-boycott-2015', title: "RSF calls for boycott of China's World Internet Conference", publisher: 'Reporters Without Borders', url: 'https://rsf.org/en/rsf-calls-boycott-china-s-world-internet-conference', date: '2015-12' },
    { id: 'src-techcrunch-declaration-2014', title: 'China slid a declaration under hotel room doors', publisher: 'TechCrunch', url: 'https://techcrunch.com/2014/11/20/worldinternetconference-declaration/', date: '2014-11-20' },
    { id: 'src-scio-wic-2017', title: '4th World Internet Conference press conference', publisher: 'SCIO', url: 'http://english.scio.gov.cn/pressroom/2017-11/17/content_41906043.htm', date: '2017-11-17' },
    { id: 'src-chinadaily-wic-2017', title: '4th World Internet Conference concludes', publisher: 'China Daily', url: 'https://regional.chinadaily.com.cn/wic/2017-12/06/c_815790.htm', date: '2017-12-06' },
    { id: 'src-reuters-xi-letter-2017', title: "China's Xi says country will not close door to global internet", publisher: 'Reuters', url: 'https://www.reuters.com/article/us-china-cyber/chinas-xi-says-country-will-not-close-door-to-global-internet-idUSKBN1DX01S', date: '2017-12-03' },
    { id: 'src-ap-tech-ceos-2017', title: 'Tech CEOs attend Chinese event', publisher: 'AP (Journal Gazette)', url: 'http://www.journalgazette.net/business/20171205/tech-ceos-attend-chinese-event', date: '2017-12-05' },
    { id: 'src-scmp-2018-absent', title: "Digital economy and AI key to China's post-internet era", publisher: 'South China Morning Post', url: 'https://www.scmp.com/tech/tech-leaders-and-founders/article/2172497/digital-economy-and-ai-key-chinas-post-internet', date: '2018-11' },
    { id: 'src-igr-2019', title: 'Q4 2019: 6th World Internet Conference', publisher: 'Internet Governance Radar', url: 'https://internet-governance-radar.de/en/whats-new/translate-to-englisch-blogpost/q4-2019-6-world-internet-conference-wc', date: '2019' },
    { id: 'src-scmp-xi-2015', title: "China's president to make first speech at global web forum", publisher: 'South China Morning Post', url: 'https://www.scmp.com/news/china/article/1889118/chinas-president-make-first-speech-global-web-forum', date: '2015-12' },
    { id: 'src-chinaorg-ren-2017', title: 'SCIO press conference transcript', publisher: 'China.org.cn', url: 'http://china.org.cn/china/2017-11/17/content_41905968_6.htm', date: '2017-11-17' },
    { id: 'src-people-xulin-2016', title: 'Xu Lin appointed head of internet regulator', publisher: "People's Daily", url: 'http://en.people.cn/n3/2016/0630/c90785-9079555.html', date: '2016-06-30' },
    { id: 'src-chinadaily-zhuang-2018', title: 'New head for cyberspace regulator', publisher: 'China Daily USA', url: 'http://www.pressreader.com/usa/china-daily-usa/20180802/281612421212174', date: '2018-08-02' },
    { id: 'src-macrumors-cook-2017', title: "Tim Cook on China's digital economy", publisher: 'MacRumors', url: 'http://www.macrumors.com/2017/12/03/tim-cook-china-economy-comments-summit', date: '2017-12-03' },
    { id: 'src-thenews-wic-2017', title: 'World Internet Conference opens in Wuzhen', publisher: 'The News (Reuters)', url: 'https://www.thenews.com.pk/latest/251783-world-internet-conference-opens-in-wuzhen', date: '2017-12-03' },
    { id: 'src-freedomhouse-china-2017', title: 'China: Freedom on the Net 2017', publisher: 'Freedom House', url: 'https://freedomhouse.org/country/china/freedom-net/2017', date: '2017-11-14' },
    { id: 'src-refworld-fotn-2017', title: 'Freedom on the Net 2017 - China', publisher: 'Refworld (UNHCR)', url: 'https://www.refworld.org/publisher,FREEHOU,,CHN,5a547d57a,0.html', date: '2017-11-14' },
    { id: 'src-npc-sovereignty', title: 'Cyber sovereignty', publisher: 'NPC Observer (npc.gov.cn)', url: 'http://en.npc.gov.cn.cdurl.cn/2021-12/01/c_693897.htm', date: '2021-12-01' },
    { id: 'src-cnbc-vpn-2017', title: "China's Great Firewall is doubling up on VPN regulation", publisher: 'CNBC', url: 'http://www.cnbc.com/2017/01/24/chinas-great-firewall-is-doubling-up-on-vpn-regulation.html', date: '2017-01-24' },
    { id: 'src-cgtn-wuzhen', title: 'Wuzhen: the town that thrives along the Grand Canal', publisher: 'CGTN', url: 'https://news.cgtn.com/news/2019-10-31/Wuzhen-The-town-that-thrives-along-the-Grand-Canal-Lf9rqLfzdm/index.html', date: '2019-10-31' },
    { id: 'src-bjreview-wic-2014', title: 'World Internet Conference', publisher: 'Beijing Review', url: 'https://www.bjreview.com/quotes/txt/2014-12/24/content_660432.htm', date: '2014-12-24' },
  ],
  brief: [
    { id: 'gen-001', text: 'An annual China-hosted conference on internet development and governance, first held in 2014 in Wuzhen and also known as the Wuzhen Summit.', sources: ['src-wikipedia-wic', 'src-chinaservices-wic'], confidence: 'confirmed', date: '2014' },
    { id: 'gen-002', text: "Co-hosted from 2014 to 2021 by the Cyberspace Administration of China (CAC) and Zhejiang's provincial government.", sources: ['src-chinaservices-wic', 'src-scio-wic-2017'], confidence: 'confirmed' },
    { id: 'gen-ctl-01', text: 'Press-freedom groups call it a showcase for internet control; in 2015 Reporters Without Borders urged a boycott.', sources: ['src-rsf-boycott-2015'], confidence: 'single-source', attribution: 'according to Reporters Without Borders' },
  ],
  editions: [
    {
      id: 'wic-2014', year: 2014, ordinal: 1, name: '1st World Internet Conference', nameZh: '第一届世界互联网大会',
      start: '2014-11-19', end: '2014-11-21', place: 'Wuzhen, Zhejiang',
      theme: { en: 'An Interconnected World Shared and Governed by All', zh: '互联互通·共享共治' },
      xi: { id: 'ed-2014-05', text: 'Xi did not attend; he sent a congratulatory message.', sources: ['src-bjreview-wic-2014', 'src-scmp-xi-2015'], confidence: 'confirmed' },
      facts: [
        { id: 'ed-2014-08', text: "Organisers slid a draft 'Wuzhen Declaration' under attendees' hotel doors overnight; after objections it was not issued.", sources: ['src-techcrunch-declaration-2014', 'src-wikipedia-wic'], confidence: 'confirmed' },
      ],
    },
    {
      id: 'wic-2017', year: 2017, ordinal: 4, name: '4th World Internet Conference', nameZh: '第四届世界互联网大会',
      start: '2017-12-03', end: '2017-12-05', place: 'Wuzhen, Zhejiang',
      theme: { en: 'Developing Digital Economy for Openness and Shared Benefits — Building a Community of Common Future in Cyberspace', zh: '发展数字经济促进开放共享——携手共建网络空间命运共同体' },
      xi: { id: 'ed-2017-05', text: 'Xi did not attend. His congratulatory letter was read out at the opening on 3 December; Reuters names the reader as Huang Kunming.', sources: ['src-reuters-xi-letter-2017', 'src-ap-tech-ceos-2017'], confidence: 'confirmed', date: '2017-12-03' },
      facts: [
        { id: 'ed-2017-03', text: 'About 1,500 guests from more than 80 countries and regions.', sources: ['src-chinadaily-wic-2017', 'src-thenews-wic-2017'], confidence: 'confirmed' },
        { id: 'ed-2017-07', text: "The first attendance by Apple's and Google's chief executives, Tim Cook and Sundar Pichai.", sources: ['src-thenews-wic-2017', 'src-ap-tech-ceos-2017'], confidence: 'confirmed' },
        { id: 'ed-2017-12', text: 'Attendees had unrestricted internet access at the venue, unlike ordinary users in China.', sources: ['src-ap-tech-ceos-2017'], confidence: 'single-source', attribution: 'according to the Associated Press' },
      ],
    },
    {
      id: 'wic-2018', year: 2018, ordinal: 5, name: '5th World Internet Conference', nameZh: '第五届世界互联网大会',
      start: '2018-11-07', end: '2018-11-09', place: 'Wuzhen, Zhejiang',
      theme: { en: 'Creating a Digital World of Mutual Trust and Collective Governance — Towards a Community with a Shared Future in Cyberspace' },
      xi: { id: 'ed-2018-02', text: 'Xi sent a congratulatory letter.', sources: ['src-scmp-2018-absent', 'src-igr-2019'], confidence: 'confirmed' },
      facts: [
        {
          id: 'ed-2018-03', text: 'Sources disagree on whether the Apple and Google chief executives returned in 2018.',
          sources: ['src-scmp-2018-absent', 'src-igr-2019'], confidence: 'conflicting',
          sides: [
            { text: 'High-profile US tech representatives were absent amid the trade war.', sources: ['src-scmp-2018-absent'] },
            { text: 'A German internet-governance blog implies the Google and Apple CEOs attended.', sources: ['src-igr-2019'] },
          ],
          note: 'No source seen confirms Cook or Pichai attended in 2018.',
        },
      ],
    },
  ],
  entities: [
    {
      id: 'person-xi-jinping', kind: 'person', name: 'Xi Jinping', nameZh: '习近平',
      aliases: [{ text: 'Xi Jinping', lang: 'en' }, { text: '习近平', lang: 'zh-Hans' }],
      summary: "China's president and Communist Party general secretary.",
      roles: [{ title: 'General Secretary of the Chinese Communist Party', from: '2012-11-15', sources: ['src-scmp-xi-2015'] }],
      facts: [],
    },
    {
      id: 'person-xu-lin', kind: 'person', name: 'Xu Lin', nameZh: '徐麟',
      aliases: [{ text: 'Xu Lin', lang: 'en' }, { text: '徐麟', lang: 'zh-Hans' }],
      summary: 'Head of the Cyberspace Administration of China at the time of the 2017 conference.',
      roles: [{ title: 'Director, Cyberspace Administration of China', from: '2016-06', to: '2018-08', sources: ['src-people-xulin-2016', 'src-chinadaily-zhuang-2018'] }],
      facts: [{ id: 'p-xulin-01', text: 'He, not Zhuang Rongwen, headed the CAC in December 2017.', sources: ['src-people-xulin-2016', 'src-chinadaily-zhuang-2018'], confidence: 'confirmed' }],
    },
    {
      id: 'person-ren-xianliang', kind: 'person', name: 'Ren Xianliang', nameZh: '任贤良',
      aliases: [{ text: 'Ren Xianliang', lang: 'en' }, { text: '任贤良', lang: 'zh-Hans' }],
      summary: 'A deputy director of the CAC in 2017; Secretary-General of the WIC organisation since 2022.',
      roles: [{ title: 'Deputy director, Cyberspace Administration of China', from: '2017-11', to: '2017-12', attested: true, note: 'The sources read do not give the start or end of the post.', sources: ['src-scio-wic-2017'] }],
      facts: [{ id: 'p-ren-02', text: "He made the 'orderly' remark at a press conference in Beijing on 16 November 2017, not at the conference in Wuzhen.", sources: ['src-chinaorg-ren-2017'], confidence: 'single-source', attribution: 'according to the official SCIO transcript' }],
    },
    {
      id: 'body-cac', kind: 'body', name: 'Cyberspace Administration of China', nameZh: '国家互联网信息办公室',
      aliases: [{ text: 'Cyberspace Administration of China', lang: 'en' }, { text: 'CAC', lang: 'en', caseSensitive: true }],
      summary: "China's internet regulator and, until 2021, co-organiser of the WIC.",
      facts: [{ id: 'o-cac-04', text: "Its official English name is Cyberspace Administration, not 'Cybersecurity Administration'.", sources: ['src-thenews-wic-2017', 'src-scio-wic-2017'], confidence: 'confirmed' }],
    },
    {
      id: 'body-freedom-house', kind: 'body', name: 'Freedom House',
      aliases: [{ text: 'Freedom House', lang: 'en' }],
      summary: 'A Washington-based non-profit that publishes the annual Freedom on the Net report.',
      facts: [],
    },
    {
      id: 'place-wuzhen', kind: 'place', name: 'Wuzhen', nameZh: '乌镇',
      aliases: [{ text: 'Wuzhen', lang: 'en' }, { text: '乌镇', lang: 'zh-Hans' }],
      summary: "A canal town in northern Zhejiang, between Shanghai and Hangzhou; the WIC's permanent venue.",
      facts: [{ id: 't-wuz-01', text: 'It lies beside the UNESCO-listed Grand Canal; Wuzhen itself is not inscribed.', sources: ['src-cgtn-wuzhen'], confidence: 'single-source', attribution: 'according to CGTN' }],
    },
  ],
  terms: [
    {
      id: 'term-cyber-sovereignty', name: 'Cyber sovereignty', nameZh: '网络主权',
      aliases: [{ text: 'cyber sovereignty', lang: 'en' }, { text: 'internet sovereignty', lang: 'en' }, { text: '网络主权', lang: 'zh-Hans' }],
      definition: "China's principle that each state may govern the internet within its borders as it chooses. Critics see it as a justification for censorship.",
      facts: [], sources: ['src-npc-sovereignty', 'src-reuters-xi-letter-2017'],
    },
    {
      id: 'term-vpn', name: 'VPN clampdown', nameZh: '整治VPN',
      aliases: [{ text: 'VPN', lang: 'en', caseSensitive: true }],
      definition: 'From January 2017 China required cross-border VPN services to have government approval, making most unlicensed VPNs illegal.',
      facts: [], sources: ['src-cnbc-vpn-2017'],
    },
  ],
  figures: [
    {
      id: 'fig-china-developers', label: 'Apple developers in China (Dec 2017)', value: 1_800_000, unit: 'developers',
      asOf: '2017-12-03', measures: 'Developers on Apple’s platform in China, as stated by Tim Cook', writtenForms: ['1.8 million', '180万'],
      sources: ['src-thenews-wic-2017', 'src-macrumors-cook-2017'], confidence: 'confirmed',
    },
    {
      id: 'fig-china-dev-earnings', label: 'Earnings of developers in China (2008 to Dec 2017)', value: 112_000_000_000, unit: 'CNY',
      asOf: '2017-12-03', measures: 'Cumulative App Store earnings of developers in China since 2008', writtenForms: ['$17bn', '112 billion yuan', '1120亿元'],
      equivalents: [{ value: 16_930_000_000, unit: 'USD', note: 'Reuters conversion' }],
      sources: ['src-thenews-wic-2017', 'src-macrumors-cook-2017'], confidence: 'confirmed',
    },
    {
      id: 'fig-fotn-china-2017', label: 'China’s Freedom on the Net 2017 score', value: 87, unit: 'points of 100', asOf: '2017-11-14',
      measures: 'Internet freedom score, where 100 is least free (Freedom House later inverted its scale)', writtenForms: ['87'],
      sources: ['src-freedomhouse-china-2017', 'src-refworld-fotn-2017'], confidence: 'confirmed',
    },
  ],
  article: {
    id: 'article-et-2017', headline: 'Internet in China is becoming “more and more open” says President Xi',
    publisher: 'E&T', date: '2017-12-04', url: 'https://eandt.theiet.org/content/articles/2017/12/internet-in-china-is-becoming-more-and-more-open-says-president-xi/',
    summary: "E&T's report on the 4th World Internet Conference in Wuzhen.",
    claims: [
      { id: 'claim-organiser', text: 'The conference is organised by the Cyberspace Administration of China.', verdict: 'confirmed', explanation: 'The CAC organised it together with the Zhejiang provincial government.', factIds: ['gen-002'], sources: ['src-scio-wic-2017', 'src-chinaservices-wic'] },
      { id: 'claim-ren-orderly', text: "Ren Xianliang rejected the ranking, saying the internet must be 'orderly'.", verdict: 'context', explanation: 'He said it at a press conference in Beijing on 16 November 2017, not at the conference in Wuzhen.', factIds: ['p-ren-02'], sources: ['src-chinaorg-ren-2017'] },
      { id: 'claim-fotn-name', text: "The 'Freedom of the Net' report placed China at the bottom.", verdict: 'corrected', explanation: "The report is 'Freedom on the Net'. In 2017 China scored 87 of 100 (100 = least free) and ranked last of 65 countries.", factIds: ['o-fotn-01'], sources: ['src-freedomhouse-china-2017', 'src-refworld-fotn-2017'] },
    ],
    quotes: [
      {
        id: 'quote-xi-fast-lane', speakerId: 'person-xi-jinping',
        words: 'The development of China’s cyberspace is entering a fast lane […] China’s doors will only become more and more open.',
        translation: { by: 'Reuters', note: "Xinhua's official English reads 'China's door to the world will never close, but will only open wider'." },
        occasion: 'Letter read out by an official at the opening', place: 'Wuzhen', date: '2017-12-03', sources: ['src-reuters-xi-letter-2017'],
      },
    ],
    figureIds: ['fig-china-developers', 'fig-china-dev-earnings'],
    entityIds: ['person-xi-jinping', 'person-ren-xianliang', 'body-cac'],
    termIds: ['term-cyber-sovereignty', 'term-vpn'],
    imageCredits: [{ caption: 'Wang Huning at World Internet Conference', credit: 'Reuters/Aly Song' }],
  },
  names: {
    conference: [{ text: 'World Internet Conference', lang: 'en' }, { text: '世界互联网大会', lang: 'zh-Hans' }, { text: 'WIC', lang: 'en', caseSensitive: true }],
    summit: [{ text: 'Wuzhen Summit', lang: 'en' }, { text: '乌镇峰会', lang: 'zh-Hans' }],
    ordinals: { en: { before: { '4': ['4th', 'fourth'] } }, 'zh-Hans': { before: { '4': ['第四届'] } } },
    editions: [
      { year: 2014, ordinal: 1, start: '2014-11-19', end: '2014-11-21' },
      { year: 2017, ordinal: 4, start: '2017-12-03', end: '2017-12-05' },
      { year: 2018, ordinal: 5, start: '2018-11-07', end: '2018-11-09' },
    ],
  },
};
