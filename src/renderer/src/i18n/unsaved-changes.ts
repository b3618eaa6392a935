// The question every form asks before its unsaved changes would be lost.
export const unsavedChangesText = {
  title: 'Gå fra siden uten å lagre?',
  body: 'Du har endringer som ikke er lagret. Går du fra siden nå, går endringene tapt.',
  leave: 'Gå uten å lagre',
  stay: 'Bli her',
} as const;
