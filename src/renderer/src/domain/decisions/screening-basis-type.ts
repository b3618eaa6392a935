// What a decision letter needs to know about the formal screening, so its reasons follow it: the
// letter says the requirements are met only when every rule passed or was confirmed; a failed rule
// the officer overrode is given with the officer's assessment; a failed rule is named in a dismissal.
// `rule` is a screening rule id ("R5") or a name; the letter prints the name of a known id.

export interface ScreeningBasis {
  /** True when every rule passed or was confirmed, with no failed rule overridden. */
  allMet: boolean;
  /** Rules that did not pass and were not overridden, with the screening's reason. */
  failed: { rule: string; reason: string }[];
  /** Rules that did not pass but the officer overrode, with the officer's written reason. */
  overridden: { rule: string; reason: string; overrideReason: string }[];
}
