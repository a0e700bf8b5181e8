import { verifyFollowUpChange } from '@jejak/evaluation';
import { CommandMetadata, EventStore, uuidV5 } from '@jejak/eventstore';
import { RequestValidationError, fieldErrorsOf } from '@jejak/http';
import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { ChangeNotForDocumentType, UnknownChange } from '../domain/workflow.errors';
import { DocumentType, ProposedChange } from '../domain/workflow.events';
import { amendAgreementChange } from './amend-agreement.change';
import { ChangeType } from './change-type';
import { reportRealizationsChange } from './report-realizations.change';

/**
 * The changes that can be proposed for approval. A context adds one line here (or registers its
 * change type from its own module with `ChangeRegistry.register`).
 */
export const CHANGE_TYPES: readonly ChangeType[] = [
  amendAgreementChange,
  reportRealizationsChange,
  verifyFollowUpChange,
];

/** A proposed change, validated: its type and the data the workflow keeps. */
export interface ValidChange {
  readonly type: ChangeType;
  readonly change: ProposedChange;
}

@Injectable()
export class ChangeRegistry {
  private readonly types = new Map<string, ChangeType>(CHANGE_TYPES.map((type) => [type.command, type]));

  /** Makes another context's command approvable (call it from that module's constructor or onModuleInit). */
  register(type: ChangeType): void {
    this.types.set(type.command, type);
  }

  typeOf(command: string): ChangeType {
    const type = this.types.get(command);
    if (!type) throw new UnknownChange(command);
    return type;
  }

  /**
   * The change as the workflow keeps it: its data validated by its type's input class (400 naming
   * `change.data…` paths) and put in the target command's spelling.
   */
  async validate(
    documentType: DocumentType,
    change: { command: string; data: unknown },
    path = 'change',
  ): Promise<ValidChange> {
    const type = this.typeOf(change.command);
    if (!type.documentTypes.includes(documentType))
      throw new ChangeNotForDocumentType(change.command, documentType);
    const input = plainToInstance(type.input, change.data);
    const errors = await validate(input, {
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
    });
    if (errors.length > 0) throw new RequestValidationError(fieldErrorsOf(errors, `${path}.data`));
    return { type, change: { command: type.command, data: type.dataOf(input) } };
  }

  /**
   * What the target context would refuse if the change were applied now: its decider judges the
   * draft on its stream (appending nothing) and its DomainError (a 422 with its own code) comes out.
   */
  async dryRun(
    store: EventStore,
    tenant: string,
    change: ProposedChange,
    metadata: CommandMetadata,
  ): Promise<void> {
    const type = this.typeOf(change.command);
    const at = (i: number, extra: Partial<CommandMetadata> = {}) => ({
      ...metadata,
      commandId: uuidV5(`dry-run|${metadata.commandId}|${i}`),
      ...extra,
    });
    await type.dryRun(store, type.commands(tenant, change.data, at));
  }
}
