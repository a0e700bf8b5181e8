import {
  BadRequestException,
  ForbiddenException,
  NotFoundException,
  UnauthorizedException,
} from '@nestjs/common';
import {
  DomainError,
  NotFoundError,
  TenantAccessDeniedError,
  WrongExpectedRevisionError,
} from '@jejak/eventstore';
import { HttpProblem } from './problem';
import { mapError, titleOf } from './problem-mapping';

class AgreementAlreadySigned extends DomainError {
  readonly code = 'AGREEMENT.ALREADY_SIGNED';
}

describe('mapping errors to problems', () => {
  it('gives a refused rule of the domain its status (422), code and fields', () => {
    expect(mapError(new AgreementAlreadySigned('Already signed.', ['signedAt']))).toMatchObject({
      status: 422,
      code: 'AGREEMENT.ALREADY_SIGNED',
      detail: 'Already signed.',
      errors: [{ path: 'signedAt', message: 'Already signed.' }],
      internal: false,
    });
  });

  it('makes a stale expected revision a 409 that says the current revision', () => {
    const mapped = mapError(new WrongExpectedRevisionError('kota-dumai/agreement-x-2024', 2, 4));
    expect(mapped).toMatchObject({
      status: 409,
      code: 'EVENTSTORE.WRONG_EXPECTED_REVISION',
      extensions: { currentRevision: 4, expectedRevision: 2 },
    });
    expect(mapError(new WrongExpectedRevisionError('t/s', 0, 'no_stream')).extensions).toEqual({
      currentRevision: null,
      expectedRevision: 0,
    });
  });

  it("answers another tenant's stream and a missing thing alike: 404", () => {
    expect(mapError(new TenantAccessDeniedError('other/agreement-1'))).toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
      detail: 'Not found.',
    });
    expect(mapError(new NotFoundError('No such agreement.'))).toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
    });
    expect(mapError(new NotFoundException())).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });

  it('keeps the code of an HTTP problem and names Nest exceptions by status', () => {
    expect(mapError(new HttpProblem(401, 'AUTH.INVALID_TOKEN', 'Bad token.'))).toMatchObject({
      status: 401,
      code: 'AUTH.INVALID_TOKEN',
      title: 'Unauthorized',
    });
    expect(mapError(new UnauthorizedException())).toMatchObject({
      status: 401,
      code: 'AUTH.UNAUTHENTICATED',
    });
    expect(mapError(new ForbiddenException())).toMatchObject({ status: 403, code: 'AUTH.FORBIDDEN' });
    expect(mapError(new BadRequestException('Validation failed (uuid is expected)'))).toMatchObject({
      status: 400,
      detail: 'Validation failed (uuid is expected)',
    });
  });

  it('makes anything unknown an opaque 500 marked for the log', () => {
    const mapped = mapError(new Error('connection to 10.0.0.5 refused: password authentication failed'));
    expect(mapped).toMatchObject({ status: 500, code: 'INTERNAL', internal: true });
    expect(mapped.detail).not.toMatch(/10\.0\.0\.5|password/);
    expect(mapError('a string')).toMatchObject({ status: 500, internal: true });
  });

  it('trusts an http-errors status only when the error says it may be exposed', () => {
    expect(mapError(Object.assign(new Error('too big'), { status: 413, expose: true }))).toMatchObject({
      status: 413,
      code: 'REQUEST.TOO_LARGE',
    });
    expect(mapError(Object.assign(new Error('db'), { status: 400 }))).toMatchObject({ status: 500 });
  });

  it('titles problems with the reason phrase', () => {
    expect(titleOf(422)).toBe('Unprocessable Entity');
    expect(titleOf(409)).toBe('Conflict');
  });
});
