// Keyboard commands (declared in wxt.config.ts) and the message each sends to the active tab.
import type { ToContent } from '../core/messages';

export const COMMAND_MESSAGES: Readonly<Record<string, ToContent>> = Object.freeze({
  'toggle-panel': { type: 'toggle-panel', via: 'command' },
  'toggle-marks': { type: 'toggle-marks' },
  'next-term': { type: 'step-term', direction: 1 },
  'previous-term': { type: 'step-term', direction: -1 },
});
