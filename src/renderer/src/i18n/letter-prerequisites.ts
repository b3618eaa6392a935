// Texts of what must be in place before a decision letter can be made.
import type { LetterLanguage } from '@renderer/domain/settings';

const languageName: Record<LetterLanguage, string> = { nb: 'bokmål', nn: 'nynorsk' };

export const letterPrerequisitesText = {
  addressMissingTitle: 'Kommunens postadresse mangler',
  addressMissing:
    'Brevet skal si hvor en klage sendes, så det kan ikke lages uten kommunens postadresse. Fyll inn postadressen i brevmalen.',
  addressLink: 'Gå til Innstillinger → Brevmal',
  reasonMissingTitle: (language: LetterLanguage) => `Begrunnelsen finnes ikke på ${languageName[language]}`,
  reasonMissing: (language: LetterLanguage) =>
    `Brevet skal være på ${languageName[language]}, men begrunnelsen i vedtaket er bare skrevet på ${languageName[language === 'nn' ? 'nb' : 'nn']}. Skriv begrunnelsen på ${languageName[language]} før brevet lages.`,
  reasonLabel: (language: LetterLanguage) => `Begrunnelse på ${languageName[language]}`,
  reasonOther: (language: LetterLanguage) => `Begrunnelsen på ${languageName[language === 'nn' ? 'nb' : 'nn']}:`,
  reasonSave: 'Lagre begrunnelsen',
  reasonSaving: 'Lagrer …',
  reasonSaveFailed: 'Kunne ikke lagre begrunnelsen. Prøv igjen.',
} as const;
