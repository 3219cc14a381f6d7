import { BASE, OUTPUT_OFF_CHOICE } from './common.mjs';

// argparse's rules as aws-cli's three parsers (global, service, operation) apply them: `--`, the
// optional `help` positional, the order of unknown options, the version action.
const FLAGS = ['--transform-id', 't', '--input-s3-path', 's3://b/k'];

export default [
  { name: 'argparse double dash at the end', args: [...BASE, '--'] },
  {
    name: 'argparse double dash before a required flag',
    args: ['--transform-id', 't', '--', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'],
  },
  {
    name: 'argparse double dash as a value',
    args: ['--transform-id', '--', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'],
  },
  { name: 'argparse double dash after global options only', args: ['--endpoint-url', '{E}', '--', ...FLAGS] },
  { name: 'argparse double dash then a stray word', args: [...BASE, '--', 'extra'] },
  { name: 'argparse double dash then help', args: [...BASE, '--', 'help'], compare: 'rc' },
  { name: 'argparse word before double dash', args: [...BASE, 'foo', '--', 'bar'] },
  { name: 'argparse query given double dash', args: [...BASE, '--query', '--'] },
  {
    name: 'argparse help as a value is sent',
    args: ['--transform-id', 'help', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'],
  },
  { name: 'argparse help as a query value', args: [...BASE, '--query', 'help'] },
  { name: 'argparse help before a bad option', args: ['help', '--bogus'] },
  { name: 'argparse stray word listed after unknown options', args: [...BASE, 'foo', '--bogus'] },
  { name: 'argparse two stray words', args: [...BASE, 'a', 'b'] },
  { name: 'argparse version before a bad choice', args: ['--version', '--output', 'xml'], compare: 'rc' },
  { name: 'argparse bad choice before version', args: ['--output', 'xml', '--version'], differs: OUTPUT_OFF_CHOICE },
  { name: 'argparse version with unknown option', args: ['--bogus', '--version'], compare: 'rc' },
  {
    name: 'argparse negative number is a value',
    args: ['--transform-id', '-5', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'],
  },
  {
    name: 'argparse value with a space is a value',
    args: ['--transform-id', '-a b', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'],
  },
];
