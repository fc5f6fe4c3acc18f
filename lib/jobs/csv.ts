/** A small RFC 4180 CSV reader: quoted fields, "" escapes, line breaks inside quotes, CRLF, a leading BOM. */
export type CsvRecord = { line: number; cells: string[] };

export function parseCsv(text: string): CsvRecord[] {
  const src = text.replace(/^\uFEFF/, "");
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let fieldStarted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === "\n") line++;
        cell += c;
      }
      continue;
    }
    if (c === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
    } else if (c === ",") {
      cells.push(cell);
      cell = "";
      fieldStarted = false;
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && src[i + 1] === "\n") i++;
      cells.push(cell);
      if (cells.length > 1 || cells[0] !== "") records.push({ line: recordLine, cells });
      cells = [];
      cell = "";
      fieldStarted = false;
      line++;
      recordLine = line;
    } else {
      cell += c;
      fieldStarted = true;
    }
  }
  if (quoted) throw new Error(`line ${recordLine}: a quoted field is not closed`);
  cells.push(cell);
  if (cells.length > 1 || cells[0] !== "") records.push({ line: recordLine, cells });
  return records;
}
