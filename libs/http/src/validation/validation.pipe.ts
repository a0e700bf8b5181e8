import { ValidationPipe } from '@nestjs/common';
import { RequestValidationError } from '../problem/problem';
import { fieldErrorsOf } from './validation-errors';

/**
 * The API's one validation pipe: DTOs are transformed to their classes, unknown fields are
 * refused (not silently dropped), and every failure names its field path in the problem.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new RequestValidationError(fieldErrorsOf(errors)),
  });
}
