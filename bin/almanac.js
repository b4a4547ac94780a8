#!/usr/bin/env node
import '../dist/almanac.js';
