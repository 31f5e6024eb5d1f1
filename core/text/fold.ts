// Length-preserving text folding shared by detection and the term matcher: one UTF-16 unit in,
// one unit out, so an offset in folded text is the same offset in the original text.
// Folds: ASCII/Latin/Greek/Cyrillic case, full-width ASCII → ASCII, ideographic space → space,
// Latin and Cyrillic diacritics (é → e, ё → е). CJK, kana, Hangul, Arabic are left as they are
// (stripping their marks would change words, e.g. が → か).

const cache = new Map<number, number>();
// Letters with no Unicode decomposition that readers still type without the stroke or dot
// (Turkish dotless ı, Vietnamese đ, Polish ł, Nordic ø).
const NO_DECOMPOSITION: Record<number, number> = { 0x131: 0x69, 0x110: 0x64, 0x111: 0x64, 0x141: 0x6c, 0x142: 0x6c, 0xd8: 0x6f, 0xf8: 0x6f };

function foldUnit(code: number): number {
  if (code < 0x41) return code;
  if (code <= 0x5a) return code + 32; // A-Z
  if (code < 0xc0) return code;
  if (code >= 0xff01 && code <= 0xff5e) return foldUnit(code - 0xfee0); // full-width ASCII
  if (code === 0x3000) return 0x20;
  const latinOrCyrillic = code <= 0x24f || (code >= 0x370 && code <= 0x4ff) || (code >= 0x1e00 && code <= 0x1eff);
  if (!latinOrCyrillic) return code;
  const plain = NO_DECOMPOSITION[code];
  if (plain !== undefined) return plain;
  const hit = cache.get(code);
  if (hit !== undefined) return hit;
  const ch = String.fromCharCode(code);
  const base = ch.normalize('NFD').charAt(0).toLowerCase();
  const folded = base.length === 1 ? base.charCodeAt(0) : code;
  cache.set(code, folded);
  return folded;
}

/** Case-, width- and diacritic-insensitive form of `text`, with exactly the same length. */
export function foldText(text: string): string {
  let out = '';
  let changed = false;
  const codes: number[] = new Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f = foldUnit(c);
    if (f !== c) changed = true;
    codes[i] = f;
  }
  if (!changed) return text;
  // Build in chunks: String.fromCharCode(...bigArray) overflows the stack on long texts.
  for (let i = 0; i < codes.length; i += 8192) {
    out += String.fromCharCode.apply(null, codes.slice(i, i + 8192));
  }
  return out;
}
