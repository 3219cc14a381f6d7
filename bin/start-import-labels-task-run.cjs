#!/usr/bin/env node
'use strict';
require('./run-command.cjs')('start-import-labels-task-run');
