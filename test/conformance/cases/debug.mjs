import { BASE } from './common.mjs';

export default [
  // Debug keeps stdout as it is.
  { name: 'debug output', args: [...BASE, '--debug'], compare: 'stdout-rc' },
];
