import { Agent, request } from 'node:http';

export interface PlainResponse {
  status: number;
  text: string;
}

/**
 * POSTs JSON over keep-alive connections with node:http. The benchmark's clients stand for browsers on
 * other machines, but here they share the server's two cores: node:http costs about 0.8 ms of CPU per
 * ~100 KB answer where fetch (undici) costs about 1.8 ms, so less of the measured time is the clients'.
 */
export function jsonPoster(
  url: string,
  connections: number,
): (body: string, headers: Record<string, string>) => Promise<PlainResponse> {
  const target = new URL(url);
  // Idle sockets are closed before the server's keep-alive timeout (Node's default, 5 s) can close them:
  // a request sent on a socket the server is closing at that moment fails with "socket hang up" (a 10 M
  // run did, after a pause of about 5 s between two cold requests).
  const agent = new Agent({ keepAlive: true, maxSockets: connections, timeout: 4_000 });
  return (body, headers) =>
    new Promise((resolve, reject) => {
      const outgoing = request(
        {
          hostname: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          agent,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            ...headers,
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString() }),
          );
          response.on('error', reject);
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });
}
