import { describe, expect, it } from 'vitest';
import { readMessages } from '../testing/locale.ts';
import { translatorFrom } from '../testing/translator.ts';

describe('hover strings', () => {
  it('has every hover string in both locales, with its placeholders', () => {
    for (const locale of ['en', 'zh_CN'] as const) {
      const t = translatorFrom(readMessages(locale));
      for (const key of ['hover_close', 'hover_open_in_panel', 'hover_kind_term', 'hover_kind_person', 'hover_kind_body', 'hover_kind_place', 'hover_kind_figure']) {
        expect(t(key), `${locale} ${key}`).not.toBe('');
      }
      expect(t('hover_position', ['2', '9'])).toMatch(/2.*9/);
      expect(t('hover_figure_rounded', ['$17bn'])).toContain('$17bn');
      expect(t('hover_figure_hedge_contradicted', ['$17bn'])).toContain('$17bn');
    }
  });
});
