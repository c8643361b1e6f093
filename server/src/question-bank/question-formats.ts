/** A question as read from a file, before validation. Rows are 1-based lines or sheet rows. */
export interface RawQuestion {
  row: number;
  area?: string;
  difficulty?: string;
  type?: string;
  stem: string;
  options: string[];
  correct: string;
  explanation?: string;
  sourceDocument?: string;
  sourceDate?: string;
  sourceArticle?: string;
  tags?: string;
  track?: string;
}

export const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;

/**
 * Aiken (Moodle): the stem on one line, options "A. …" / "A) …", then "ANSWER: B".
 * Questions are separated by blank lines.
 */
export function parseAiken(text: string): {
  questions: RawQuestion[];
  errors: { row: number; message: string }[];
} {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const questions: RawQuestion[] = [];
  const errors: { row: number; message: string }[] = [];
  let cur: RawQuestion | null = null;
  const flush = (line: number) => {
    if (cur) {
      if (!cur.correct) errors.push({ row: cur.row, message: 'missing_answer' });
      else questions.push(cur);
    }
    cur = null;
    void line;
  };
  lines.forEach((raw, i) => {
    const line = raw.trim();
    const n = i + 1;
    if (!line) return flush(n);
    const opt = /^([A-Za-z])\s*[.)]\s+(.*)$/.exec(line);
    const ans = /^ANSWER\s*:\s*([A-Za-z](\s*,\s*[A-Za-z])*)\s*$/i.exec(line);
    if (!cur) {
      cur = { row: n, stem: line, options: [], correct: '' };
    } else if (ans) {
      cur.correct = ans[1]!.toUpperCase().replace(/\s+/g, '');
      flush(n);
    } else if (opt && opt[1]!.toUpperCase() === String.fromCharCode(65 + cur.options.length)) {
      cur.options.push(opt[2]!.trim());
    } else if (cur.options.length === 0) {
      cur.stem += `\n${line}`;
    } else {
      errors.push({ row: n, message: 'unexpected_line' });
    }
  });
  flush(lines.length);
  return { questions, errors };
}

const GIFT_ESCAPES: Record<string, string> = {
  ':': ':',
  '=': '=',
  '~': '~',
  '{': '{',
  '}': '}',
  '#': '#',
  n: '\n',
};
function giftUnescape(s: string): string {
  return s.replace(/\\([:=~{}#n])/g, (_, c: string) => GIFT_ESCAPES[c] ?? c).trim();
}

/** Splits on a character that is not escaped with a backslash. */
function splitUnescaped(s: string, chars: string): { sep: string; text: string }[] {
  const parts: { sep: string; text: string }[] = [];
  let sep = '';
  let buf = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\' && i + 1 < s.length) {
      buf += c + s[i + 1];
      i++;
    } else if (chars.includes(c)) {
      parts.push({ sep, text: buf });
      sep = c;
      buf = '';
    } else buf += c;
  }
  parts.push({ sep, text: buf });
  return parts;
}

/**
 * GIFT (Moodle): `::title:: stem { =right ~wrong }`, true/false `{T}` / `{FALSE}`, multiple
 * answers with weights `~%50%a ~%50%b ~%-100%c` (positive weight = correct). Comments `//`.
 */
export function parseGift(text: string): {
  questions: RawQuestion[];
  errors: { row: number; message: string }[];
} {
  const src = text.replace(/^\uFEFF/, '');
  const lines = src.split(/\r?\n/);
  const blocks: { row: number; text: string }[] = [];
  let buf: string[] = [];
  let start = 0;
  lines.forEach((raw, i) => {
    if (/^\s*\/\//.test(raw)) return;
    if (raw.trim() === '') {
      if (buf.length) blocks.push({ row: start, text: buf.join('\n') });
      buf = [];
      return;
    }
    if (!buf.length) start = i + 1;
    buf.push(raw);
  });
  if (buf.length) blocks.push({ row: start, text: buf.join('\n') });

  const questions: RawQuestion[] = [];
  const errors: { row: number; message: string }[] = [];
  for (const b of blocks) {
    if (/^\s*\$CATEGORY:/i.test(b.text)) continue;
    const open = indexOfUnescaped(b.text, '{');
    const close = open >= 0 ? indexOfUnescaped(b.text, '}', open) : -1;
    if (open < 0 || close < 0) {
      errors.push({ row: b.row, message: 'gift_no_answers' });
      continue;
    }
    const stem =
      giftUnescape(
        b.text
          .slice(0, open)
          .replace(/^\s*::.*?::/s, '')
          .replace(/^\s*\[(html|plain|markdown|moodle)\]/i, ''),
      ) + (b.text.slice(close + 1).trim() ? ` ${giftUnescape(b.text.slice(close + 1))}` : '');
    const body = b.text.slice(open + 1, close).trim();
    if (/^(T|TRUE|F|FALSE)(#.*)?$/i.test(body)) {
      const isTrue = /^T/i.test(body);
      questions.push({
        row: b.row,
        type: 'true_false',
        stem,
        options: ['Đúng', 'Sai'],
        correct: isTrue ? 'A' : 'B',
      });
      continue;
    }
    const parts = splitUnescaped(body, '=~').filter((p) => p.sep);
    const options: string[] = [];
    const correct: string[] = [];
    let weighted = false;
    for (const p of parts) {
      let t = p.text.trim();
      const fb = indexOfUnescaped(t, '#');
      if (fb >= 0) t = t.slice(0, fb);
      const w = /^%(-?\d+(?:\.\d+)?)%/.exec(t);
      if (w) {
        weighted = true;
        t = t.slice(w[0].length);
      }
      const isCorrect = p.sep === '=' || (w !== null && Number(w[1]) > 0);
      if (isCorrect) correct.push(LETTERS[options.length] ?? '?');
      options.push(giftUnescape(t));
    }
    if (!options.length) {
      errors.push({ row: b.row, message: 'gift_no_answers' });
      continue;
    }
    questions.push({
      row: b.row,
      type: weighted || correct.length > 1 ? 'multiple' : 'single',
      stem,
      options,
      correct: correct.join(','),
    });
  }
  return { questions, errors };
}

function indexOfUnescaped(s: string, ch: string, from = 0): number {
  for (let i = from; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === ch) return i;
  }
  return -1;
}
