import type { ValidationError } from 'class-validator';
import { FieldError } from '../problem/problem';

function join(parent: string, property: string): string {
  if (/^\d+$/.test(property)) return `${parent}[${property}]`;
  return parent ? `${parent}.${property}` : property;
}

/**
 * class-validator's error tree as flat field errors with JSON paths (`budget[0].amount`), one per
 * failed constraint, in the order the DTO declares its fields.
 */
export function fieldErrorsOf(errors: readonly ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const path = join(parent, error.property);
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      path,
      message: phrase(message, error.property),
    }));
    return [...own, ...fieldErrorsOf(error.children ?? [], path)];
  });
}

/** class-validator starts messages with the property name; the path already says which field. */
function phrase(message: string, property: string): string {
  if (message.startsWith(`property ${property} `)) return 'is not an allowed field';
  return message.startsWith(`${property} `) ? message.slice(property.length + 1) : message;
}
