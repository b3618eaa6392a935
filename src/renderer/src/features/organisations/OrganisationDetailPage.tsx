// One organisation: its facts (orgnr, registry status, contact, account) and its history.
import type { ReactNode } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import WarningIcon from '@mui/icons-material/WarningAmberOutlined';
import EditIcon from '@mui/icons-material/EditOutlined';
import { formatAccountNumber, formatOrgnr } from '@renderer/domain/identifiers';
import type { Organisation } from '@renderer/domain/organisation';
import { PageLayout } from '@renderer/components/PageLayout';
import { CenteredProgress } from '@renderer/components/CenteredProgress';
import { FactList } from '@renderer/components/form/FactList';
import { boardMembersText } from '@renderer/i18n/assessment';
import { SavedNotice } from '@renderer/components/form/SavedNotice';
import { appText } from '@renderer/i18n/app';
import { formatDate } from '@renderer/i18n/format';
import { organisationsText as text } from '@renderer/i18n/organisations';
import { registerCheckText as registerText } from '@renderer/i18n/register-check';
import { OrganisationHistory } from './OrganisationHistory';
import { OrganisationYears } from '@renderer/features/overview/years/OrganisationYears';
import { OrganisationNotFound } from './OrganisationNotFound';
import { organisationPaths } from './organisation-paths';
import { useOrganisation } from './use-organisation';
import { ORGANISATION_KIND_LABELS } from '@renderer/domain/vocabulary';

function Panel({ title, lead, children }: { title: string; lead?: string; children: ReactNode }) {
  return (
    <Card component="section" sx={{ mb: 3 }}>
      <CardContent sx={{ p: { xs: 2, sm: 3 } }}>
        <Typography variant="h2" sx={{ mb: lead ? 0.5 : 2 }}>
          {title}
        </Typography>
        {lead ? (
          <Typography color="text.secondary" sx={{ mb: 2 }}>
            {lead}
          </Typography>
        ) : null}
        {children}
      </CardContent>
    </Card>
  );
}

function registryText(org: Organisation): string {
  const status = org.registeredInFrivillighetsregisteret ? text.registeredYes : text.registeredNo;
  return org.registryCheckedAt ? `${status}, ${text.checkedOn(formatDate(org.registryCheckedAt))}` : status;
}

/** Where the R1 answer came from; without a check date nobody has checked it (e.g. imported). */
function registrySourceText(org: Organisation): string {
  if (org.registrySource === 'enhetsregisteret' && org.registryFileDate) {
    return registerText.sourceRegister(formatDate(org.registryFileDate));
  }
  return org.registryCheckedAt ? registerText.sourceManual(formatDate(org.registryCheckedAt)) : registerText.sourceUnchecked;
}

function RegisterFlags({ org }: { org: Organisation }) {
  const flags = [org.bankrupt ? registerText.bankruptChip : '', org.windingUp ? registerText.windingUpChip : ''].filter(Boolean);
  if (flags.length === 0) return null;
  return (
    <>
      {flags.map((label) => (
        <Tooltip key={label} title={registerText.flagTooltip}>
          <Chip color="warning" icon={<WarningIcon />} label={label} />
        </Tooltip>
      ))}
    </>
  );
}

function facts(org: Organisation): [string, string][] {
  const orNot = (value: string | undefined) => (value && value.trim() !== '' ? value : text.notGiven);
  return [
    [text.orgnr, formatOrgnr(org.orgnr)],
    [text.kind, ORGANISATION_KIND_LABELS[org.kind]],
    [text.sectionRegistry, registryText(org)],
    [registerText.sourceLabel, registrySourceText(org)],
    [text.contactPerson, orNot(org.contactPerson)],
    [text.email, orNot(org.email)],
    [text.phone, orNot(org.phone)],
    [text.address, orNot(org.address)],
    [text.accountNumber, org.accountNumber ? formatAccountNumber(org.accountNumber) : text.notGiven],
    [boardMembersText.label, org.boardMembers?.length ? org.boardMembers.join(', ') : text.notGiven],
  ];
}

export function OrganisationDetailPage() {
  const { id } = useParams();
  const organisation = useOrganisation(id);
  if (organisation === undefined) return <CenteredProgress label={appText.loading} />;
  if (organisation === null) return <OrganisationNotFound />;
  return (
    <PageLayout title={organisation.name}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap', mt: -1.5, mb: 3 }}>
        <Typography color="text.secondary" sx={{ fontVariantNumeric: 'tabular-nums' }}>
          {text.colOrgnr} {formatOrgnr(organisation.orgnr)} · {ORGANISATION_KIND_LABELS[organisation.kind]}
        </Typography>
        <RegisterFlags org={organisation} />
        <Box sx={{ flexGrow: 1 }} />
        <Button component={RouterLink} to={organisationPaths.edit(organisation.id)} variant="outlined" startIcon={<EditIcon />}>
          {text.edit}
        </Button>
      </Box>
      <Panel title={text.facts}>
        <FactList items={facts(organisation)} />
      </Panel>
      <Panel title={text.historyTitle} lead={text.historyLead}>
        <OrganisationHistory organisationId={organisation.id} />
      </Panel>
      <OrganisationYears organisationId={organisation.id} />
      <SavedNotice />
    </PageLayout>
  );
}
