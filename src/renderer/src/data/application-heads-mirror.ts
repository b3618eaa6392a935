// Keeps `applicationHeads` (schema v18) in step with `applications` in every write: see slim-mirror.ts.
import type { Application } from '@renderer/domain/application';
import { applicationHeadOf } from '@renderer/domain/application-head';
import { slimMirror } from './slim-mirror';

export const applicationHeadsMirror = slimMirror({
  name: 'ApplicationHeadsMirror',
  source: 'applications',
  mirror: 'applicationHeads',
  slimOf: (application: Application) => applicationHeadOf(application),
});
