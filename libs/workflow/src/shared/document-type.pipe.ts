import { RequestValidationError } from '@jejak/http';
import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { DOCUMENT_TYPES } from '../domain/approval-chain.defaults';
import { DocumentType } from '../domain/workflow.events';

/** `@Param('documentType', DocumentTypePipe)`: one of the document types, else 400 naming the parameter. */
@Injectable()
export class DocumentTypePipe implements PipeTransform<string, DocumentType> {
  transform(value: string, metadata: ArgumentMetadata): DocumentType {
    if ((DOCUMENT_TYPES as readonly string[]).includes(value)) return value as DocumentType;
    throw new RequestValidationError([
      { path: metadata.data ?? 'documentType', message: `must be one of ${DOCUMENT_TYPES.join(', ')}` },
    ]);
  }
}
