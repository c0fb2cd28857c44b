#!/usr/bin/env node
// Runs the TypeScript CLI on plain Node 20: tsx's loader compiles detectors/*.ts on the fly.
import { register } from 'tsx/esm/api';

register();
const { main } = await import(new URL('../detectors/cli.ts', import.meta.url).href);
process.exitCode = await main(process.argv.slice(2));
