// The conformance cases: each runs the reference and this tool with the same arguments, files and
// environment against a fresh loopback emulator. {E} is the emulator's URL, {HOME} and {CWD} the case's
// home and working folders. `differs` lists where this tool deliberately differs (see README), with the
// value it must produce instead; everything not listed must match the recorded golden exactly.
// The cases are split by area, one file each under cases/; this file joins them in a fixed order.

import argparse from './cases/argparse.mjs';
import argumentParsing from './cases/arguments.mjs';
import cliInput from './cases/cli-input.mjs';
import configFiles from './cases/config-files.mjs';
import credentialSources from './cases/credential-sources.mjs';
import credentialsProfiles from './cases/credentials-profiles.mjs';
import debug from './cases/debug.mjs';
import endpointsRegions from './cases/endpoints-regions.mjs';
import errorBodies from './cases/error-bodies.mjs';
import getMlTaskRun from './cases/get-ml-task-run.mjs';
import inputsAndUrls from './cases/inputs-and-urls.mjs';
import jmespathFunctions from './cases/jmespath-functions.mjs';
import outputShapes from './cases/output-shapes.mjs';
import outputSources from './cases/output-sources.mjs';
import paramfiles from './cases/paramfiles.mjs';
import proxies from './cases/proxies.mjs';
import queryErrors from './cases/query-errors.mjs';
import queryGrammar from './cases/query-grammar.mjs';
import serviceErrors from './cases/service-errors.mjs';
import skeletons from './cases/skeletons.mjs';
import transport from './cases/transport.mjs';
import yamlInputTypes from './cases/yaml-input-types.mjs';
import yamlOutput from './cases/yaml-output.mjs';

const cases = [
  ...outputShapes,
  ...outputSources,
  ...yamlOutput,
  ...argumentParsing,
  ...argparse,
  ...paramfiles,
  ...inputsAndUrls,
  ...cliInput,
  ...yamlInputTypes,
  ...skeletons,
  ...queryErrors,
  ...queryGrammar,
  ...endpointsRegions,
  ...credentialsProfiles,
  ...credentialSources,
  ...serviceErrors,
  ...errorBodies,
  ...transport,
  ...proxies,
  ...configFiles,
  ...jmespathFunctions,
  ...debug,
  ...getMlTaskRun,
];

export default cases;
