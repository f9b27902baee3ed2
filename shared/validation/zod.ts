/**
 * The one place the app gets zod from. The renderer's Content-Security-Policy forbids eval,
 * and zod's fast path compiles validators with `new Function`, so zod must be told to stay
 * jitless before any schema runs. Import `z` from here, never from 'zod' directly.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
