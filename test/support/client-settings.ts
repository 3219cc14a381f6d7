import type { ClientSettings } from '../../src/model/settings.js';

/** ClientSettings as the settings stage would resolve them for a plain call to `endpoint`. */
export function clientSettings(endpoint: string, overrides: Partial<ClientSettings> = {}): ClientSettings {
  return {
    region: 'us-east-1',
    endpoint,
    useFipsEndpoint: false,
    useDualstackEndpoint: false,
    userAgentAppId: undefined,
    profile: { name: 'default', explicit: false },
    profileHasCredentials: false,
    profileCredentials: { kind: 'providers' },
    signRequest: true,
    retry: { mode: 'standard', maxAttempts: 3 },
    connectTimeoutSeconds: 5,
    readTimeoutSeconds: 5,
    verifySsl: true,
    caBundle: undefined,
    env: { AWS_ACCESS_KEY_ID: 'AKIDSESSION', AWS_SECRET_ACCESS_KEY: 'secret', AWS_EC2_METADATA_DISABLED: 'true' },
    configPath: '/nonexistent/config',
    credentialsPath: '/nonexistent/credentials',
    sharedFileTexts: () => ({}),
    debug: undefined,
    warn: () => undefined,
    requestUrl: `${endpoint}/`,
    s3Endpoint: () => undefined,
    stdinIsTTY: false,
    proxy: undefined,
    ask: async () => undefined,
    ...overrides,
  };
}
