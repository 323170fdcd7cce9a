/**
 * CSV as RFC 4180 writes it (quoted fields, doubled quotes, line breaks inside quotes, CRLF or LF), with
 * the separator Excel uses in the user's locale: comma, semicolon or tab, whichever the header row has
 * most of outside quotes. A UTF-8 byte order mark is dropped.
 */
function separatorOf(text: string): string {
  const end = text.search(/\r?\n/);
  const header = end < 0 ? text : text.slice(0, end);
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0]]);
  let quoted = false;
  for (const ch of header) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? ',';
}

export function parseCsv(input: string): string[][] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const sep = separatorOf(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === sep) { row.push(field); field = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

/** One CSV line from values: quoted when they hold the separator, a quote or a line break. */
export function csvLine(values: readonly (string | number | null)[]): string {
  return values.map((v) => {
    const s = v === null ? '' : String(v);
    return /[",;\r\n\t]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  }).join(',');
}
