// Words an editable letter text may not say, because they would deny what the fixed texts state:
// the right to appeal, the right of access, the duty to repay, the need for consent, the control.
// A municipality's own text stands next to the fixed ones, so it must not take them back.
export interface Contradiction {
  /** Matches in both bokmål and nynorsk, case-insensitive. */
  pattern: RegExp;
  /** Ends the message "… kan ikke si {what}, fordi …". */
  what: string;
  because: string;
}

const NOT = String.raw`(?:ikke|ikkje|ingen|aldri)`;

export const LETTER_TEXT_CONTRADICTIONS: readonly Contradiction[] = [
  {
    pattern: new RegExp(String.raw`\b(?:kan|kann|skal)\s+${NOT}\s+(?:\S+\s+){0,2}(?:på)?klag`, 'i'),
    what: 'at vedtaket ikke kan påklages',
    because: 'parten har rett til å klage på enkeltvedtak (forvaltningsloven § 28), og brevet sier det',
  },
  {
    pattern: new RegExp(String.raw`\b${NOT}\s+(?:\S+\s+){0,2}(?:klagerett|klageadgang|rett\s+til\s+å\s+klage|klage\b|klaga\b)`, 'i'),
    what: 'at det ikke er klagerett',
    because: 'parten har rett til å klage på enkeltvedtak (forvaltningsloven § 28), og brevet sier det',
  },
  {
    pattern: /\bendelig(?:e|t)?\b|\bendeleg\b/i,
    what: 'at vedtaket er endelig',
    because: 'vedtaket kan påklages innen klagefristen (forvaltningsloven §§ 28–29)',
  },
  {
    pattern: new RegExp(String.raw`\b${NOT}\s+(?:\S+\s+){0,3}(?:innsyn|rett\s+til\s+å\s+(?:se|sjå))`, 'i'),
    what: 'at det ikke er rett til innsyn',
    because: 'parten har rett til å se dokumentene i saken (forvaltningsloven § 18)',
  },
  {
    pattern: new RegExp(String.raw`\b${NOT}\s+(?:\S+\s+){0,3}(?:betal\w*\s+tilbake|tilbakebetal\w*|krev\w*\s+tilbake)`, 'i'),
    what: 'at tilskuddet ikke skal betales tilbake',
    because: 'tilskudd som ikke er brukt etter vilkårene, kan kreves tilbake, og brevet sier det',
  },
  {
    pattern: new RegExp(String.raw`\b${NOT}\s+(?:\S+\s+){0,3}samtykke`, 'i'),
    what: 'at endringer ikke krever samtykke',
    because: 'endring av formål, aktiviteter eller omfang krever skriftlig søknad og samtykke på forhånd',
  },
  {
    pattern: new RegExp(String.raw`\b${NOT}\s+(?:\S+\s+){0,3}kontroll\w*`, 'i'),
    what: 'at bruken av midlene ikke kontrolleres',
    because: 'IMDi og Riksrevisjonen kan kontrollere bruken av midlene (bevilgningsreglementet og riksrevisjonsloven)',
  },
  {
    pattern: new RegExp(String.raw`\b${NOT}\s+(?:\S+\s+){0,3}(?:akseptere|aksept|\w*rapport)`, 'i'),
    what: 'at vilkårene ikke må aksepteres eller at det ikke skal sendes rapport',
    because: 'tilskuddet utbetales først når vilkårene er akseptert, og mottakeren skal sende rapport og regnskap',
  },
  {
    // The same denials with the negation after the word: «Innsyn gis ikke», «Klagefristen gjelder ikke».
    pattern: new RegExp(
      String.raw`\b(?:innsyn|klag\w*|tilbakebetal\w*|kontroll\w*|samtykke|aksept\w*|\w*rapport)\s+(?:\S+\s+){0,3}${NOT}\b`,
      'i',
    ),
    what: 'at en rett eller plikt som brevet opplyser om, ikke gjelder',
    because: 'de faste tekstene i brevet sier hva loven og ordningen krever, og egen tekst kan ikke ta det tilbake',
  },
];
