// /soknader/ny and /soknader/:id/rediger: loads what the form picks from, then shows it.
import { useLiveQuery } from 'dexie-react-hooks';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import Alert from '@mui/material/Alert';
import { getDb } from '@renderer/data/db';
import { isApplicationEditable } from '@renderer/domain/workflow';
import { PageLayout } from '@renderer/components/PageLayout';
import { CenteredProgress } from '@renderer/components/CenteredProgress';
import { areaPaths } from '@renderer/components/area-paths';
import type { SavedState } from '@renderer/components/form/SavedNotice';
import { appText } from '@renderer/i18n/app';
import { detailText, formText } from '@renderer/i18n/applications';
import { ApplicationForm } from './ApplicationForm';
import { emptyFormValues, formValuesOf } from './form-schema';

function useFormSources() {
  return useLiveQuery(async () => {
    const db = getDb();
    const [calls, organisations] = await Promise.all([
      db.calls.orderBy('year').reverse().toArray(),
      db.organisations.orderBy('name').toArray(),
    ]);
    return { calls, organisations };
  }, []);
}

export function NewApplicationPage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const sources = useFormSources();
  const open = (id: string) =>
    void navigate(`${areaPaths.applications}/${id}`, { state: { saved: formText.savedNew } satisfies SavedState });
  if (!sources) return <CenteredProgress label={appText.loading} />;
  // One open call (the usual case) or ?utlysning=<id>: pick it for the officer.
  const openCalls = sources.calls.filter((c) => c.status === 'apen');
  const callId = params.get('utlysning') ?? (openCalls.length === 1 ? openCalls[0]!.id : sources.calls.length === 1 ? sources.calls[0]!.id : '');
  return (
    <PageLayout title={formText.newTitle} lead={formText.newLead}>
      <ApplicationForm
        defaultValues={emptyFormValues(callId, params.get('organisasjon') ?? '')}
        calls={sources.calls}
        organisations={sources.organisations}
        cancelTo={areaPaths.applications}
        onSaved={open}
      />
    </PageLayout>
  );
}

export function EditApplicationPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const sources = useFormSources();
  const application = useLiveQuery(async () => (await getDb().applications.get(id)) ?? null, [id]);
  if (!sources || application === undefined) return <CenteredProgress label={appText.loading} />;
  if (application === null) {
    return (
      <PageLayout title={formText.editTitle}>
        <Alert severity="warning">{detailText.notFound}</Alert>
      </PageLayout>
    );
  }
  const back = `${areaPaths.applications}/${id}`;
  return (
    <PageLayout title={formText.editTitle} lead={application.title}>
      {isApplicationEditable(application.status) ? (
        <ApplicationForm
          // Remount when another application is opened, so defaults follow.
          key={application.id}
          defaultValues={formValuesOf(application)}
          calls={sources.calls}
          organisations={sources.organisations}
          application={application}
          cancelTo={back}
          onSaved={() => void navigate(back, { state: { saved: formText.savedChanges } satisfies SavedState })}
        />
      ) : (
        <Alert severity="info">{formText.notEditable}</Alert>
      )}
    </PageLayout>
  );
}
