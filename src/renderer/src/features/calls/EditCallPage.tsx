// Editing a call: the same form, filled in; rules locked once the call is decided.
import { useNavigate, useParams } from 'react-router';
import Alert from '@mui/material/Alert';
import { PageLayout } from '@renderer/components/PageLayout';
import { CenteredProgress } from '@renderer/components/CenteredProgress';
import type { SavedState } from '@renderer/components/form/SavedNotice';
import { areCallRulesEditable, isCallArchived } from '@renderer/domain/workflow';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@renderer/data/db';
import { countOpenApplications, patchRescreens, updateCall } from '@renderer/services/calls';
import { defaultContext } from '@renderer/services/context';
import { appText } from '@renderer/i18n/app';
import { callsText } from '@renderer/i18n/calls';
import { CallForm } from './CallForm';
import { callToFormValues, formValuesToCallInput } from './call-form-values';
import { callPaths } from './call-paths';
import { useCall } from './use-call';
import { CallNotFound } from './CallNotFound';

export function EditCallPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const call = useCall(id);
  // What a rule change would re-screen, so a long save can say so.
  const openApplications = useLiveQuery(() => (id ? countOpenApplications(getDb(), id) : 0), [id]);
  if (call === undefined) return <CenteredProgress label={appText.loading} />;
  if (call === null) return <CallNotFound />;
  if (isCallArchived(call.status)) {
    return (
      <PageLayout title={callsText.editTitle(call.title)}>
        <Alert severity="info">{callsText.archivedNote}</Alert>
      </PageLayout>
    );
  }
  return (
    <PageLayout title={callsText.editTitle(call.title)}>
      <CallForm
        // Keyed by the call so a live update elsewhere never mixes two calls' values.
        key={call.id}
        defaultValues={callToFormValues(call)}
        record={call}
        onSave={(values, readRow, signal) =>
          updateCall(defaultContext(), call.id, formValuesToCallInput(values, call.municipalityId), { readRow }, { signal })
        }
        longSaveNote={(values) =>
          openApplications && patchRescreens(call, formValuesToCallInput(values, call.municipalityId)) ? callsText.savingRescreen(openApplications) : undefined
        }
        onSaved={(saved) => navigate(callPaths.show(saved.id), { state: { saved: callsText.saved } satisfies SavedState })}
        submitLabel={callsText.save}
        cancelTo={callPaths.show(call.id)}
        rulesLocked={!areCallRulesEditable(call.status)}
      />
    </PageLayout>
  );
}
