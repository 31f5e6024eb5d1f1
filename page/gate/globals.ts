// The name by which copies of the content code find each other in the extension's isolated world
// on a page (pages cannot see it).

/** Set by entrypoints/wic-content.ts once the content code runs on a page: says whether that copy
 * still belongs to a live extension (false after the extension was reloaded or removed). */
export const CONTENT_GLOBAL = '__wicFactPanelContent';

export type ContentAlive = () => boolean;
