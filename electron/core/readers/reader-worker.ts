import { reads } from '../handlers/reads.ts';
import { serveReads } from './serve.ts';

/** Entry of a reader worker thread (built as out/main/reader-worker.js next to main). */
serveReads(reads);
