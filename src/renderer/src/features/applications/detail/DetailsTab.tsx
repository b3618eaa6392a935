// Detaljer: the application's facts as a description list.
import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { caseReference } from '@renderer/domain/case-reference';
import { formatDate, formatMoney } from '@renderer/i18n/format';
import {
  detailText,
} from '@renderer/i18n/applications';
import type { ApplicationCase } from './use-application-case';
import { APPLICATION_KIND_LABELS, APPLICATION_LOCATION_LABELS, CALL_STATUS_LABELS, TARGET_GROUP_LABELS, formatOrgnr, subGoalWithLetter } from '@renderer/domain/vocabulary';

const f = detailText.fields;

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <Typography component="dt" variant="body2" color="text.secondary" sx={{ fontWeight: 600 }}>
        {label}
      </Typography>
      <Typography component="dd" sx={{ m: 0, whiteSpace: 'pre-line' }}>
        {children}
      </Typography>
    </>
  );
}

const yesNo = (v: boolean) => (v ? detailText.yes : detailText.no);
const orNone = (v: string | undefined) => (v && v.trim() ? v : detailText.none);

export function DetailsTab({ data }: { data: ApplicationCase }) {
  const { application: a, organisation, call } = data;
  const period =
    a.periodFrom || a.periodTo ? `${formatDate(a.periodFrom)} – ${formatDate(a.periodTo)}` : detailText.none;
  return (
    <Box
      component="dl"
      sx={{ display: 'grid', gridTemplateColumns: { xs: 'minmax(0, 1fr)', sm: '240px 1fr' }, columnGap: 3, rowGap: 1.5, m: 0 }}
    >
      <Item label={f.organisation}>{organisation?.name ?? detailText.none}</Item>
      <Item label={f.orgnr}>{organisation ? formatOrgnr(organisation.orgnr) : detailText.none}</Item>
      <Item label={f.call}>{call ? `${call.title} (${CALL_STATUS_LABELS[call.status]})` : detailText.none}</Item>
      <Item label={f.receivedDate}>{formatDate(a.receivedDate)}</Item>
      {/* What the letters print as «Vår ref.», so an officer can match a quoted reference. */}
      {call ? <Item label={f.caseReference}>{caseReference(call, a.id)}</Item> : null}
      {a.externalId ? <Item label={f.externalId}>{a.externalId}</Item> : null}
      <Item label={f.kind}>{APPLICATION_KIND_LABELS[a.kind]}</Item>
      <Item label={f.subGoals}>{a.subGoals.map((g) => subGoalWithLetter(g)).join('\n')}</Item>
      <Item label={f.targetGroups}>
        {a.targetGroups.length ? a.targetGroups.map((t) => TARGET_GROUP_LABELS[t]).join(', ') : detailText.none}
      </Item>
      <Item label={f.amountApplied}>{formatMoney(a.amountAppliedOre)}</Item>
      <Item label={f.totalBudget}>
        {a.totalBudgetOre !== undefined ? formatMoney(a.totalBudgetOre) : detailText.none}
      </Item>
      <Item label={f.period}>{period}</Item>
      <Item label={f.location}>{APPLICATION_LOCATION_LABELS[a.location]}</Item>
      <Item label={f.imdiSameActivity}>{yesNo(a.imdiSameActivity)}</Item>
      <Item label={f.receptionCentre}>{yesNo(a.receptionCentre)}</Item>
      {a.receptionCentre ? <Item label={f.receptionCentreContact}>{orNone(a.receptionCentreContact)}</Item> : null}
      <Item label={f.volunteers}>{a.volunteersInvolved ?? detailText.none}</Item>
      <Item label={f.partners}>{orNone(a.partners)}</Item>
      <Item label={f.description}>{orNone(a.description)}</Item>
    </Box>
  );
}
