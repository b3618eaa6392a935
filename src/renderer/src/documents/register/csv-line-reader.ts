// A streaming CSV reader: takes text chunks, gives whole records. Handles quoted fields with the
// delimiter, doubled quotes and line breaks inside them, and CRLF. The delimiter (; or ,) is taken
// from the header line.
export class CsvRecordReader {
  private delimiter: string | undefined;
  private field = '';
  private record: string[] = [];
  private inQuotes = false;
  /** A quote seen inside a quoted field: either the end of it or the first of a doubled pair. */
  private quotePending = false;
  /** Text of the header line before the delimiter is known. */
  private headerText = '';
  private lastWasCr = false;

  push(chunk: string, onRecord: (fields: string[]) => void): void {
    let text = chunk;
    if (this.delimiter === undefined) {
      this.headerText += text;
      const end = this.headerText.search(/\r?\n/);
      if (end < 0) return;
      this.delimiter = detectDelimiter(this.headerText.slice(0, end));
      text = this.headerText;
      this.headerText = '';
    }
    const d = this.delimiter;
    for (let i = 0; i < text.length; i++) {
      const c = text[i] as string;
      if (this.quotePending) {
        this.quotePending = false;
        if (c === '"') {
          this.field += '"';
          continue;
        }
        this.inQuotes = false;
      }
      if (this.inQuotes) {
        if (c === '"') this.quotePending = true;
        else this.field += c;
        continue;
      }
      if (c === '\n' && this.lastWasCr) {
        this.lastWasCr = false;
        continue;
      }
      this.lastWasCr = c === '\r';
      if (c === '"' && this.field === '') this.inQuotes = true;
      else if (c === d) {
        this.record.push(this.field);
        this.field = '';
      } else if (c === '\n' || c === '\r') this.endRecord(onRecord);
      else this.field += c;
    }
  }

  /** Emits the last record when the file does not end with a line break. */
  finish(onRecord: (fields: string[]) => void): void {
    if (this.delimiter === undefined && this.headerText !== '') {
      this.delimiter = detectDelimiter(this.headerText);
      const rest = this.headerText;
      this.headerText = '';
      this.push(rest, onRecord);
    }
    if (this.quotePending) {
      this.quotePending = false;
      this.inQuotes = false;
    }
    if (this.field !== '' || this.record.length > 0) this.endRecord(onRecord);
  }

  /** True when the file ended inside a quoted field. */
  get unterminatedQuote(): boolean {
    return this.inQuotes && !this.quotePending;
  }

  private endRecord(onRecord: (fields: string[]) => void): void {
    this.record.push(this.field);
    this.field = '';
    const record = this.record;
    this.record = [];
    // Blank lines are skipped.
    if (record.length === 1 && record[0] === '') return;
    onRecord(record);
  }
}

function detectDelimiter(headerLine: string): string {
  const count = (ch: string) => headerLine.split(ch).length - 1;
  return count(';') > count(',') ? ';' : ',';
}
