// The left half of meeting mode: one application's key facts, screening, scores and conflicts.
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { formatDate, formatMoney, formatNumber } from '@renderer/i18n/format';
import { meetingsText as t } from '@renderer/i18n/meetings';
import type { Person } from '@renderer/services/assessment/people';
import type { MeetingItem } from '@renderer/services/meetings/meeting-view';
import { APPLICATION_KIND_LABELS } from '@renderer/domain/vocabulary';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Box sx={{ display: 'contents' }}>
      <Typography component="dt" color="text.secondary" sx={{ fontSize: '1.05rem' }}>
        {label}
      </Typography>
      <Typography component="dd" sx={{ m: 0, fontSize: '1.15rem', fontVariantNumeric: 'tabular-nums' }}>
        {children}
      </Typography>
    </Box>
  );
}

export function ItemFacts({ item, present }: { item: MeetingItem; present: readonly Person[] }) {
  const { application: a, score } = item;
  const conflictedIds = new Set(item.conflicts.map((c) => c.personId));
  const presentIds = new Set(present.map((p) => p.id));
  return (
    <Box>
      <Typography variant="h2" component="h2" sx={{ fontSize: { xs: '1.6rem', xl: '2.1rem' }, fontWeight: 700, mb: 0.5 }}>
        {a.title}
      </Typography>
      <Typography sx={{ fontSize: '1.2rem', mb: 1.5 }} color="text.secondary">
        {item.organisationName} · {item.reference}
        {item.rank ? ` · nr. ${item.rank} i rangeringen` : ''}
      </Typography>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 3, rowGap: 0.5, m: 0 }}>
        <Fact label={t.kind}>{APPLICATION_KIND_LABELS[a.kind]}</Fact>
        <Fact label={t.subGoals}>{a.subGoals.join(', ')}</Fact>
        <Fact label={t.applied}>{formatMoney(a.amountAppliedOre)}</Fact>
        <Fact label={t.proposed}>{formatMoney(item.proposedOre)}</Fact>
        <Fact label={t.received}>{formatDate(a.receivedDate)}</Fact>
        <Fact label={t.screening}>{item.screeningText}</Fact>
        <Fact label={t.scores}>
          {score?.weightedTotal != null ? formatNumber(score.weightedTotal, 2) : '–'}
          {score ? (
            <Box component="span" sx={{ color: 'text.secondary', ml: 1 }}>
              ({t.scoredBy(score.assessorsDone.length, score.assessorsMissing.length)})
            </Box>
          ) : null}
        </Fact>
      </Box>
      <Typography variant="h3" sx={{ fontSize: '1.2rem', fontWeight: 700, mt: 2, mb: 1 }}>
        {t.presentHeading}
      </Typography>
      <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'flex', flexWrap: 'wrap', gap: 1 }}>
        {present.map((p) => {
          const out = conflictedIds.has(p.id);
          return (
            <Box
              component="li"
              key={p.id}
              data-testid={out ? 'not-taking-part' : undefined}
              sx={{
                px: 1.5,
                py: 0.5,
                borderRadius: 1,
                border: 1,
                borderColor: out ? 'warning.main' : 'divider',
                bgcolor: out ? '#fff4e5' : 'transparent',
                color: out ? 'common.black' : 'text.primary',
                fontSize: '1.05rem',
                textDecoration: out ? 'line-through' : 'none',
              }}
            >
              {p.name}
              {out ? <span style={{ textDecoration: 'none', display: 'inline-block', marginLeft: 6 }}>({t.notTakingPart})</span> : null}
            </Box>
          );
        })}
      </Box>
      <Typography variant="h3" sx={{ fontSize: '1.2rem', fontWeight: 700, mt: 2, mb: 0.5 }}>
        {t.conflictsHeading}
      </Typography>
      {item.conflicts.length === 0 ? (
        <Typography color="text.secondary">{t.noConflicts}</Typography>
      ) : (
        item.conflicts.map((c) => (
          <Typography key={c.personId} sx={{ fontSize: '1.05rem' }}>
            <strong>{c.personName}</strong>
            {presentIds.has(c.personId) ? ` – ${t.notTakingPart}` : ` – ${t.notPresent}`}: {c.groundLabel}
            {c.note ? ` (${c.note})` : ''}
          </Typography>
        ))
      )}
    </Box>
  );
}
