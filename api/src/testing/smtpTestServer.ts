import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  /** The whole message, header lines unfolded (a long header continues after CRLF + whitespace). */
  raw: string;
  /** The whole message with quoted-printable decoded (soft line breaks joined, =XX escapes as UTF-8). */
  decoded: string;
}

function decodeQuotedPrintable(latin1: string): string {
  const bytes = latin1
    .replace(/=\r\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

export interface SmtpTestServer {
  /** smtp://127.0.0.1:<port>, for AppConfig.mail.smtpUrl. */
  url: string;
  received: ReceivedMail[];
  close(): Promise<void>;
}

/** A real SMTP server in this process on a free port; every message it accepts lands in `received`. */
export async function startSmtpTestServer(): Promise<SmtpTestServer> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const message = Buffer.concat(chunks);
        received.push({
          to: session.envelope.rcptTo.map((address) => address.address),
          raw: message.toString('utf8').replace(/\r\n[ \t]+/g, ' '),
          decoded: decodeQuotedPrintable(message.toString('latin1')),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
