export default [
  // Paramfiles.
  {
    name: 'file transform id keeps trailing newline',
    args: ['--transform-id', 'file://tid.txt', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'],
    files: { 'tid.txt': 'tfm-file\n' },
  },
  {
    name: 'file with crlf and bom',
    args: ['--transform-id', 'file://tid.txt', '--input-s3-path', 'file://path.txt', '--endpoint-url', '{E}'],
    files: { 'tid.txt': '\ufefftfm-bom', 'path.txt': 's3://b/a\r\nb' },
  },
  {
    name: 'missing paramfile',
    args: ['--transform-id', 'file://nope.txt', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'],
  },
  {
    name: 'paramfile is a directory',
    args: ['--transform-id', 'file://pf', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'],
    files: { pf: null },
  },
  {
    name: 'fileb paramfile fails validation',
    args: ['--transform-id', 'fileb://tid.txt', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'],
    files: { 'tid.txt': 'tfm-fromfile' },
  },
  {
    name: 'paramfile tilde expansion',
    args: ['--transform-id', 'file://~/tid.txt', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'],
    home: { 'tid.txt': 'tfm-home' },
  },
  {
    name: 'paramfile variable expansion',
    args: ['--transform-id', 'file://$MYDIR/tid.txt', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'],
    env: { MYDIR: '{CWD}/sub' },
    files: { 'sub/tid.txt': 'tfm-var' },
  },
  {
    name: 'undecodable paramfile',
    args: ['--transform-id', 'file://bin.dat', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'],
    files: { 'bin.dat': { base64: '//7/AA==' } },
  },
  {
    name: 'uppercase FILE prefix is literal',
    args: ['--transform-id', 'FILE://x', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'],
  },
  {
    name: 'first failing paramfile wins',
    args: ['--transform-id', 'file://a.txt', '--input-s3-path', 'file://b.txt', '--endpoint-url', '{E}'],
  },
];
