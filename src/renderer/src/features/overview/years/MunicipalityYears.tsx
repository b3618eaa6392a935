// «Over årene» on Oversikt: the municipality's applied, granted, paid and repaid per year, summed in
// Oversikt's worker from every decision, payment and repayment of the years.
import { useRead } from '../use-overview-data';
import { getDb } from '@renderer/data/db';
import { CenteredProgress } from '@renderer/components/CenteredProgress';
import { overviewFiguresText as t } from '@renderer/i18n/overview-figures';
import { readOverview } from '@renderer/services/queries/overview-reads/client';
import { FigureCard } from '../charts/FigureCard';
import { yearFigure } from './year-figure-data';

export function MunicipalityYears() {
  const rows = useRead('municipality-years', () => readOverview(getDb(), { kind: 'years' }));
  if (!rows) return <CenteredProgress label={t.loadingFigures} />;
  if (rows.length === 0) return null;
  return <FigureCard title={t.yearsTitle} lead={t.yearsLead} data={yearFigure(rows)} categoryHeader={t.year} height={300} headingLevel="h2" />;
}

