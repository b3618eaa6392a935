// «Å gjøre»: what waits on the officer in one call, each count linking to the list it counts.
// Items with nothing waiting fold away behind one calm line, so an empty program looks at rest.
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import { CALL_STATUS_LABELS } from '@renderer/domain/vocabulary';
import { overviewFiguresText as figuresText } from '@renderer/i18n/overview-figures';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import CheckIcon from '@mui/icons-material/CheckCircleOutlined';
import { CenteredProgress } from '@renderer/components/CenteredProgress';
import type { Call } from '@renderer/domain/call';
import { overviewText as t } from '@renderer/i18n/overview';
import type { CallTodo } from '@renderer/services/queries/overview/todo';
import { todoItems, type TodoItem } from './todo-items';

function TodoRow({ item, quiet }: { item: TodoItem; quiet: boolean }) {
  return (
    <Box component="li" data-testid={`todo-${item.key}`} sx={{ display: 'flex', gap: 2, alignItems: 'baseline', py: 1.25, borderTop: 1, borderColor: 'divider' }}>
      <Typography
        component="span"
        data-testid="todo-count"
        sx={{ minWidth: '3ch', textAlign: 'right', fontWeight: 700, fontSize: quiet ? '1rem' : '1.5rem', fontVariantNumeric: 'tabular-nums', color: quiet ? 'text.secondary' : 'text.primary' }}
      >
        {item.count}
      </Typography>
      <Box>
        <Link component={RouterLink} to={item.to} underline="hover" sx={{ fontWeight: quiet ? 400 : 600 }}>
          {item.title}
        </Link>
        {quiet ? null : (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.25 }}>
            {item.why}
          </Typography>
        )}
      </Box>
    </Box>
  );
}

interface TodoSectionProps {
  calls: readonly Call[];
  callId: string | undefined;
  onCallChange: (id: string) => void;
  todo: CallTodo | undefined;
}

export function TodoSection({ calls, callId, onCallChange, todo }: TodoSectionProps) {
  const [showQuiet, setShowQuiet] = useState(false);
  const items = todo && todo.callId === callId ? todoItems(todo) : undefined;
  const waiting = items?.filter((i) => i.count > 0) ?? [];
  const quiet = items?.filter((i) => i.count === 0) ?? [];
  return (
    <Paper component="section" variant="outlined" aria-labelledby="todo-title" sx={{ p: 2.5 }}>
      <Typography id="todo-title" variant="h2" sx={{ mb: 2 }}>
        {t.todoTitle}
      </Typography>
      {calls.length === 0 ? (
        <Typography color="text.secondary">{t.todoNoCalls}</Typography>
      ) : (
        <>
          <TextField select size="small" label={t.todoCall} value={callId ?? ''} onChange={(e) => onCallChange(e.target.value)} sx={{ minWidth: { xs: 0, sm: 280 }, maxWidth: '100%', mb: 2 }}>
            {calls.map((c) => (
              <MenuItem key={c.id} value={c.id}>
                {figuresText.callOption(c.year, c.title, CALL_STATUS_LABELS[c.status])}
              </MenuItem>
            ))}
          </TextField>
          {items === undefined ? (
            <CenteredProgress label={t.todoLoading} />
          ) : (
            <>
              {waiting.length === 0 ? (
                <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', py: 1 }}>
                  <CheckIcon color="success" aria-hidden="true" />
                  <Typography>{t.todoNothing}</Typography>
                </Box>
              ) : (
                <Box component="ul" aria-label={t.todoTitle} sx={{ listStyle: 'none', p: 0, m: 0 }}>
                  {waiting.map((item) => (
                    <TodoRow key={item.key} item={item} quiet={false} />
                  ))}
                </Box>
              )}
              {quiet.length > 0 ? (
                <>
                  <Button size="small" aria-expanded={showQuiet} aria-controls="todo-quiet" onClick={() => setShowQuiet((v) => !v)} sx={{ mt: 1 }}>
                    {t.todoQuiet(quiet.length)}
                  </Button>
                  <Box component="ul" id="todo-quiet" hidden={!showQuiet} sx={{ listStyle: 'none', p: 0, m: 0 }}>
                    {quiet.map((item) => (
                      <TodoRow key={item.key} item={item} quiet />
                    ))}
                  </Box>
                </>
              ) : null}
            </>
          )}
        </>
      )}
    </Paper>
  );
}
