// Between a stored organisation and the organisation form's values, both ways.
import { formatAccountNumber, formatOrgnr } from '@renderer/domain/identifiers';
import type { Organisation } from '@renderer/domain/organisation';
import type { OrganisationInput } from '@renderer/services/organisations';
import type { OrganisationFormValues } from './organisation-form-schema';

export const EMPTY_ORGANISATION: OrganisationFormValues = {
  orgnr: '',
  name: '',
  kind: 'frivillig',
  registeredInFrivillighetsregisteret: false,
  registryCheckedAt: '',
  address: '',
  contactPerson: '',
  email: '',
  phone: '',
  accountNumber: '',
  boardMembers: '',
};

export function organisationToFormValues(org: Organisation): OrganisationFormValues {
  return {
    orgnr: formatOrgnr(org.orgnr),
    name: org.name,
    kind: org.kind,
    registeredInFrivillighetsregisteret: org.registeredInFrivillighetsregisteret,
    registryCheckedAt: org.registryCheckedAt ?? '',
    address: org.address ?? '',
    contactPerson: org.contactPerson ?? '',
    email: org.email ?? '',
    phone: org.phone ?? '',
    accountNumber: org.accountNumber ? formatAccountNumber(org.accountNumber) : '',
    boardMembers: (org.boardMembers ?? []).join('\n'),
  };
}

/** Blank optional fields become undefined, which clears them on an edit. */
function blankToUndefined(value: string | undefined): string | undefined {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? undefined : trimmed;
}

/** One name per line; blank lines dropped; none at all clears the list. */
function boardMemberList(text: string): string[] | undefined {
  const names = text.split(/\r?\n/).map((n) => n.trim()).filter(Boolean);
  return names.length > 0 ? names : undefined;
}

export function formValuesToOrganisationInput(values: OrganisationFormValues): OrganisationInput {
  return {
    orgnr: values.orgnr,
    name: values.name,
    kind: values.kind,
    registeredInFrivillighetsregisteret: values.registeredInFrivillighetsregisteret,
    registryCheckedAt: blankToUndefined(values.registryCheckedAt),
    address: blankToUndefined(values.address),
    contactPerson: blankToUndefined(values.contactPerson),
    email: blankToUndefined(values.email),
    phone: blankToUndefined(values.phone),
    accountNumber: blankToUndefined(values.accountNumber),
    boardMembers: boardMemberList(values.boardMembers),
  };
}
