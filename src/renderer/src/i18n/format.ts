// The formats live in domain/vocabulary (one definition for domain, documents and UI); this path
// stays so the UI's existing imports keep working.
export { formatDate, formatMoney, formatNumber, formatTimestamp, NBSP, parseKroner } from '@renderer/domain/vocabulary/format';
