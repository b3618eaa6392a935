// "Ny utlysning": a blank call with the 2020 rules, saved as a draft, then shown on its page.
import { useNavigate } from 'react-router';
import { PageLayout } from '@renderer/components/PageLayout';
import { useCurrentSettings } from '@renderer/components/current-settings';
import type { SavedState } from '@renderer/components/form/SavedNotice';
import { createCall } from '@renderer/services/calls';
import { defaultContext } from '@renderer/services/context';
import { callsText } from '@renderer/i18n/calls';
import { CallForm } from './CallForm';
import { formValuesToCallInput, newCallFormValues } from './call-form-values';
import { callPaths } from './call-paths';

export function NewCallPage() {
  const navigate = useNavigate();
  const { settings } = useCurrentSettings();
  return (
    <PageLayout title={callsText.newTitle} lead={callsText.newLead}>
      <CallForm
        defaultValues={newCallFormValues(new Date().getFullYear())}
        onSave={(values) => createCall(defaultContext(), formValuesToCallInput(values, settings.municipalityId))}
        onSaved={(call) => navigate(callPaths.show(call.id), { state: { saved: callsText.created } satisfies SavedState })}
        submitLabel={callsText.create}
        cancelTo={callPaths.list}
      />
    </PageLayout>
  );
}
