import type { Theme } from '../../core/settings';

/** The colour scheme to draw: the reader's choice, or the system's when they left it to the system. */
export function resolveTheme(theme: Theme, systemDark: boolean): 'light' | 'dark' {
  return theme === 'system' ? (systemDark ? 'dark' : 'light') : theme;
}
