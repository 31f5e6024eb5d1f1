// The shipped messages.json files, for tests.
import en from '../../public/_locales/en/messages.json';
import zhCN from '../../public/_locales/zh_CN/messages.json';
import type { Messages } from './translator.ts';

export function readMessages(locale: 'en' | 'zh_CN'): Messages {
  return (locale === 'en' ? en : zhCN) as Messages;
}
