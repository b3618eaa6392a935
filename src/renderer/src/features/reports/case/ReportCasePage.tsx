// /rapportering/:decisionId: one grant's report (facts, checklist, approval, files, reminders) and
// its repayment claims.
import { useCallback, useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { SavedMessage } from '@renderer/components/form/SavedNotice';
import { PageLayout } from '@renderer/components/PageLayout';
import { CenteredProgress } from '@renderer/components/CenteredProgress';
import { FactList } from '@renderer/components/form/FactList';
import { formatDate, formatMoney } from '@renderer/i18n/format';
import { areaText } from '@renderer/i18n/areas';
import { reportsText as t } from '@renderer/i18n/reports';
import { AttachmentsSection } from '../../attachments/AttachmentsSection';
import { reportPaths } from '../report-paths';
import { ReportStatusLabel } from '../Tone';
import { useReportRows } from '../use-report-rows';
import { ReportChecklist } from './ReportChecklist';
import { ReportApproval } from './ReportApproval';
import { ReminderList } from './ReminderList';
import { RepaymentSection } from './RepaymentSection';
import { formatOrgnr } from '@renderer/domain/vocabulary';

export function ReportCasePage() {
  const { decisionId = '' } = useParams();
  const rows = useReportRows([decisionId]);
  const [notice, setNotice] = useState<string | null>(null);
  const onNotice = useCallback((m: string) => m && setNotice(m), []);
  if (rows === undefined) return <CenteredProgress label={t.loading} />;
  const row = rows.find((r) => r.decision.id === decisionId);
  const back = (
    <Link component={RouterLink} to={reportPaths.list} sx={{ display: 'inline-block', mb: 2 }}>
      {t.back}
    </Link>
  );
  if (!row) {
    return (
      <PageLayout title={areaText.reports.title}>
        {back}
        <Alert severity="warning">{t.notFound}</Alert>
      </PageLayout>
    );
  }
  const threshold = row.call.rules.auditThresholdOre;
  return (
    <PageLayout title={t.caseTitle(row.application.title)}>
      {back}
      <Box component="section" aria-labelledby="tilskuddet" sx={{ mb: 4 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 1.5 }}>
          <Typography id="tilskuddet" variant="h2">
            {t.facts}
          </Typography>
          <ReportStatusLabel status={row.status} />
        </Box>
        <FactList
          items={[
            [t.factOrganisation, `${row.organisationName} (${formatOrgnr(row.orgnr)})`],
            [t.factCall, `${row.call.title} (${row.call.year})`],
            [t.factGranted, formatMoney(row.decision.amountGrantedOre)],
            [t.factPaid, formatMoney(row.paidOre)],
            [t.factDue, formatDate(row.dueDate)],
            [t.factAudit, row.auditRequired ? t.auditRequired(threshold) : t.auditNotRequired(threshold)],
          ]}
        />
      </Box>
      {/* Keyed by the row's version so the form starts from what is stored after every save. */}
      <ReportChecklist key={row.report?.updatedAt ?? 'ny'} row={row} onNotice={onNotice} />
      <Box sx={{ mb: 4 }}>
        {row.report ? (
          // An approved report keeps the files it was approved on.
          <AttachmentsSection ownerTable="reports" ownerId={row.report.id} headingComponent="h2" readOnly={row.report.approved} />
        ) : (
          <Typography color="text.secondary">{t.attachmentsFirst}</Typography>
        )}
      </Box>
      <ReportApproval key={`g-${row.report?.updatedAt ?? 'ny'}`} row={row} onNotice={onNotice} />
      <ReminderList row={row} onNotice={onNotice} />
      <RepaymentSection row={row} onNotice={onNotice} />
      <SavedMessage message={notice ?? undefined} onClose={() => setNotice(null)} />
    </PageLayout>
  );
}
