// One home for the program's Norwegian words and formats (see terms.ts and format.ts).
export * from './format';
export * from './terms';
export { osloDate, todayInOslo } from '../oslo-date';
export { formatAccountNumber, formatOrgnr } from '../identifiers';
export * from './conflict-grounds';
