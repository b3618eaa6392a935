import { describe, expect, it } from 'vitest';
import { fileTooLargeMessage, MAX_OPEN_FILE_BYTES } from '@shared/file-limits';

describe('fileTooLargeMessage', () => {
  it('names the size and the limit in megabytes', () => {
    expect(MAX_OPEN_FILE_BYTES).toBe(200 * 1024 * 1024);
    expect(fileTooLargeMessage(300 * 1024 * 1024)).toBe(
      'Filen er for stor (300 MB). Største tillatte størrelse er 200 MB.',
    );
  });
});
