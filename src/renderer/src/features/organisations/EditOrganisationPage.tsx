// Editing an organisation: the same form, filled in.
import { useNavigate, useParams } from 'react-router';
import { PageLayout } from '@renderer/components/PageLayout';
import { CenteredProgress } from '@renderer/components/CenteredProgress';
import type { SavedState } from '@renderer/components/form/SavedNotice';
import { updateOrganisation } from '@renderer/services/organisations';
import { defaultContext } from '@renderer/services/context';
import { appText } from '@renderer/i18n/app';
import { organisationsText } from '@renderer/i18n/organisations';
import { OrganisationForm } from './OrganisationForm';
import { OrganisationNotFound } from './OrganisationNotFound';
import { formValuesToOrganisationInput, organisationToFormValues } from './organisation-form-values';
import { organisationPaths } from './organisation-paths';
import { useOrganisation } from './use-organisation';

export function EditOrganisationPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const organisation = useOrganisation(id);
  if (organisation === undefined) return <CenteredProgress label={appText.loading} />;
  if (organisation === null) return <OrganisationNotFound />;
  return (
    <PageLayout title={organisationsText.editTitle(organisation.name)}>
      <OrganisationForm
        key={organisation.id}
        defaultValues={organisationToFormValues(organisation)}
        record={organisation}
        onSave={(values, readRow) =>
          updateOrganisation(defaultContext(), organisation.id, formValuesToOrganisationInput(values), { readRow })
        }
        onSaved={(org) =>
          navigate(organisationPaths.show(org.id), { state: { saved: organisationsText.saved } satisfies SavedState })
        }
        submitLabel={organisationsText.save}
        cancel={organisationPaths.show(organisation.id)}
      />
    </PageLayout>
  );
}
