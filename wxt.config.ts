import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { assertValidKnowledgeBase } from './data/validate';
import { compileGate } from './core/detect/prefilter';
import { wicNames } from './data/names';

// See README "Architecture". Auto-imports are off: every module imports what it uses.
export default defineConfig({
  imports: false,
  manifestVersion: 3,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    // What the gate looks for, computed here once rather than each time the background starts (ext/gate-driver.ts).
    define: { __WIC_GATE__: JSON.stringify(compileGate(wicNames)) },
  }),
  // A data error (unsourced fact, broken reference, bad field) fails the build, naming the record.
  hooks: { 'build:before': () => assertValidKnowledgeBase() },
  // The Firefox sources package is for reviewers rebuilding the add-on; tests and fixtures are not needed.
  zip: { excludeSources: ['tests/**', 'demo/**', 'docs/**', 'screenshots/**', 'test-results/**', 'bench-results/**', '.tmp/**', '.ci/**'] },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // scripting + <all_urls>: the background runs the gate in each page's own world once it has
    // loaded, and the content code where it passes (ext/gate-driver.ts). There is no declared content
    // script: the isolated world one needs costs every page more than the gate itself. activeTab keeps
    // the toolbar button and commands working where the reader has withheld site access.
    permissions: ['storage', 'contextMenus', 'scripting', 'activeTab'],
    host_permissions: ['<all_urls>'],
    web_accessible_resources: [{ resources: ['wic-app.js'], matches: ['<all_urls>'] }],
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 96: 'icon/96.png', 128: 'icon/128.png' },
    action: { default_title: '__MSG_actionTitle__', default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' } },
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandTogglePanel__',
      },
      // Alt+Shift+M, not Ctrl+Shift+Y: Firefox on Linux uses Ctrl+Shift+Y for its Downloads window.
      'toggle-marks': { suggested_key: { default: 'Alt+Shift+M' }, description: '__MSG_commandToggleMarks__' },
      'next-term': { suggested_key: { default: 'Alt+Shift+Period' }, description: '__MSG_commandNextTerm__' },
      'previous-term': { suggested_key: { default: 'Alt+Shift+Comma' }, description: '__MSG_commandPreviousTerm__' },
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
