/** Worker entry for `analyzeParallel` when run from source (the CLI bundle's own entry does the same). */
import { runPartWorker } from './parallel';

runPartWorker();
