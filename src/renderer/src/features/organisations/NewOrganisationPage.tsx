// "Ny organisasjon": register an applicant, then show its page.
import { useNavigate } from 'react-router';
import { PageLayout } from '@renderer/components/PageLayout';
import type { SavedState } from '@renderer/components/form/SavedNotice';
import { createOrganisation } from '@renderer/services/organisations';
import { defaultContext } from '@renderer/services/context';
import { organisationsText } from '@renderer/i18n/organisations';
import { OrganisationForm } from './OrganisationForm';
import { EMPTY_ORGANISATION, formValuesToOrganisationInput } from './organisation-form-values';
import { organisationPaths } from './organisation-paths';

export function NewOrganisationPage() {
  const navigate = useNavigate();
  return (
    <PageLayout title={organisationsText.newTitle} lead={organisationsText.newLead}>
      <OrganisationForm
        defaultValues={EMPTY_ORGANISATION}
        onSave={(values) => createOrganisation(defaultContext(), formValuesToOrganisationInput(values))}
        onSaved={(org) =>
          navigate(organisationPaths.show(org.id), { state: { saved: organisationsText.created } satisfies SavedState })
        }
        submitLabel={organisationsText.create}
        cancel={organisationPaths.list}
      />
    </PageLayout>
  );
}
