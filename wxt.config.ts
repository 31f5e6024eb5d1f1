import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See README "Architecture". Auto-imports are off: every module imports what it uses.
export default defineConfig({
  imports: false,
  manifestVersion: 3,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'contextMenus'],
    web_accessible_resources: [{ resources: ['wic-app.js'], matches: ['<all_urls>'] }],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandTogglePanel__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'wic-fact-panel@wic-fact-panel.org',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
