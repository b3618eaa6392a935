// Reason templates (begrunnelsesmaler): standard reasons, in bokmål and nynorsk, that an officer
// starts a justification from. Plain data with ids, so a municipality can edit them later;
// `trigger` ties a template to the screening finding that suggests it.
import { z } from 'zod';
import { requiredTextSchema } from '../common';
import { decisionOutcomeSchema, type DecisionOutcome } from '../decision';
import type { ScreeningOutcome, ScreeningRuleId, ScreeningRuleResult } from '../screening';
import type { LetterLanguage } from '../settings';

export interface ReasonTemplate {
  id: string;
  /** Short Norwegian name for pick lists. */
  label: string;
  /** Outcomes the reason fits, the usual one first. */
  outcomes: readonly DecisionOutcome[];
  /**
   * Suggested when this rule's screening result is one of `results` (default: ikke bestått) and
   * its reason contains `reasonIncludes`.
   */
  trigger?: { rule: ScreeningRuleId; reasonIncludes: string; results?: readonly ScreeningOutcome[] };
  /** Text with optional placeholders {minstebelop}, {aar}, {ramme}. */
  text: Record<LetterLanguage, string>;
}

export const DEFAULT_REASON_TEMPLATES: readonly ReasonTemplate[] = [
  {
    id: 'under-minstebelop',
    label: 'Under minstebeløpet',
    outcomes: ['avvist'],
    trigger: { rule: 'R5', reasonIncludes: 'under minstebeløpet' },
    text: {
      nb: 'Enkelttiltak og aktiviteter må ha et søknadsbeløp på minst {minstebelop}, jf. utlysningen og regelverket for ordningen. Søknaden gjelder et lavere beløp og oppfyller derfor ikke de formelle kravene.',
      nn: 'Enkelttiltak og aktivitetar må ha eit søknadsbeløp på minst {minstebelop}, jf. utlysinga og regelverket for ordninga. Søknaden gjeld eit lågare beløp og oppfyller difor ikkje dei formelle krava.',
    },
  },
  {
    id: 'ikke-frivillighetsregisteret',
    label: 'Ikke registrert i Frivillighetsregisteret',
    outcomes: ['avvist'],
    trigger: { rule: 'R1', reasonIncludes: 'ikke registrert i Frivillighetsregisteret' },
    text: {
      nb: 'Bare frivillige organisasjoner som er registrert i Frivillighetsregisteret, kan få tilskudd fra ordningen. Organisasjonen var ikke registrert i Frivillighetsregisteret da søknaden ble behandlet, og søknaden avvises derfor.',
      nn: 'Berre frivillige organisasjonar som er registrerte i Frivilligregisteret, kan få tilskot frå ordninga. Organisasjonen var ikkje registrert i Frivilligregisteret då søknaden vart behandla, og søknaden blir difor avvist.',
    },
  },
  {
    id: 'kun-utenfor-norge',
    label: 'Tiltaket foregår kun utenfor Norge',
    outcomes: ['avslatt'],
    trigger: { rule: 'R6', reasonIncludes: 'bare utenfor Norge' },
    text: {
      nb: 'Tilskuddet dekker ikke tiltak som kun foregår utenfor Norge. Ifølge søknaden skal tiltaket gjennomføres i sin helhet utenfor Norge, og det faller derfor utenfor ordningen.',
      nn: 'Tilskotet dekkjer ikkje tiltak som berre går føre seg utanfor Noreg. Ifølgje søknaden skal tiltaket gjennomførast heilt utanfor Noreg, og det fell difor utanfor ordninga.',
    },
  },
  {
    id: 'investeringer',
    label: 'Investeringer dekkes ikke',
    outcomes: ['delvis_innvilget', 'avslatt'],
    // Costs not covered beside others leave the rule to the officer's judgement (skjønn).
    trigger: { rule: 'R6', reasonIncludes: 'investering', results: ['ikke_bestatt', 'skjonn'] },
    text: {
      nb: 'Tilskuddet dekker ikke investeringer, anskaffelser eller generell drift av organisasjonen. Budsjettet i søknaden inneholder slike kostnader, og de er trukket fra da tilskuddet ble fastsatt.',
      nn: 'Tilskotet dekkjer ikkje investeringar, innkjøp eller generell drift av organisasjonen. Budsjettet i søknaden inneheld slike kostnader, og dei er trekte frå då tilskotet vart fastsett.',
    },
  },
  {
    id: 'lav-maloppnaelse',
    label: 'Lav måloppnåelse sammenlignet med andre søknader',
    outcomes: ['avslatt', 'delvis_innvilget'],
    text: {
      nb: 'Kommunen har vurdert søknaden etter kriteriene for ordningen, blant annet tydelige og målbare mål, realistisk framdriftsplan og budsjett, bruk av frivillig arbeid og forankring i lokalsamfunnet. Sammenlignet med de andre søknadene vurderer vi at tiltaket i mindre grad bidrar til å nå målene for ordningen. Det er flere søknader enn rammen gir rom for, og andre søknader er derfor prioritert.',
      nn: 'Kommunen har vurdert søknaden etter kriteria for ordninga, mellom anna tydelege og målbare mål, realistisk framdriftsplan og budsjett, bruk av frivillig arbeid og forankring i lokalsamfunnet. Samanlikna med dei andre søknadene vurderer vi at tiltaket i mindre grad bidreg til å nå måla for ordninga. Det er fleire søknader enn ramma gjev rom for, og andre søknader er difor prioriterte.',
    },
  },
  {
    id: 'rammen-brukt-opp',
    label: 'Rammen er brukt opp',
    outcomes: ['avslatt', 'delvis_innvilget'],
    text: {
      nb: 'Kommunens ramme for tilskuddet i {aar} er {ramme}. Søknadene er til sammen større enn rammen, og rammen er brukt opp av søknader som er vurdert høyere. Det er derfor ikke midler igjen til å innvilge det beløpet det er søkt om.',
      nn: 'Ramma kommunen har for tilskotet i {aar}, er {ramme}. Søknadene er til saman større enn ramma, og ramma er brukt opp av søknader som er vurderte høgare. Det er difor ikkje midlar att til å innvilge beløpet det er søkt om.',
    },
  },
];

/**
 * The municipality's own version of a template, kept in settings: with a standard id it replaces
 * that template's title and text (removing it restores the standard); with a new id it is an own one.
 */
export const ReasonTemplateOverrideSchema = z.object({
  id: z
    .string()
    .trim()
    .min(1, { error: 'Malen mangler id' })
    .max(80, { error: 'Id-en kan ha høyst 80 tegn' }),
  label: requiredTextSchema('Tittelen', 120),
  text: z.object({
    nb: requiredTextSchema('Teksten på bokmål', 4000),
    nn: requiredTextSchema('Teksten på nynorsk', 4000),
  }),
  /** For own templates: outcomes it fits. Standard ones keep their own. */
  outcomes: z.array(decisionOutcomeSchema).max(4).optional(),
});
export type ReasonTemplateOverride = z.infer<typeof ReasonTemplateOverrideSchema>;

export const ReasonTemplateOverridesSchema = z
  .array(ReasonTemplateOverrideSchema)
  .max(200, { error: 'Det kan være høyst 200 begrunnelsesmaler' });

const ALL_OUTCOMES: readonly DecisionOutcome[] = decisionOutcomeSchema.options;

export function isDefaultReasonTemplate(id: string): boolean {
  return DEFAULT_REASON_TEMPLATES.some((t) => t.id === id);
}

/** Standard templates with the municipality's edits applied, then its own ones in saved order. */
export function mergeReasonTemplates(overrides: readonly ReasonTemplateOverride[] | undefined): ReasonTemplate[] {
  const byId = new Map((overrides ?? []).map((o) => [o.id, o]));
  const merged: ReasonTemplate[] = DEFAULT_REASON_TEMPLATES.map((t) => {
    const own = byId.get(t.id);
    // The trigger and outcomes stay: they tie the template to the rules, not to its wording.
    return own ? { ...t, label: own.label, text: { ...own.text } } : t;
  });
  for (const own of overrides ?? []) {
    if (isDefaultReasonTemplate(own.id)) continue;
    merged.push({
      id: own.id,
      label: own.label,
      outcomes: own.outcomes && own.outcomes.length > 0 ? own.outcomes : ALL_OUTCOMES,
      text: { ...own.text },
    });
  }
  return merged;
}

/** Saves one template's edit: replaces an override with the same id, or adds it. */
export function upsertReasonOverride(
  overrides: readonly ReasonTemplateOverride[] | undefined,
  edit: ReasonTemplateOverride,
): ReasonTemplateOverride[] {
  const list = [...(overrides ?? [])];
  const at = list.findIndex((o) => o.id === edit.id);
  if (at >= 0) list[at] = edit;
  else list.push(edit);
  return list;
}

/** Resets a standard template (or deletes an own one) by dropping its override. */
export function removeReasonOverride(
  overrides: readonly ReasonTemplateOverride[] | undefined,
  id: string,
): ReasonTemplateOverride[] {
  return (overrides ?? []).filter((o) => o.id !== id);
}

export type ReasonPlaceholders = Partial<Record<'minstebelop' | 'aar' | 'ramme', string>>;

/** Fills {placeholders}; unknown ones stay visible so the officer sees what is missing. */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string | undefined>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

export function reasonText(
  template: ReasonTemplate,
  language: LetterLanguage,
  values: ReasonPlaceholders = {},
): string {
  return fillPlaceholders(template.text[language], values);
}

export function findReasonTemplate(
  id: string,
  templates: readonly ReasonTemplate[] = DEFAULT_REASON_TEMPLATES,
): ReasonTemplate | undefined {
  return templates.find((t) => t.id === id);
}

/** Templates whose screening finding this application has (failed, or for some: needs judgement). */
export function suggestReasonTemplates(
  results: readonly Pick<ScreeningRuleResult, 'rule' | 'result' | 'reason'>[],
  templates: readonly ReasonTemplate[] = DEFAULT_REASON_TEMPLATES,
): ReasonTemplate[] {
  return templates.filter((t) => {
    const trigger = t.trigger;
    if (!trigger) return false;
    const needle = trigger.reasonIncludes.toLowerCase();
    const outcomes = trigger.results ?? ['ikke_bestatt'];
    return results.some(
      (r) => r.rule === trigger.rule && outcomes.includes(r.result) && r.reason.toLowerCase().includes(needle),
    );
  });
}
