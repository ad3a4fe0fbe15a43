// RFC 4180 records: comma-separated fields, double-quoted fields may hold commas, line breaks and "" for
// a quote. Each record remembers the line it starts on, because a quoted line break makes row numbers
// and line numbers drift apart and an error message should point at the line an editor shows.

export type CsvRecord = { line: number; fields: string[] };
export type CsvRecords = { ok: true; records: CsvRecord[] } | { ok: false; error: string };

export function readCsvRecords(text: string): CsvRecords {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  let i = 0;

  const endField = () => {
    fields.push(field);
    field = "";
  };
  const endRecord = () => {
    endField();
    records.push({ line: recordLine, fields });
    fields = [];
  };
  /** Length of the line break at position j (CRLF, LF or a lone CR), 0 if there is none. */
  const breakAt = (j: number) => (text[j] === "\r" ? (text[j + 1] === "\n" ? 2 : 1) : text[j] === "\n" ? 1 : 0);

  while (i < text.length) {
    if (field === "" && text[i] === '"') {
      const openedOn = line;
      i++;
      for (;;) {
        if (i >= text.length) return { ok: false, error: `line ${openedOn}: a quoted field is not closed` };
        const lineBreak = breakAt(i);
        if (lineBreak > 0) {
          field += "\n";
          line++;
          i += lineBreak;
        } else if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else {
          field += text[i];
          i++;
        }
      }
      if (i < text.length && text[i] !== "," && breakAt(i) === 0) {
        return { ok: false, error: `line ${line}: unexpected text after a closing quote` };
      }
      continue;
    }
    const lineBreak = breakAt(i);
    if (lineBreak > 0) {
      endRecord();
      line++;
      recordLine = line;
      i += lineBreak;
    } else if (text[i] === ",") {
      endField();
      i++;
    } else {
      field += text[i];
      i++;
    }
  }
  // Without a final line break the last record is still pending (even a lone "" is a record).
  if (text.length > 0 && breakAt(text.length - 1) === 0) endRecord();
  return { ok: true, records };
}
