// The R6 phrases for costs the grant does not cover; the scheme's other words are in ../vocabulary.
import type { BudgetCategory } from '../application';

/** Budget categories R6 names as not covered, as in "kr 20 000 til investeringer". */
export const EXCLUDED_CATEGORY_LABELS: Partial<Record<BudgetCategory, string>> = {
  investering: 'investeringer',
  anskaffelse: 'anskaffelser',
  drift: 'generell drift av organisasjonen',
  konferanse_offentlig_ansatte: 'konferanser og seminarer for offentlig ansatte',
};
