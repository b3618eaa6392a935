// What the screening reads: the application with its organisation and call.
import type { Application } from '../application';
import type { Call } from '../call';
import type { Organisation } from '../organisation';

export interface ScreeningInput {
  application: Application;
  organisation: Organisation;
  call: Call;
  /**
   * The organisation's other applications in the same call that count against a local
   * `maxApplicationsPerOrganisation`. Left out → the limit is not checked. The screening service
   * counts only those received before this one, so the first ones within the limit pass.
   */
  otherApplicationsByOrganisationInCall?: number;
}
