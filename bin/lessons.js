#!/usr/bin/env node
import { run } from '../dist/cli/lessons.mjs';

process.exitCode = await run();
