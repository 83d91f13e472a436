// Imported first by every module that builds zod schemas, before it builds any. zod 4 compiles a
// fast parser per object schema with `new Function` when it can, and finds out whether it can by
// trying: under the renderer's CSP (no 'unsafe-eval') that try is reported as a CSP violation,
// even though zod then falls back. Jitless, zod never tries; our payloads are a few small objects
// around big typed arrays (checked by plain loops), so the compiled fast path would buy nothing.
import { z } from 'zod'

z.config({ jitless: true })
