/** Entry of the import benchmark in a process of its own (scripts/bench/main.ts starts it). */
import { importBench } from './import';

await importBench({ big: process.argv.includes('--big') });
