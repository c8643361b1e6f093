import { foldVietnamese } from '@cchc/contracts';

/**
 * `translate()` arguments that fold NFC Vietnamese to ASCII in SQL, built from the same
 * foldVietnamese the search terms go through, so "nguyen" finds "Nguyễn" on tables without a
 * folded column (users). Whitespace is not collapsed: compare against trimmed NFC names.
 */
const FOLD_MAP = (() => {
  let from = '';
  let to = '';
  for (let cp = 0xc0; cp <= 0x1ef9; cp++) {
    const ch = String.fromCodePoint(cp);
    if (ch.normalize('NFC') !== ch) continue;
    const f = foldVietnamese(ch);
    if (/^[a-z]$/.test(f) && f !== ch.toLowerCase()) {
      from += ch;
      to += f;
    }
  }
  return { from, to };
})();
export const sqlFold = (expr: string) =>
  `lower(translate(${expr}, '${FOLD_MAP.from}', '${FOLD_MAP.to}'))`;
