/** An error whose message is written for the user (bokmål) and goes to the renderer unchanged. */
export class UserFacingError extends Error {
  override name = 'UserFacingError';
}
