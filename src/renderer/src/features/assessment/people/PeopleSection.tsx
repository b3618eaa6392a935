// Innstillinger › Vurderere: the committee members and officers who assess, added, edited and
// made inactive here (never deleted: their scores and conflicts stay on record).
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import { getDb } from '@renderer/data/db';
import { listPeople, type Person } from '@renderer/services/assessment/people';
import { ROLE_TEXT, peopleText as t } from '@renderer/i18n/assessment';
import { visuallyHidden } from '../visually-hidden';
import { PersonDialog } from './PersonDialog';

export function PeopleSection() {
  const people = useLiveQuery(() => listPeople(getDb()), []);
  const [editing, setEditing] = useState<Person | 'new' | null>(null);
  return (
    <Card component="section" aria-labelledby="people-title">
      <CardContent sx={{ p: 3 }}>
        <Typography id="people-title" variant="h2" sx={{ mb: 1.5 }}>
          {t.title}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {t.lead}
        </Typography>
        {people && people.length > 0 ? (
          <Table size="small" aria-labelledby="people-title" sx={{ mb: 2 }}>
            <TableHead>
              <TableRow>
                <TableCell>{t.name}</TableCell>
                <TableCell>{t.role}</TableCell>
                <TableCell>{t.status}</TableCell>
                <TableCell>
                  <Box component="span" sx={visuallyHidden}>{t.edit}</Box>
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {people.map((p) => (
                <TableRow key={p.id}>
                  <TableCell sx={{ color: p.active ? undefined : 'text.secondary' }}>{p.name}</TableCell>
                  <TableCell>{ROLE_TEXT[p.role]}</TableCell>
                  <TableCell>{p.active ? t.active : t.inactive}</TableCell>
                  <TableCell align="right">
                    <Button size="small" onClick={() => setEditing(p)} aria-label={t.editFor(p.name)}>
                      {t.edit}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : people ? (
          <Typography sx={{ mb: 2 }}>{t.none}</Typography>
        ) : null}
        <Button variant="outlined" startIcon={<AddIcon />} onClick={() => setEditing('new')}>
          {t.add}
        </Button>
      </CardContent>
      {editing ? <PersonDialog person={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} /> : null}
    </Card>
  );
}
