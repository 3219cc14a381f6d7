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
];

export default VALUES.map(([name, value]) => ({
  name: `yaml input ${name}`,
  args: ['--cli-input-yaml', doc(value), '--endpoint-url', '{E}'],
}));
