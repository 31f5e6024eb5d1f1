import { describe, expect, it } from 'vitest';
import { foldText } from './fold';

describe('foldText', () => {
  it('folds case, width and Latin/Cyrillic diacritics', () => {
    expect(foldText('Conférence MONDIALE')).toBe('conference mondiale');
    expect(foldText('ＷＩＣ　２０１７')).toBe('wic 2017');
    expect(foldText('Всемирная Ёлка')).toBe('всемирная елка');
    expect(foldText('Weltinternetkonferenz Über')).toBe('weltinternetkonferenz uber');
    expect(foldText('DÜNYA İNTERNET KONFERANSI')).toBe(foldText('Dünya İnternet Konferansı'));
    expect(foldText('Hội nghị Internet thế giới Đà')).toBe('hoi nghi internet the gioi da');
  });

  it('keeps CJK, kana, Hangul and Arabic unchanged and preserves length', () => {
    for (const s of ['世界互联网大会', '世界インターネット会議がある', '세계인터넷대회', 'مؤتمر الإنترنت العالمي', '😀 x']) {
      expect(foldText(s)).toBe(s);
    }
    const mixed = 'İstanbul ß Ǆ 😀 Ａ';
    expect(foldText(mixed)).toHaveLength(mixed.length);
  });

  it('handles very long input without overflowing the stack', () => {
    const long = 'É'.repeat(200_000);
    expect(foldText(long)).toBe('e'.repeat(200_000));
  });
});
