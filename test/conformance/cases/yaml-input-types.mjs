// --cli-input-yaml values typed as aws-cli's YAML loader (ruamel, YAML 1.2) types them; a member of
// the wrong type is reported with its Python type.
const doc = (value) => `TransformId: ${value}\nInputS3Path: s3://b/k\n`;
const VALUES = [
  ['float 1.0', '1.0'],
  ['float 1e3', '1e3'],
  ['int with underscores', '1_000'],
  ['octal-looking int', '010'],
  ['hex int', '0x1F'],
  ['yes is a string', 'yes'],
  ['True is a bool', 'True'],
  ['tilde is null', '~'],
  ['a date', '2024-01-01'],
  ['quoted float is a string', "'1.0'"],
  ['dot inf', '.inf'],
  ['a timestamp with a zone', '2024-01-01T10:00:00Z'],
  ['a timestamp with an offset', '2024-01-01 10:00:00.5 +02:00'],
  ['a timestamp without a zone', '2024-01-01t10:00:00'],
  // Found by the differential test (test/unit/input/yaml-schema.test.ts): a type needs its first character.
  ['an underscore first is a string', '_1'],
  ['a sign and underscores only', '-_'],
  ['seven fraction digits round', '2024-01-01T10:00:00.1234567Z'],
];

// A %YAML 1.1 directive switches the loader to YAML 1.1's types.
const V11 = [
  ['yes is a bool', 'yes'],
  ['on is a bool', 'on'],
  ['leading zero is octal', '010'],
  ['sexagesimal int', '1:30'],
  ['binary int', '0b101'],
  ['a sign and underscores only', '-_'],
];

export default [
  ...VALUES.map(([name, value]) => ({
    name: `yaml input ${name}`,
    args: ['--cli-input-yaml', doc(value), '--endpoint-url', '{E}'],
  })),
  ...V11.map(([name, value]) => ({
    name: `yaml input 1.1 ${name}`,
    args: ['--cli-input-yaml', `%YAML 1.1\n---\n${doc(value)}`, '--endpoint-url', '{E}'],
  })),
];
