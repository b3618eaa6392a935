// /vurdering/mote/:meetingId — meeting mode: a full-window, keyboard-driven view for a projector.
// One agenda item at a time; the frame bar always on top; each keystroke that records a
// recommendation saves it at once (logged), and the item shown is stored on the meeting so that
// reopening resumes there.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import CloseIcon from '@mui/icons-material/Close';
import { oreToKronerText } from '@renderer/components/form/kroner-text';
import { useCurrentSettings } from '@renderer/components/current-settings';
import { CenteredProgress } from '@renderer/components/CenteredProgress';
import { getDb } from '@renderer/data/db';
import type { DecisionOutcome } from '@renderer/domain/decision';
import { reasonText } from '@renderer/domain/decisions/reason-templates';
import { appText } from '@renderer/i18n/app';
import { formatDate, formatMoney, parseKroner } from '@renderer/i18n/format';
import { meetingsText as t, recommendationText } from '@renderer/i18n/meetings';
import { defaultContext } from '@renderer/services/context';
import { needsReason, recordRecommendation, setMeetingPosition } from '@renderer/services/meetings/meetings';
import { loadMeetingView } from '@renderer/services/meetings/meeting-view';
import { useReasonTemplates } from '../../decisions/reason-templates-live';
import { FrameBar } from '../FrameBar';
import { meetingPaths } from '../meeting-paths';
import { messageOf } from '../use-calls';
import { ItemFacts } from './ItemFacts';
import { Kbd, RecommendationPanel } from './RecommendationPanel';

const OUTCOME_KEYS: Record<string, DecisionOutcome> = { i: 'innvilget', d: 'delvis_innvilget', a: 'avslatt', v: 'avvist' };

export function MeetingModePage() {
  const { meetingId = '' } = useParams();
  const navigate = useNavigate();
  const { settings } = useCurrentSettings();
  const templates = useReasonTemplates().slice(0, 9);
  const view = useLiveQuery(() => loadMeetingView(getDb(), meetingId), [meetingId]);
  const [index, setIndex] = useState<number | null>(null);
  const [amountText, setAmountText] = useState('');
  const [reasonDraft, setReasonDraft] = useState('');
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const shownItemId = useRef<string | null>(null);

  // Resume where the meeting stood.
  if (view && index === null) setIndex(Math.min(view.meeting.currentIndex ?? 0, Math.max(0, view.items.length - 1)));
  const item = view && index !== null ? view.items[index] : undefined;

  // A new item on screen: the fields start from its recommendation (or the proposal).
  if (item && shownItemId.current !== item.application.id) {
    shownItemId.current = item.application.id;
    setAmountText(oreToKronerText(item.recommendation?.amountOre ?? item.proposedOre));
    setReasonDraft(item.recommendation?.reason ?? '');
    setStatus(null);
  }

  useEffect(() => {
    document.title = view && index !== null ? `${t.modeTitle(index + 1, view.items.length)} – ${appText.programName}` : appText.programName;
  }, [view, index]);

  const move = useCallback(
    (to: number) => {
      if (!view) return;
      const next = Math.max(0, Math.min(view.items.length - 1, to));
      setIndex(next);
      setMeetingPosition(defaultContext(), meetingId, next).catch((e: unknown) => setStatus({ text: messageOf(e), error: true }));
    },
    [view, meetingId],
  );

  const record = useCallback(
    async (outcome: DecisionOutcome, reason: string) => {
      if (!item) return;
      const amountOre = parseKroner(amountText);
      if (outcome === 'delvis_innvilget' && amountOre === null) {
        setStatus({ text: t.notAnAmount, error: true });
        return;
      }
      try {
        const saved = await recordRecommendation(defaultContext(), meetingId, item.application.id, {
          outcome,
          amountOre: amountOre ?? undefined,
          reason,
        });
        setAmountText(oreToKronerText(saved.amountOre));
        setStatus({ text: `${t.saved}: ${recommendationText[outcome]} · ${formatMoney(saved.amountOre)}`, error: false });
      } catch (e) {
        setStatus({ text: messageOf(e), error: true });
      }
    },
    [item, amountText, meetingId],
  );

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (!view || index === null || e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target as HTMLElement;
      const typing = target.tagName === 'INPUT' || target.tagName === 'TEXTAREA';
      if (typing) {
        if (e.key === 'Escape' || (e.key === 'Enter' && !e.shiftKey)) {
          e.preventDefault();
          target.blur();
          // Enter keeps the committee's choice and saves the edited amount or reason with it.
          if (e.key === 'Enter' && item?.recommendation?.outcome) void record(item.recommendation.outcome, reasonDraft);
        }
        return;
      }
      const key = e.key.toLowerCase();
      if (e.key === 'ArrowRight' || e.key === 'ArrowDown' || e.key === 'PageDown') move(index + 1);
      else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp' || e.key === 'PageUp') move(index - 1);
      else if (e.key === 'Home') move(0);
      else if (e.key === 'End') move(view.items.length - 1);
      else if (OUTCOME_KEYS[key]) void record(OUTCOME_KEYS[key], reasonDraft);
      else if (key === 'b') reasonRef.current?.focus();
      else if (/^[1-9]$/.test(key) && templates[Number(key) - 1]) {
        const text = reasonText(templates[Number(key) - 1]!, settings.letterLanguage, {
          minstebelop: formatMoney(view.call.rules.singleMeasureMinOre),
          aar: String(view.call.year),
          ramme: formatMoney(view.call.budgetFrameOre),
        });
        setReasonDraft(text);
        if (item?.recommendation?.outcome) void record(item.recommendation.outcome, text);
      } else return;
      e.preventDefault();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [view, index, item, move, record, reasonDraft, templates, settings.letterLanguage]);

  if (!view || index === null) return <CenteredProgress label={appText.loading} />;

  return (
    <Box
      data-testid="meeting-mode"
      sx={{
        position: 'fixed',
        inset: 0,
        zIndex: (theme) => theme.zIndex.modal - 1,
        bgcolor: 'background.default',
        display: 'grid',
        gridTemplateRows: 'auto auto 1fr auto',
        overflow: 'hidden',
        // Larger on a projector-sized screen: everything scales, the layout stays as at 1366 px.
        zoom: { xs: 1, xl: 1.25 },
      }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 3, px: 4, py: 1.5, borderBottom: 1, borderColor: 'divider', bgcolor: 'background.paper' }}>
        <Typography variant="h1" sx={{ fontSize: '1.35rem', fontWeight: 700, flex: 1 }}>
          {view.call.title} · {formatDate(view.meeting.date)}
          {view.meeting.place ? ` · ${view.meeting.place}` : ''}
        </Typography>
        <Typography data-testid="item-position" sx={{ fontSize: '1.3rem', fontWeight: 700, fontVariantNumeric: 'tabular-nums' }}>
          {view.items.length ? t.item(index + 1, view.items.length) : ''}
        </Typography>
        <Button variant="outlined" startIcon={<CloseIcon />} onClick={() => void navigate(meetingPaths.ranking(view.call.id))}>
          {t.leave}
        </Button>
      </Box>
      <Box sx={{ px: 4, py: 1.5, borderBottom: 1, borderColor: 'divider', bgcolor: 'background.paper' }}>
        <FrameBar budget={view.budget} large label={t.frameBarLabel} />
      </Box>
      <Box sx={{ overflow: 'auto', px: 4, py: 3, display: 'grid', gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: '3fr 2fr' }, gap: 5, alignContent: 'start' }}>
        {item ? (
          <>
            <ItemFacts item={item} present={view.present} />
            <RecommendationPanel
              recommendation={item.recommendation}
              reasonMissing={item.recommendation ? needsReason(item.recommendation, item.application.amountAppliedOre) : false}
              amountText={amountText}
              reasonText={reasonDraft}
              templateLabels={templates.map((tpl) => tpl.label)}
              status={status}
              onAmountText={setAmountText}
              onReasonText={setReasonDraft}
              reasonRef={reasonRef}
            />
          </>
        ) : null}
      </Box>
      <Box component="section" aria-label={t.keysHeading} sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 3, rowGap: 0.5, px: 4, py: 1.25, borderTop: 1, borderColor: 'divider', bgcolor: 'background.paper', fontSize: '1rem' }}>
        {t.keys.map(([key, what]) => (
          <span key={key}>
            <Kbd>{key}</Kbd>
            {what}
          </span>
        ))}
      </Box>
    </Box>
  );
}
