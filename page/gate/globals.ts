// Names the gate and the lazily loaded content code use to find each other in the content script's
// isolated world (pages cannot see it).

/** Set by the gate on every HTML page: the background calls it through scripting.executeScript when
 * the toolbar button or a command reaches a page whose gate found nothing (no message listener). */
export const WAKE_GLOBAL = '__wicFactPanelWake';
/** Set by entrypoints/wic-content.ts when the gate loads it. */
export const CONTENT_GLOBAL = '__wicFactPanelContent';

/** Starts the content code once (later calls only deliver); `message` is a background message to act on. */
export type StartContent = (message?: unknown) => void;
