declare const __PACKAGE_VERSION__: string | undefined;
declare const __SDK_VERSION__: string | undefined;

/** `--version`: this tool, the SDK it sends with, Node and the platform (versions are baked in at build time). */
export function versionLine(command: string, nodeVersion: string, platform: string, arch: string): string {
  const own = typeof __PACKAGE_VERSION__ === 'string' ? __PACKAGE_VERSION__ : 'dev';
  const sdk = typeof __SDK_VERSION__ === 'string' ? __SDK_VERSION__ : 'dev';
  return `${command}/${own} aws-sdk-js/${sdk} Node/${nodeVersion.replace(/^v/, '')} ${platform}/${arch}\n`;
}
