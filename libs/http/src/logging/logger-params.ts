import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import { correlationIdOf } from '../correlation/correlation-id';

/**
 * nestjs-pino's settings: JSON lines at `level` ('silent' in tests), each line of a request
 * carrying its `correlationId`, credentials never logged, health probes not logged.
 */
export function loggerParams(level: string): Params {
  return {
    pinoHttp: {
      level,
      genReqId: (req: IncomingMessage, res: ServerResponse) => correlationIdOf(req, res),
      customAttributeKeys: { reqId: 'correlationId' },
      quietReqLogger: true,
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
        censor: '[redacted]',
      },
      serializers: {
        req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url }),
      },
      customLogLevel: (_req, res, error) =>
        error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
      autoLogging: { ignore: (req) => req.url === '/health' },
    },
  };
}
