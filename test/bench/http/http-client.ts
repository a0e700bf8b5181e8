import { Agent, request } from 'node:http';

export interface Reply {
  /** HTTP status; 0 when the request failed below HTTP (reset, refused, timeout). */
  readonly status: number;
  readonly body: string;
  /** Milliseconds from sending the request to the end of the response body. */
  readonly ms: number;
}

/** A keep-alive JSON client of one server: each caller reuses a socket, never opening one per request. */
export class JsonClient {
  private readonly agent: Agent;

  constructor(
    private readonly port: number,
    sockets: number,
    private readonly token?: string,
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets: sockets, maxFreeSockets: sockets });
  }

  withToken(token: string, sockets: number): JsonClient {
    return new JsonClient(this.port, sockets, token);
  }

  send(method: string, path: string, body?: string, headers: Record<string, string> = {}): Promise<Reply> {
    const start = process.hrtime.bigint();
    const ms = () => Number(process.hrtime.bigint() - start) / 1e6;
    const all: Record<string, string | number> = { ...headers };
    if (this.token) all.authorization = `Bearer ${this.token}`;
    if (body !== undefined) {
      all['content-type'] = 'application/json';
      all['content-length'] = Buffer.byteLength(body);
    }
    return new Promise((resolve) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: this.port,
          method,
          path,
          headers: all,
          agent: this.agent,
          timeout: 30_000,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString(), ms: ms() }),
          );
          res.on('error', (error) => resolve({ status: 0, body: String(error), ms: ms() }));
        },
      );
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', (error) => resolve({ status: 0, body: String(error), ms: ms() }));
      req.end(body);
    });
  }

  /** Sends JSON and answers the parsed body; anything but `expect` is an error with the body. */
  async json<T>(method: string, path: string, body?: unknown, expect = [200, 201]): Promise<T> {
    const reply = await this.send(method, path, body === undefined ? undefined : JSON.stringify(body));
    if (!expect.includes(reply.status)) {
      throw new Error(`${method} ${path}: ${reply.status} ${reply.body.slice(0, 500)}`);
    }
    return (reply.body ? JSON.parse(reply.body) : undefined) as T;
  }

  close(): void {
    this.agent.destroy();
  }
}
