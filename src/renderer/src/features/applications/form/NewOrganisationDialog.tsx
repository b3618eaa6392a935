// «Registrer en ny organisasjon» from the application form: the organisation form in a dialog, so
// what is typed in the application stays; the new organisation is saved and handed back to be chosen.
import { useId } from 'react';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import type { Organisation } from '@renderer/domain/organisation';
import { createOrganisation } from '@renderer/services/organisations';
import { defaultContext } from '@renderer/services/context';
import { formText } from '@renderer/i18n/applications';
import { organisationsText } from '@renderer/i18n/organisations';
import { OrganisationForm } from '../../organisations/OrganisationForm';
import { EMPTY_ORGANISATION, formValuesToOrganisationInput } from '../../organisations/organisation-form-values';

interface Props {
  onCreated: (organisation: Organisation) => void;
  onClose: () => void;
}

export function NewOrganisationDialog({ onCreated, onClose }: Props) {
  const titleId = useId();
  return (
    // Only «Avbryt» closes it: a stray click or Escape must not throw away what was typed.
    <Dialog open aria-labelledby={titleId} fullWidth maxWidth="md" scroll="body">
      <DialogTitle id={titleId} variant="h2" component="h2">
        {formText.createOrganisation}
      </DialogTitle>
      <DialogContent>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {organisationsText.newLead}
        </Typography>
        <OrganisationForm
          inDialog
          defaultValues={EMPTY_ORGANISATION}
          onSave={(values) => createOrganisation(defaultContext(), formValuesToOrganisationInput(values))}
          onSaved={onCreated}
          submitLabel={organisationsText.create}
          cancel={onClose}
        />
      </DialogContent>
    </Dialog>
  );
}
