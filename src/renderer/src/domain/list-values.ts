// The values of the enums the applications list filters on, without zod: the list is the page the
// program most often opens on, and building the domain's zod schemas there costs start-up time.
// The schemas in application.ts, call.ts and organisation.ts are built from these lists.

export const APPLICATION_STATUSES = ['mottatt', 'under_behandling', 'vurdert', 'vedtatt', 'avsluttet', 'trukket'] as const;
export const SUB_GOALS = ['A', 'B', 'C'] as const;
export const ORGANISATION_KINDS = ['frivillig', 'innvandrerorganisasjon'] as const;
