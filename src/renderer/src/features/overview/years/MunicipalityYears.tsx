// «Over årene» on Oversikt: the municipality's applied, granted, paid and repaid per year.
import { useRead } from '../use-overview-data';
import { getDb } from '@renderer/data/db';
import { CenteredProgress } from '@renderer/components/CenteredProgress';
import { overviewFiguresText as t } from '@renderer/i18n/overview-figures';
import { getMunicipalityYears } from '@renderer/services/queries/overview-figures/years';
import { FigureCard } from '../charts/FigureCard';
import { yearFigure } from './year-figure-data';

export function MunicipalityYears() {
  const rows = useRead('municipality-years', () => getMunicipalityYears(getDb()));
  if (!rows) return <CenteredProgress label={t.loadingFigures} />;
  if (rows.length === 0) return null;
  return <FigureCard title={t.yearsTitle} lead={t.yearsLead} data={yearFigure(rows)} categoryHeader={t.year} height={300} headingLevel="h2" />;
}

