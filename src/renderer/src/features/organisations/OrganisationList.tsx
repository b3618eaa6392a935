// All organisations, alphabetical, with a search box over name and orgnr.
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link as RouterLink } from 'react-router';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import InputAdornment from '@mui/material/InputAdornment';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import SearchIcon from '@mui/icons-material/Search';
import { getDb } from '@renderer/data/db';
import { formatOrgnr } from '@renderer/domain/identifiers';
import { PageLayout } from '@renderer/components/PageLayout';
import { CenteredProgress } from '@renderer/components/CenteredProgress';
import { appText } from '@renderer/i18n/app';
import { areaText } from '@renderer/i18n/areas';
import { organisationsText as text } from '@renderer/i18n/organisations';
import { organisationPaths } from './organisation-paths';
import { prepareSearch, searchOrganisations } from './organisation-search';
import { RegisterCheckSection } from './RegisterCheckSection';
import { ORGANISATION_KIND_LABELS } from '@renderer/domain/vocabulary';

export function OrganisationList() {
  const organisations = useLiveQuery(() => getDb().organisations.toArray(), []);
  const [query, setQuery] = useState('');
  const searchable = useMemo(() => prepareSearch(organisations ?? []), [organisations]);
  const shown = useMemo(() => searchOrganisations(searchable, query), [searchable, query]);

  return (
    <PageLayout wide title={areaText.organisations.title} lead={text.listLead}>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center', mb: 3 }}>
        <Button component={RouterLink} to={organisationPaths.create} variant="contained" startIcon={<AddIcon />}>
          {text.newOrganisation}
        </Button>
        {organisations && organisations.length > 0 ? (
          <TextField
            type="search"
            size="small"
            label={text.searchLabel}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            sx={{ flex: '1 1 320px', maxWidth: 480 }}
            slotProps={{
              input: {
                startAdornment: (
                  <InputAdornment position="start">
                    <SearchIcon fontSize="small" />
                  </InputAdornment>
                ),
              },
            }}
          />
        ) : null}
      </Box>
      {organisations === undefined ? (
        <CenteredProgress label={appText.loading} />
      ) : organisations.length === 0 ? (
        <Alert severity="info" variant="outlined" sx={{ bgcolor: 'background.paper' }}>
          <AlertTitle>{text.emptyTitle}</AlertTitle>
          {text.emptyBody}
        </Alert>
      ) : (
        <>
          <Typography role="status" color="text.secondary" sx={{ mb: 1 }}>
            {shown.length === 0 ? text.noMatch(query) : text.count(shown.length, organisations.length)}
          </Typography>
          {shown.length > 0 ? (
            <TableContainer component={Paper} variant="outlined">
              <Table aria-label={text.tableLabel}>
                <TableHead>
                  <TableRow>
                    <TableCell>{text.colName}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{text.colOrgnr}</TableCell>
                    <TableCell>{text.colKind}</TableCell>
                    <TableCell>{text.colRegistered}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {shown.map((org) => (
                    <TableRow key={org.id} hover>
                      <TableCell>
                        <Link component={RouterLink} to={organisationPaths.show(org.id)} sx={{ fontWeight: 600 }}>
                          {org.name}
                        </Link>
                      </TableCell>
                      <TableCell sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                        {formatOrgnr(org.orgnr)}
                      </TableCell>
                      <TableCell>{ORGANISATION_KIND_LABELS[org.kind]}</TableCell>
                      <TableCell sx={{ color: org.registeredInFrivillighetsregisteret ? undefined : 'error.main' }}>
                        {org.registeredInFrivillighetsregisteret ? text.registeredYes : text.registeredNo}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
          ) : null}
        </>
      )}
      {organisations && organisations.length > 0 ? (
        <Box sx={{ mt: 3 }}>
          <RegisterCheckSection />
        </Box>
      ) : null}
    </PageLayout>
  );
}
