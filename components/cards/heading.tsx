import type { ComponentChildren } from 'preact';

export type HeadingLevel = 2 | 3 | 4;

/** A card title at the level its container needs (h4 in panel sections, h2 alone in a hover card). */
export function CardHeading({ level, children }: { level: HeadingLevel; children: ComponentChildren }) {
  const Tag = `h${level}` as 'h2' | 'h3' | 'h4';
  return <Tag class="wic-card__title">{children}</Tag>;
}
