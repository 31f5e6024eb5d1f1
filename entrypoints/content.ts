import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContent } from '../page/content-main';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main: startContent,
});
