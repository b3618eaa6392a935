// Imported first by the page bundle: zod decides whether to compile its checks when a schema is
// built, and the program's page forbids eval (CSP), so this bundle's zod must know before that.
import { z } from 'zod';

z.config({ jitless: true });
