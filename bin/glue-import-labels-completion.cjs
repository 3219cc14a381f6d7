#!/usr/bin/env node
'use strict';
// Shell completion: the script for bash, zsh or fish, and the profile names the scripts ask for.
require('../dist/completion.cjs');
