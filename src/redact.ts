/**
 * Secrets never reach the output. A URL's user and password are masked as botocore masks a proxy
 * URL (`http://***:***@host`); aws-cli masks only the proxy's, this tool every URL it prints.
 */
export function maskUrlCredentials(text: string): string {
  // Every URL in the text (a debug line may quote one): the userinfo between `//` and `@`.
  return text.replace(/([A-Za-z][A-Za-z0-9+.-]*:\/\/)([^/?#@\s"]*)@/g, (_, scheme: string, userinfo: string) =>
    userinfo.includes(':') ? `${scheme}***:***@` : `${scheme}***@`,
  );
}

/** A control character (C0, DEL, C1): it could break a header or move the terminal's cursor. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** True when text holds a control character. */
export function hasControlCharacter(text: string): boolean {
  return CONTROL.test(text);
}

/**
 * Text from a server, made safe for a terminal: control characters other than tab are written as
 * Python writes them in a repr (`\x1b`, `\r`, `\n`), so an error message cannot rewrite the screen.
 */
export function escapeControlCharacters(text: string): string {
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, (ch) => {
    if (ch === '\n') return '\\n';
    if (ch === '\r') return '\\r';
    return `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`;
  });
}
