// Runs the TypeScript benchmark through Vite's module runner (Node 20 cannot run TypeScript itself).
import { runnerImport } from 'vite';

const { module } = await runnerImport('./tests/bench/bench.ts');
await module.main();
