/** After an in-page (SPA) navigation the new content often renders after the address changes,
 * so detection looks twice: this many milliseconds after it. */
export const RECHECK_MS: readonly number[] = [250, 1200];
