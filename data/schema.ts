// zod schema mirroring core/kb/types.ts. Build/test time only: run-time code imports data/index.ts,
// which never imports zod. Cross-record rules (ids that must exist, unique aliases) live in validate.ts.
import { z } from 'zod';
import type { KnowledgeBase } from '../core/kb/types';

const LANGS = ['en', 'zh-Hans', 'zh-Hant', 'ja', 'ko', 'de', 'fr', 'es', 'it', 'pt', 'ru', 'ar', 'ur', 'fil', 'id', 'vi', 'tr', 'th', 'hi'] as const;

const text = z.string().trim().min(1, 'must not be empty');
const id = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}[a-z0-9]+(?:-[a-z0-9]+)*$`), `must look like "${prefix}…" (lower-case, dashes)`);

/** ISO date at year, month or day precision, and a real calendar date. */
export const isoDate = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)')
  .refine((s) => {
    const [y, m = 1, d = 1] = s.split('-').map(Number);
    const date = new Date(Date.UTC(y!, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'must be a real calendar date');
const dayDate = isoDate.refine((s) => s.length === 10, 'must be a full date (YYYY-MM-DD)');

const sourceIds = z.array(id('src-')).min(1, 'must have at least 1 source');

export const langSchema = z.enum(LANGS);
export const confidenceSchema = z.enum(['confirmed', 'single-source', 'conflicting']);

export const sourceSchema = z.strictObject({
  id: id('src-'),
  title: text,
  publisher: text,
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
  date: isoDate.optional(),
});

export const aliasSchema = z.strictObject({
  text: text,
  lang: langSchema,
  caseSensitive: z.boolean().optional(),
});

export const factSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case with dashes'),
    text: text,
    sources: sourceIds,
    confidence: confidenceSchema,
    date: isoDate.optional(),
    attribution: text.optional(),
    sides: z.array(z.strictObject({ text: text, sources: sourceIds })).optional(),
    note: text.optional(),
  })
  .superRefine((f, ctx) => {
    if (f.confidence === 'conflicting' && (f.sides?.length ?? 0) < 2) {
      ctx.addIssue({ code: 'custom', path: ['sides'], message: 'a conflicting fact must give at least 2 sides' });
    }
    if (f.confidence !== 'conflicting' && f.sides) {
      ctx.addIssue({ code: 'custom', path: ['sides'], message: 'only conflicting facts have sides' });
    }
    if (f.confidence === 'single-source' && !f.attribution) {
      ctx.addIssue({ code: 'custom', path: ['attribution'], message: 'a single-source fact must say whom it is according to' });
    }
  });

export const editionSchema = z
  .strictObject({
    id: z.string().regex(/^wic-\d{4}$/, 'must look like "wic-2017"'),
    year: z.number().int().min(2014),
    ordinal: z.number().int().min(1).nullable(),
    name: text,
    nameZh: text.optional(),
    start: dayDate,
    end: dayDate,
    place: text,
    theme: z.strictObject({ en: text, zh: text.optional() }),
    xi: factSchema,
    facts: z.array(factSchema),
  })
  .superRefine((e, ctx) => {
    if (e.id !== `wic-${e.year}`) ctx.addIssue({ code: 'custom', path: ['id'], message: `must be wic-${e.year}` });
    if (e.start > e.end) ctx.addIssue({ code: 'custom', path: ['end'], message: 'must not be before start' });
    if (!e.start.startsWith(String(e.year))) ctx.addIssue({ code: 'custom', path: ['start'], message: 'must fall in the edition year' });
  });

export const roleSchema = z
  .strictObject({
    title: text,
    from: isoDate.optional(),
    to: isoDate.optional(),
    attested: z.boolean().optional(),
    note: text.optional(),
    sources: sourceIds,
  })
  .superRefine((r, ctx) => {
    if (r.attested && (!r.from || !r.to)) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'an attested role needs both from and to' });
    }
    if (r.from && r.to && r.from.slice(0, r.to.length) > r.to) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
    }
  });

export const entitySchema = z.strictObject({
  id: z.string().regex(/^(?:person|body|place)-[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must look like "person-…", "body-…" or "place-…"'),
  kind: z.enum(['person', 'body', 'place']),
  name: text,
  nameZh: text.optional(),
  aliases: z.array(aliasSchema).min(1, 'must have at least 1 alias'),
  summary: text,
  roles: z.array(roleSchema).optional(),
  facts: z.array(factSchema),
});

export const termSchema = z.strictObject({
  id: id('term-'),
  name: text,
  nameZh: text.optional(),
  aliases: z.array(aliasSchema).min(1, 'must have at least 1 alias'),
  definition: text,
  facts: z.array(factSchema),
  sources: sourceIds,
});

const amount = z.number().finite();
export const figureSchema = z.strictObject({
  id: id('fig-'),
  label: text,
  value: amount,
  unit: text,
  approx: z.boolean().optional(),
  asOf: isoDate,
  measures: text,
  shareOf: text.optional(),
  equivalents: z.array(z.strictObject({ value: amount, unit: text, note: text.optional() })).optional(),
  writtenForms: z.array(text).min(1, 'must list at least 1 written form'),
  tolerance: z.number().min(0).max(1).optional(),
  sources: sourceIds,
  confidence: confidenceSchema,
  sheetId: text.optional(),
});

export const claimSchema = z.strictObject({
  id: id('claim-'),
  text: text,
  verdict: z.enum(['confirmed', 'context', 'corrected']),
  explanation: text,
  factIds: z.array(text).min(1, 'must link at least 1 fact'),
  sources: sourceIds,
});

export const quoteSchema = z.strictObject({
  id: id('quote-'),
  speakerId: text,
  words: text,
  translation: z.strictObject({ by: text, note: text }).optional(),
  occasion: text,
  place: text,
  date: isoDate,
  sources: sourceIds,
});

export const articleSchema = z.strictObject({
  id: id('article-'),
  headline: text,
  publisher: text,
  date: isoDate,
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
  summary: text,
  claims: z.array(claimSchema).min(1, 'must list the claims'),
  quotes: z.array(quoteSchema),
  figureIds: z.array(text),
  entityIds: z.array(text),
  termIds: z.array(text),
  imageCredits: z.array(z.strictObject({ caption: text, credit: text })),
});

const ordinalWords = z
  .record(z.string().regex(/^[1-9]\d*$/, 'must be an edition number'), z.array(text).min(1, 'must list at least 1 form'))
  .optional();

export const namesSchema = z.strictObject({
  conference: z.array(aliasSchema).min(1, 'must list at least 1 name'),
  summit: z.array(aliasSchema).min(1, 'must list at least 1 name'),
  ordinals: z.partialRecord(langSchema, z.strictObject({ before: ordinalWords, after: ordinalWords })),
  editions: z.array(
    z.strictObject({ year: z.number().int(), ordinal: z.number().int().min(1).nullable(), start: dayDate, end: dayDate }),
  ),
});

export const knowledgeBaseSchema = z.strictObject({
  version: dayDate,
  sources: z.array(sourceSchema).min(1, 'must list sources'),
  brief: z.array(factSchema).min(1, 'must not be empty'),
  editions: z.array(editionSchema).min(1, 'must not be empty'),
  entities: z.array(entitySchema),
  terms: z.array(termSchema),
  figures: z.array(figureSchema),
  article: articleSchema,
  names: namesSchema,
});

// Compile-time proof that the schema and the hand-written contract describe the same shape.
type Parsed = z.infer<typeof knowledgeBaseSchema>;
const schemaMatchesContract: [Parsed] extends [KnowledgeBase] ? ([KnowledgeBase] extends [Parsed] ? true : false) : false = true;
void schemaMatchesContract;
