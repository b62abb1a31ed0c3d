#!/usr/bin/env node
// The `lacuna` command (package.json "bin"). The CLI is TypeScript, run through tsx's loader.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
