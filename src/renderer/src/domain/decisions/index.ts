// Pure rules around decisions: payment plan, deadlines, obligations, reason templates, letterhead.
export * from './deadlines';
export * from './payment-plan';
export * from './obligations';
export * from './reason-templates';
export * from './letterhead';
export * from './letter-kind';
export * from './sha256';
export * from './frame-check';
