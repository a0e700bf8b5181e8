// The inbox's public pieces, re-exported by the workflow context's index.
export * from './workflow-item.entity';
export * from './workflow-item-assignee.entity';
export * from './workflow-action.entity';
export * from './workflow-inbox.migration';
export * from './workflow-inbox.projection';
export { inboxItem, inboxAction, awaiting, type InboxEvent, type Awaiting } from './workflow-inbox.rows';
export { callerKeys, rolePseudoPost, accountKey, type CallerKeys } from './inbox-keys';
export * from './inbox.sql';
export * from './inbox.query';
export { INBOX_DOCUMENT_TYPES } from './inbox.dto';
export * from './workflow-inbox.module';
