// Paramfile encodings (AWS_CLI_FILE_ENCODING takes Python codec names), JSON cli-input read from
// bytes (Python's json detects UTF-16 and UTF-32), and endpoint URLs kept as given.
const FLAGS_FILE = ['--transform-id', 'file://id.txt', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'];
const latin1 = { base64: Buffer.from([0x74, 0x66, 0x6d, 0x2d, 0xe9, 0x80]).toString('base64') };
const utf8Bom = { base64: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('tfm-bom')]).toString('base64') };
const doc = JSON.stringify({ TransformId: 'tfm-wide', InputS3Path: 's3://b/k' });
const utf16le = { base64: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(doc, 'utf16le')]).toString('base64') };
const utf16leNoBom = { base64: Buffer.from(doc, 'utf16le').toString('base64') };

export default [
  {
    name: 'encoding latin-1 paramfile',
    args: FLAGS_FILE,
    files: { 'id.txt': latin1 },
    env: { AWS_CLI_FILE_ENCODING: 'latin-1' },
  },
  {
    name: 'encoding latin_1 spelled with underscore',
    args: FLAGS_FILE,
    files: { 'id.txt': latin1 },
    env: { AWS_CLI_FILE_ENCODING: 'latin_1' },
  },
  {
    name: 'encoding ascii is strict',
    args: FLAGS_FILE,
    files: { 'id.txt': latin1 },
    env: { AWS_CLI_FILE_ENCODING: 'ascii' },
  },
  { name: 'encoding utf-8 rejects latin-1 bytes', args: FLAGS_FILE, files: { 'id.txt': latin1 } },
  {
    name: 'encoding utf-8-sig drops the BOM',
    args: FLAGS_FILE,
    files: { 'id.txt': utf8Bom },
    env: { AWS_CLI_FILE_ENCODING: 'utf-8-sig' },
  },
  {
    name: 'encoding utf_8 keeps the BOM',
    args: FLAGS_FILE,
    files: { 'id.txt': utf8Bom },
    env: { AWS_CLI_FILE_ENCODING: 'utf_8' },
  },
  {
    name: 'encoding UTF8 upper case',
    args: FLAGS_FILE,
    files: { 'id.txt': 'tfm-upper' },
    env: { AWS_CLI_FILE_ENCODING: 'UTF8' },
  },
  {
    name: 'encoding unknown name',
    args: FLAGS_FILE,
    files: { 'id.txt': 'x' },
    env: { AWS_CLI_FILE_ENCODING: 'klingon' },
  },
  {
    name: 'cli-input json from fileb utf-16 with BOM',
    args: ['--cli-input-json', 'fileb://doc.json', '--endpoint-url', '{E}'],
    files: { 'doc.json': utf16le },
  },
  {
    name: 'cli-input json from fileb utf-16 without BOM',
    args: ['--cli-input-json', 'fileb://doc.json', '--endpoint-url', '{E}'],
    files: { 'doc.json': utf16leNoBom },
  },
  {
    name: 'endpoint path with dot-dot kept',
    args: ['--transform-id', 't', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}/a/../b'],
  },
  {
    name: 'endpoint repeated query keys kept',
    args: ['--transform-id', 't', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}/p?x=1&x=2&y'],
  },
  {
    name: 'endpoint encoded characters kept',
    args: ['--transform-id', 't', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}/a%2Fb?q=%41'],
  },
  {
    name: 'endpoint single slash after scheme',
    args: ['--transform-id', 't', '--input-s3-path', 's3://b/k', '--endpoint-url', 'http:/127.0.0.1:{PORT}'],
  },
  {
    name: 'endpoint no slashes after scheme',
    args: ['--transform-id', 't', '--input-s3-path', 's3://b/k', '--endpoint-url', 'http:127.0.0.1:{PORT}'],
  },
  {
    name: 'paramfile tilde user path',
    args: ['--transform-id', 'file://~root/.nonexistent-gil', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'],
  },
  {
    name: 'paramfile unknown tilde user path',
    args: ['--transform-id', 'file://~nosuchuser-gil/x', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'],
  },
  {
    name: 'endpoint trailing slash',
    args: ['--transform-id', 't', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}/'],
  },
];
