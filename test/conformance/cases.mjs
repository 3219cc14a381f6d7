// The conformance cases: each runs the reference and this tool with the same arguments, files and
// environment against a fresh loopback emulator. {E} is the emulator's URL, {HOME} and {CWD} the case's
// home and working folders. `differs` lists where this tool deliberately differs (see README), with the
// value it must produce instead; everything not listed must match the recorded golden exactly.

const BASE = ['--transform-id', 'tfm-1', '--input-s3-path', 's3://bucket/labels.csv', '--endpoint-url', '{E}'];
const FORMATS = ['json', 'text', 'table', 'yaml', 'yaml-stream'];

const SHAPES = {
  default: [],
  scalar: ['--query', 'TaskRunId'],
  null: ['--query', 'Missing'],
  true: ['--query', '`true`'],
  false: ['--query', '`false`'],
  zero: ['--query', '`0`'],
  'empty-string': ['--query', '`""`'],
  int: ['--query', '`-7`'],
  float: ['--query', '`2.5`'],
  'small-float': ['--query', '`0.001`'],
  unicode: ['--query', '`"héllo ✓ 日本"`'],
  'list-scalars': ['--query', '`[1, "two", null, true]`'],
  'list-lists': ['--query', '`[[1, 2], [3]]`'],
  'list-maps': ['--query', '`[{"a": 1, "b": "x"}, {"a": 2, "c": "y"}]`'],
  'nested-map': ['--query', '`{"b": 1, "a": [1, 2], "c": {"d": "e", "f": [3, 4]}}`'],
  'empty-map': ['--query', '`{}`'],
  'empty-list': ['--query', '`[]`'],
  multiselect: ['--query', '{alpha: TaskRunId, beta: TaskRunId, gamma: `"x"`}'],
  'nested-table': ['--query', '{a: TaskRunId, b: `[1,2]`, c: `{"x": {"y": 1}}`}'],
  'mixed-list-maps': ['--query', '`[{"a":1,"n":{"x":1}},{"b":2,"l":[1,2]}]`'],
  'yaml-quoting': ['--query', '`{"k": "a: b", "t": "a\\tb", "q": "123", "y": "yes", "e": "", "h": "#x", "d": "2024-01-01", "n": "null", "s": " lead"}`'],
  'yaml-newline': ['--query', '`{"n": "nl\\nx"}`'],
  'long-string': ['--query', '`{"long": "aaaaaaaaaa bbbbbbbbbb cccccccccc dddddddddd eeeeeeeeee ffffffffff gggggggggg hhhhhhhhhh iiiiiiiiii jjjjjjjjjj"}`'],
  'list-of-maps-nested': ['--query', '`{"k": [{"a": 1, "b": "x", "m": {"z": 2}}, {"a": 3, "b": "y"}]}`'],
  'text-scalars-then-lists': ['--query', '`{"a": [1, [2, 3], 4]}`'],
  wide: ['--query', '`{"日本語のキー": "値", "é": "ñ"}`'],
};

const shapeCases = [];
for (const [shape, query] of Object.entries(SHAPES)) {
  for (const format of FORMATS) {
    shapeCases.push({ name: `output ${format} ${shape}`, args: [...BASE, '--output', format, ...query] });
  }
}

const cases = [
  ...shapeCases,

  // Output format sources and colour.
  { name: 'output from AWS_DEFAULT_OUTPUT', args: BASE, env: { AWS_DEFAULT_OUTPUT: 'text' } },
  { name: 'output from profile config', args: BASE, home: { '.aws/config': '[default]\noutput = table\n' } },
  { name: 'flag output wins over env', args: [...BASE, '--output', 'yaml'], env: { AWS_DEFAULT_OUTPUT: 'text' } },
  { name: 'color on table', args: [...BASE, '--output', 'table', '--color', 'on'] },
  { name: 'color on nested table', args: [...BASE, '--output', 'table', '--color', 'on', '--query', '{k: `[{"a":1,"b":"x"}]`}'] },
  { name: 'color on json is plain', args: [...BASE, '--color', 'on'] },
  { name: 'color off table', args: [...BASE, '--output', 'table', '--color', 'off'] },
  {
    name: 'unknown output type from env',
    args: BASE,
    env: { AWS_DEFAULT_OUTPUT: 'xml' },
    differs: { requests: [], reason: 'checked before the request is sent; aws-cli starts the task run, then fails' },
  },
  { name: 'unknown output type masked by service error', args: ['--transform-id', 'tfm-notfound', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'], env: { AWS_DEFAULT_OUTPUT: 'xml' },
    differs: { rc: 255, stderr: '\nUnknown output type: xml\n', requests: [], reason: 'the output type is checked before the request is sent' } },

  // Argument parsing.
  { name: 'missing both required flags', args: ['--endpoint-url', '{E}'] },
  { name: 'missing input path', args: ['--transform-id', 'tfm-1', '--endpoint-url', '{E}'] },
  { name: 'unknown option', args: [...BASE, '--bogus-flag', '1'] },
  { name: 'stray positional', args: [...BASE, 'extra'] },
  { name: 'boolean flag takes no value', args: [...BASE, '--replace-all-labels', 'true'] },
  { name: 'invalid output choice', args: [...BASE, '--output', 'xml'] },
  { name: 'invalid output choice close match', args: [...BASE, '--output', 'jsn'] },
  { name: 'invalid color choice', args: [...BASE, '--color', 'blue'] },
  { name: 'invalid skeleton choice', args: [...BASE, '--generate-cli-skeleton', 'bogus'] },
  { name: 'invalid binary format choice', args: [...BASE, '--cli-binary-format', 'hex'] },
  { name: 'ambiguous prefix', args: [...BASE, '--no'] },
  { name: 'abbreviated options', args: ['--transform', 'tfm-1', '--input-s3', 's3://b/k', '--endpoint-url', '{E}', '--out', 'text'] },
  { name: 'value starting with a dash needs equals', args: ['--transform-id', '-abc', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'] },
  { name: 'value with equals', args: ['--transform-id=-abc', '--input-s3-path=s3://b/k', '--endpoint-url={E}'] },
  { name: 'negative number value', args: ['--transform-id', '-5', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'] },
  { name: 'missing option value', args: [...BASE, '--output'] },
  { name: 'replace flag', args: [...BASE, '--replace-all-labels'] },
  { name: 'no replace flag', args: [...BASE, '--no-replace-all-labels'] },
  { name: 'last replace flag wins', args: [...BASE, '--replace-all-labels', '--no-replace-all-labels'] },
  { name: 'last replace flag wins reversed', args: [...BASE, '--no-replace-all-labels', '--replace-all-labels'] },
  { name: 'repeated option last wins', args: [...BASE, '--transform-id', 'tfm-2'] },
  { name: 'empty transform id', args: ['--transform-id', '', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'] },
  { name: 'long transform id is sent', args: ['--transform-id', 'x'.repeat(300), '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'] },
  { name: 'empty input path is sent', args: ['--transform-id', 'tfm-1', '--input-s3-path', '', '--endpoint-url', '{E}'] },
  { name: 'non-ascii input path', args: ['--transform-id', 'tfm-1', '--input-s3-path', 's3://b/ü k.csv', '--endpoint-url', '{E}'] },
  { name: 'accepted global flags', args: [...BASE, '--no-paginate', '--cli-binary-format', 'base64', '--no-verify-ssl', '--no-cli-pager', '--cli-connect-timeout', '5', '--cli-read-timeout', '5', '--ca-bundle', '/nonexistent.pem'] },
  { name: 'auto prompt flags conflict', args: [...BASE, '--cli-auto-prompt', '--no-cli-auto-prompt'] },
  { name: 'no auto prompt flag runs', args: [...BASE, '--no-cli-auto-prompt'], env: { AWS_CLI_AUTO_PROMPT: 'on' } },
  { name: 'auto prompt without a terminal', args: [...BASE, '--cli-auto-prompt'],
    differs: { rc: 252, stdout: '', stderrIncludes: 'needs an interactive terminal', reason: 'aws-cli prints a prompt_toolkit warning and exits 255 with an empty message' } },
  { name: 'auto prompt bogus value is off', args: BASE, env: { AWS_CLI_AUTO_PROMPT: 'bogus' } },
  { name: 'cli read timeout not a number', args: [...BASE, '--cli-read-timeout', 'abc'],
    differs: { rc: 252, stderr: '\nUSAGE\n\nPROG: error: argument --cli-read-timeout: invalid int value: \'abc\'\n\n', reason: 'a usage error, where aws-cli prints a Python exception text with 255' } },
  { name: 'negative read timeout', args: [...BASE, '--cli-read-timeout', '-1'] },
  { name: 'negative connect timeout', args: [...BASE, '--cli-connect-timeout', '-1'] },

  // Paramfiles.
  { name: 'file transform id keeps trailing newline', args: ['--transform-id', 'file://tid.txt', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'], files: { 'tid.txt': 'tfm-file\n' } },
  { name: 'file with crlf and bom', args: ['--transform-id', 'file://tid.txt', '--input-s3-path', 'file://path.txt', '--endpoint-url', '{E}'], files: { 'tid.txt': '\ufefftfm-bom', 'path.txt': 's3://b/a\r\nb' } },
  { name: 'missing paramfile', args: ['--transform-id', 'file://nope.txt', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'] },
  { name: 'paramfile is a directory', args: ['--transform-id', 'file://pf', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'], files: { pf: null } },
  { name: 'fileb paramfile fails validation', args: ['--transform-id', 'fileb://tid.txt', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'], files: { 'tid.txt': 'tfm-fromfile' } },
  { name: 'paramfile tilde expansion', args: ['--transform-id', 'file://~/tid.txt', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'], home: { 'tid.txt': 'tfm-home' } },
  { name: 'paramfile variable expansion', args: ['--transform-id', 'file://$MYDIR/tid.txt', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'], env: { MYDIR: '{CWD}/sub' }, files: { 'sub/tid.txt': 'tfm-var' } },
  { name: 'undecodable paramfile', args: ['--transform-id', 'file://bin.dat', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'], files: { 'bin.dat': { base64: '//7/AA==' } } },
  { name: 'uppercase FILE prefix is literal', args: ['--transform-id', 'FILE://x', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'] },
  { name: 'first failing paramfile wins', args: ['--transform-id', 'file://a.txt', '--input-s3-path', 'file://b.txt', '--endpoint-url', '{E}'] },

  // cli-input documents.
  { name: 'cli input json supplies everything', args: ['--cli-input-json', '{"TransformId": "tfm-j", "InputS3Path": "s3://j", "ReplaceAllLabels": true}', '--endpoint-url', '{E}'] },
  { name: 'flags win over cli input json', args: ['--cli-input-json', '{"TransformId":"j1","InputS3Path":"s3://j","ReplaceAllLabels":true}', '--transform-id', 'cli1', '--no-replace-all-labels', '--endpoint-url', '{E}'] },
  { name: 'cli input json from file', args: ['--cli-input-json', 'file://in.json', '--endpoint-url', '{E}'], files: { 'in.json': '{"TransformId": "tfm-f", "InputS3Path": "s3://f"}\n' } },
  { name: 'cli input yaml', args: ['--cli-input-yaml', 'TransformId: tfm-y\nInputS3Path: s3://y\nReplaceAllLabels: false\n', '--endpoint-url', '{E}'] },
  { name: 'cli input yaml from file', args: ['--cli-input-yaml', 'file://in.yaml', '--endpoint-url', '{E}'], files: { 'in.yaml': 'TransformId: tfm-yf\nInputS3Path: s3://yf\n' } },
  { name: 'both cli inputs', args: ['--cli-input-json', '{}', '--cli-input-yaml', 'a: 1', '--endpoint-url', '{E}'] },
  { name: 'invalid cli input json', args: ['--cli-input-json', '{"TransformId": ', '--endpoint-url', '{E}'] },
  { name: 'empty cli input json', args: ['--cli-input-json', '', '--endpoint-url', '{E}'] },
  { name: 'cli input json is a list', args: ['--cli-input-json', '[1, 2]', '--endpoint-url', '{E}'] },
  { name: 'cli input json is a string', args: ['--cli-input-json', '"x"', '--endpoint-url', '{E}'] },
  { name: 'cli input json unknown key', args: ['--cli-input-json', '{"TransformId": "t", "InputS3Path": "s", "Bogus": 1}', '--endpoint-url', '{E}'] },
  { name: 'cli input json empty document', args: ['--cli-input-json', '{}', '--endpoint-url', '{E}'] },
  { name: 'cli input json wrong types', args: ['--cli-input-json', '{"TransformId": 5, "InputS3Path": ["é✓"], "ReplaceAllLabels": "true"}', '--endpoint-url', '{E}'] },
  { name: 'cli input json float and null', args: ['--cli-input-json', '{"TransformId": 1.0, "InputS3Path": null, "ReplaceAllLabels": 1e3}', '--endpoint-url', '{E}'] },
  { name: 'cli input json nested map value', args: ['--cli-input-json', '{"TransformId": {"a": 1, "b": [1, "é"]}, "InputS3Path": "s"}', '--endpoint-url', '{E}'] },
  { name: 'cli input json big int', args: ['--cli-input-json', '{"TransformId": 12345678901234567890, "InputS3Path": "s"}', '--endpoint-url', '{E}'] },
  { name: 'cli input json duplicate keys last wins', args: ['--cli-input-json', '{"TransformId": "a", "TransformId": "tfm-dup", "InputS3Path": "s"}', '--endpoint-url', '{E}'] },
  { name: 'cli input json skeleton fed back', args: ['--cli-input-json', '{"TransformId": "", "InputS3Path": "", "ReplaceAllLabels": false}', '--endpoint-url', '{E}'] },
  { name: 'cli input json missing file', args: ['--cli-input-json', 'file://nope.json', '--endpoint-url', '{E}'] },
  { name: 'invalid cli input yaml', args: ['--cli-input-yaml', 'a: [1, 2', '--endpoint-url', '{E}'] },
  { name: 'cli input yaml duplicate keys', args: ['--cli-input-yaml', 'TransformId: a\nTransformId: b\n', '--endpoint-url', '{E}'] },
  { name: 'cli input yaml is a list', args: ['--cli-input-yaml', '- a\n- b\n', '--endpoint-url', '{E}'] },
  { name: 'cli input yaml yes is a string', args: ['--cli-input-yaml', 'TransformId: t\nInputS3Path: s\nReplaceAllLabels: yes\n', '--endpoint-url', '{E}'] },
  { name: 'cli input yaml empty document', args: ['--cli-input-yaml', '', '--endpoint-url', '{E}'] },
  { name: 'cli input equals form', args: ['--cli-input-json={"TransformId": "tfm-eq", "InputS3Path": "s3://eq"}', '--endpoint-url', '{E}'],
    differs: { rc: 0, stdoutIncludes: '"TaskRunId": "tfr-', stderr: '', requests: 1, reason: '--cli-input-json=… relaxes the required flags too; aws-cli relaxes them only for the separate token' } },

  // Skeletons.
  { name: 'skeleton default', args: ['--generate-cli-skeleton'],
    differs: { stdout: '{\n    "TransformId": "",\n    "InputS3Path": "",\n    "ReplaceAllLabels": false\n}\n', reason: 'ReplaceAllLabels placeholder is false' } },
  { name: 'skeleton input', args: ['--generate-cli-skeleton', 'input', '--output', 'table', '--query', 'x'],
    differs: { stdout: '{\n    "TransformId": "",\n    "InputS3Path": "",\n    "ReplaceAllLabels": false\n}\n', reason: 'ReplaceAllLabels placeholder is false' } },
  { name: 'skeleton yaml input', args: ['--generate-cli-skeleton', 'yaml-input'],
    differs: { stdout: "TransformId: ''  # [REQUIRED] The unique identifier of the machine learning transform.\nInputS3Path: '' # [REQUIRED] The Amazon Simple Storage Service (Amazon S3) path from where you import the labels.\nReplaceAllLabels: false # Indicates whether to overwrite your existing labels.\n", reason: 'ReplaceAllLabels placeholder is false' } },
  { name: 'skeleton output', args: [...BASE, '--generate-cli-skeleton', 'output'] },
  { name: 'skeleton output as table', args: [...BASE, '--generate-cli-skeleton', 'output', '--output', 'table'] },
  { name: 'skeleton output text with query', args: [...BASE, '--generate-cli-skeleton', 'output', '--output', 'text', '--query', 'TaskRunId'] },
  { name: 'skeleton output without required flags', args: ['--generate-cli-skeleton', 'output'],
    differs: { rc: 0, stdout: '{\n    "TaskRunId": "TaskRunId"\n}\n', stderr: '', reason: 'works without the required flags' } },
  { name: 'skeleton output needs a region', args: [...BASE, '--generate-cli-skeleton', 'output'], unsetEnv: ['AWS_DEFAULT_REGION'] },
  { name: 'skeleton still loads paramfiles', args: ['--generate-cli-skeleton', '--transform-id', 'file://nope.txt'] },
  { name: 'skeleton still rejects unknown options', args: ['--generate-cli-skeleton', '--bogus'] },

  // --query errors.
  { name: 'query parse error', args: [...BASE, '--query', 'foo bar'] },
  { name: 'query incomplete', args: [...BASE, '--query', '['] },
  { name: 'query unexpected expref', args: [...BASE, '--query', 'a & b'] },
  { name: 'query unclosed quote', args: [...BASE, '--query', '"abc'] },
  { name: 'query empty', args: [...BASE, '--query', ''] },
  { name: 'query error wins over missing flags', args: ['--query', 'foo bar'] },
  { name: 'query unknown function at runtime', args: [...BASE, '--query', 'foo(@)'] },
  { name: 'query wrong arity at runtime', args: [...BASE, '--query', 'length(@, @)'] },

  // Endpoints and regions.
  { name: 'endpoint without scheme', args: ['--transform-id', 't', '--input-s3-path', 's', '--endpoint-url', '127.0.0.1:{PORT}'] },
  { name: 'endpoint host port parses as scheme', args: ['--transform-id', 't', '--input-s3-path', 's', '--endpoint-url', 'localhost:{PORT}'] },
  { name: 'endpoint ftp scheme', args: ['--transform-id', 't', '--input-s3-path', 's', '--endpoint-url', 'ftp://127.0.0.1:{PORT}'] },
  { name: 'endpoint with path and query', args: ['--transform-id', 'tfm-1', '--input-s3-path', 's', '--endpoint-url', '{E}/some/path?x=1'] },
  { name: 'endpoint with trailing slash', args: ['--transform-id', 'tfm-1', '--input-s3-path', 's', '--endpoint-url', '{E}/'] },
  { name: 'no region', args: BASE, unsetEnv: ['AWS_DEFAULT_REGION'] },
  { name: 'region flag', args: [...BASE, '--region', 'eu-west-1'] },
  { name: 'AWS_REGION beats AWS_DEFAULT_REGION', args: BASE, env: { AWS_REGION: 'ap-south-1' } },
  { name: 'region from profile config', args: BASE, unsetEnv: ['AWS_DEFAULT_REGION'], home: { '.aws/config': '[default]\nregion = sa-east-1\n' } },
  { name: 'bad region format', args: [...BASE, '--region', 'bad region!'] },
  { name: 'empty AWS_REGION signs with empty region', args: BASE, env: { AWS_REGION: '' },
    differs: { rc: 253, stdout: '', stderr: '\nYou must specify a region. You can also configure your region by running "aws configure".\n', requests: [], reason: 'an empty region is no region; aws-cli signs with an empty credential scope' } },

  // Credentials and profiles.
  { name: 'no credentials', args: BASE, unsetEnv: ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'] },
  { name: 'session token is sent', args: BASE, env: { AWS_SESSION_TOKEN: 'FwoGZXIvYXdzEXAMPLETOKEN' } },
  { name: 'partial env credentials', args: BASE, unsetEnv: ['AWS_SECRET_ACCESS_KEY'] },
  { name: 'named profile from credentials file', args: [...BASE, '--profile', 'p2'], home: { '.aws/credentials': '[p2]\naws_access_key_id = AKIDPROFILE2\naws_secret_access_key = s2\n', '.aws/config': '[profile p2]\nregion = eu-north-1\n' } },
  { name: 'AWS_PROFILE keeps env credentials', args: BASE, env: { AWS_PROFILE: 'p2' }, home: { '.aws/credentials': '[p2]\naws_access_key_id = AKIDPROFILE2\naws_secret_access_key = s2\n' } },
  { name: 'profile flag skips env credentials', args: [...BASE, '--profile', 'p3'], home: { '.aws/config': '[profile p3]\nregion = us-west-2\n' } },
  { name: 'unknown profile', args: [...BASE, '--profile', 'nosuch'] },
  { name: 'unknown profile from env', args: BASE, env: { AWS_PROFILE: 'nosuch' } },
  { name: 'config and credentials files from env', args: [...BASE, '--profile', 'alt'], env: { AWS_CONFIG_FILE: '{CWD}/cfg', AWS_SHARED_CREDENTIALS_FILE: '{CWD}/creds' }, files: { cfg: '[profile alt]\nregion = ca-central-1\n', creds: '[alt]\naws_access_key_id = AKIDALT\naws_secret_access_key = s\n' } },
  { name: 'no sign request', args: [...BASE, '--no-sign-request'], unsetEnv: ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'] },
  { name: 'invalid params win over missing credentials', args: ['--transform-id', '', '--input-s3-path', 's', '--endpoint-url', '{E}'], unsetEnv: ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'] },

  // Service errors, retries and bodies.
  { name: 'transform not found', args: ['--transform-id', 'tfm-notfound', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'] },
  { name: 'invalid input error', args: ['--transform-id', 'tfm-invalid', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'] },
  { name: 'namespaced error type', args: ['--transform-id', 'tfm-prefixed', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'] },
  { name: 'internal error after retries', args: ['--transform-id', 'tfm-500', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'] },
  { name: 'throttling after retries', args: ['--transform-id', 'tfm-throttle', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'] },
  { name: 'max attempts one', args: ['--transform-id', 'tfm-500', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'], env: { AWS_MAX_ATTEMPTS: '1' } },
  { name: 'max attempts from config', args: ['--transform-id', 'tfm-500', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'], home: { '.aws/config': '[default]\nmax_attempts = 2\n' } },
  { name: 'flaky succeeds after a retry', args: ['--transform-id', 'tfm-flaky', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'] },
  { name: 'html 404 body', args: ['--transform-id', 'tfm-html404', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'] },
  { name: '502 with empty body', args: ['--transform-id', 'tfm-502-empty', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'] },
  { name: 'non-json 200 body', args: ['--transform-id', 'tfm-notjson', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'],
    differs: { rc: 255, stderrIncludes: 'with a body that is not a valid StartImportLabelsTaskRun response', reason: 'aws-cli exits 0 and prints nothing' } },
  { name: 'empty object 200 body', args: ['--transform-id', 'tfm-empty', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'] },
  { name: 'unmodelled response member dropped', args: ['--transform-id', 'tfm-extra', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'] },
  { name: 'unicode response json', args: ['--transform-id', 'tfm-unicode', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'] },
  { name: 'unicode response yaml', args: ['--transform-id', 'tfm-unicode', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}', '--output', 'yaml'] },
  { name: 'unicode response table', args: ['--transform-id', 'tfm-unicode', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}', '--output', 'table'] },
  { name: 'retry mode legacy rejected', args: BASE, env: { AWS_RETRY_MODE: 'legacy' } },
  { name: 'retry mode from config rejected', args: BASE, home: { '.aws/config': '[default]\nretry_mode = Standard\n' } },
  { name: 'adaptive retry mode', args: BASE, env: { AWS_RETRY_MODE: 'adaptive' } },
  { name: 'max attempts zero', args: BASE, env: { AWS_MAX_ATTEMPTS: '0' } },
  { name: 'max attempts not a number', args: BASE, env: { AWS_MAX_ATTEMPTS: 'abc' } },

  // Transport failures.
  { name: 'connection refused', args: ['--transform-id', 'tfm-1', '--input-s3-path', 's3://b/k', '--endpoint-url', 'http://127.0.0.1:9'] },
  { name: 'connection closed', args: ['--transform-id', 'tfm-close', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'] },
  { name: 'read timeout', args: ['--transform-id', 'tfm-slow-3', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}', '--cli-read-timeout', '1'] },
  { name: 'read timeout zero waits', args: ['--transform-id', 'tfm-slow-1', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}', '--cli-read-timeout', '0'] },

  // Debug keeps stdout as it is.
  { name: 'debug output', args: [...BASE, '--debug'], compare: 'stdout-rc' },
];

export default cases;
