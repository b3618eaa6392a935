// Splits a JSON array of objects that arrives in text chunks into the text of each top-level object,
// so a file of a million units is never one string. Tracks strings, escapes and brace depth only;
// each object is then checked by JSON.parse.
import { RegisterFileError } from './register-file-error';

type State = 'before-array' | 'between' | 'in-object' | 'after-array';

const IN_STRING = /["\\]/g;
const IN_OBJECT = /["{}[\]]/g;
const WHITESPACE = new Set([' ', '\t', '\n', '\r', '\ufeff']);

export class JsonArraySplitter {
  private state: State = 'before-array';
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** Parts of the object being read; joined once it closes. */
  private parts: string[] = [];
  /** True after an element and before the comma that must follow it. */
  private expectComma = false;

  /** Feeds a chunk; calls onObject with the text of every object that closed in it. */
  push(chunk: string, onObject: (text: string) => void): void {
    let start = this.state === 'in-object' ? 0 : -1;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i] as string;
      if (this.state === 'in-object') {
        // Jump to the next character that matters instead of looking at every one.
        const pattern = this.inString ? IN_STRING : IN_OBJECT;
        if (this.escaped) {
          this.escaped = false;
          continue;
        }
        pattern.lastIndex = i;
        const found = pattern.exec(chunk);
        if (!found) break;
        i = found.index;
        const d = chunk[i] as string;
        if (this.inString) {
          if (d === '\\') this.escaped = true;
          else this.inString = false;
        } else if (d === '"') this.inString = true;
        else if (d === '{' || d === '[') this.depth++;
        else {
          this.depth--;
          if (this.depth === 0) {
            this.parts.push(chunk.slice(start, i + 1));
            onObject(this.parts.join(''));
            this.parts = [];
            this.state = 'between';
            this.expectComma = true;
            start = -1;
          }
        }
        continue;
      }
      if (WHITESPACE.has(c)) continue;
      if (this.state === 'before-array') {
        if (c !== '[') throw notAnArray();
        this.state = 'between';
      } else if (this.state === 'between') {
        if (c === ']') this.state = 'after-array';
        else if (c === ',' && this.expectComma) this.expectComma = false;
        else if (c === '{' && !this.expectComma) {
          this.state = 'in-object';
          this.depth = 1;
          start = i;
        } else throw broken(`uventet tegn «${c}» mellom enhetene`);
      } else {
        throw broken('det står noe etter slutten av listen');
      }
    }
    if (this.state === 'in-object' && start >= 0) this.parts.push(chunk.slice(start));
  }

  /** Call at the end of the stream: a missing closing bracket means the file was cut off. */
  finish(): void {
    if (this.state === 'before-array') throw notAnArray();
    if (this.state !== 'after-array') throw broken('filen slutter midt i listen (er den ufullstendig?)');
  }
}

function notAnArray(): RegisterFileError {
  return new RegisterFileError(
    'ikke_registerfil',
    'Filen er ikke en JSON-liste over enheter fra Enhetsregisteret. Totalbestanden starter med «[».',
  );
}

function broken(detail: string): RegisterFileError {
  return new RegisterFileError('ugyldig_json', `Registerfilen er ikke gyldig JSON: ${detail}.`);
}
