// The disclosure that keeps technical detail (versions, checksums, row counts) out of the officer's way.
export const technicalText = {
  heading: 'Teknisk informasjon',
} as const;
