// The IMDi report's rows, as services collect them.
export type * from '@renderer/domain/imdi-export';
