import { ArgumentsHost, Logger } from '@nestjs/common';
import { ProblemFilter } from './problem.filter';

function host(url = '/api/v1/things?x=1') {
  const headers: Record<string, string> = {};
  const res = {
    headersSent: false,
    statusCode: 200,
    body: undefined as unknown,
    setHeader: (name: string, value: string) => (headers[name.toLowerCase()] = value),
    hasHeader: (name: string) => name.toLowerCase() in headers,
    status(code: number) {
      this.statusCode = code;
      return this;
    },
    type(value: string) {
      headers['content-type'] = value;
      return this;
    },
    send(body: string) {
      this.body = JSON.parse(body);
      return this;
    },
  };
  const req = { originalUrl: url, url, headers: { 'x-correlation-id': 'c-1' } };
  const argumentsHost = {
    switchToHttp: () => ({ getRequest: () => req, getResponse: () => res }),
  } as unknown as ArgumentsHost;
  return { argumentsHost, res, headers };
}

describe('the problem filter', () => {
  it('answers an unknown error with a 500 problem that leaks nothing, and logs it', () => {
    const log = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const { argumentsHost, res, headers } = host();
    new ProblemFilter().catch(new Error('relation "secret_table" does not exist'), argumentsHost);
    expect(res.statusCode).toBe(500);
    expect(headers['content-type']).toBe('application/problem+json');
    expect(res.body).toEqual({
      type: 'urn:jejak:problem:internal',
      title: 'Internal Server Error',
      status: 500,
      detail: 'An unexpected error occurred; it has been logged.',
      instance: '/api/v1/things',
      code: 'INTERNAL',
      errors: [],
      correlationId: 'c-1',
    });
    expect(log).toHaveBeenCalledWith(expect.stringContaining('secret_table'));
    log.mockRestore();
  });
});
