// Where the user guide opens inside the program (Help menu, About dialog).
export const HELP_PATH = '/hjelp';
