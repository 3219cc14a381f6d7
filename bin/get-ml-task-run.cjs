#!/usr/bin/env node
'use strict';
require('./run-command.cjs')('get-ml-task-run');
