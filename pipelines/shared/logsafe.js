// Text made safe for a CI log, with the component's rules (src/logsafe.rs):
// control characters (C0, DEL, C1), the Unicode line/paragraph separators
// and bidirectional controls become visible escapes (`\n`, `\u{1b}`), an
// Azure command prefix anywhere (`##vso[`, `##[`, any case) gets a backslash
// before its bracket, and a leading `::` (GitHub's workflow-command prefix)
// becomes `\::`. The component already applies these rules to its errors and
// diagnostics; the adapters apply them to everything else they print that a
// user, a file or a server could have chosen (paths, host error messages).

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
// eslint-disable-next-line no-control-regex
const UNSAFE_G = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
const AZURE = /##(vso)?\[/giu;

function escapeChar(c) {
  if (c === '\n') return '\\n';
  if (c === '\r') return '\\r';
  if (c === '\t') return '\\t';
  return `\\u{${c.codePointAt(0).toString(16)}}`;
}

/** `s` as one inert log line (see above); `s` itself when nothing needs escaping. */
export function logSafe(value) {
  const s = String(value ?? '');
  AZURE.lastIndex = 0;
  if (!/^\s*::/u.test(s) && !UNSAFE.test(s) && !AZURE.test(s)) return s;
  AZURE.lastIndex = 0;
  const out = s.replace(AZURE, (m) => `${m.slice(0, -1)}\\[`).replace(UNSAFE_G, escapeChar);
  // One line now: it must not start (after blanks) with GitHub's `::`.
  return out.replace(/^(\s*)::/u, '$1\\::');
}
