import { deciderSpec, specMetadata } from '@jejak/testing';
import { ReadNotifications, notificationDecider } from './notification.decider';
import { NotificationsRead } from './notification.events';

const spec = deciderSpec(notificationDecider);
const account = '3f0c1a52-9d7e-4c1b-8a2f-5b6e7d8c9a01';
const reminder = '11111111-1111-4111-8111-111111111111';
const escalation = '22222222-2222-4222-8222-222222222222';
const read = (...notifications: string[]): ReadNotifications => ({
  type: 'ReadNotifications',
  data: { account, notifications },
  metadata: specMetadata(),
});
const wasRead = (...notifications: string[]): NotificationsRead => ({
  type: 'NotificationsRead',
  data: { account, notifications },
});

describe("an official's notifications", () => {
  it('are marked read, each once, in a stable order', () => {
    spec
      .given([])
      .when(read(escalation, reminder, escalation))
      .then([wasRead(reminder, escalation)]);
  });

  it('marked read again record nothing', () => {
    spec
      .given([wasRead(reminder)])
      .when(read(reminder))
      .thenNothing();
  });

  it('marked all read record only the ones not read yet', () => {
    spec
      .given([wasRead(reminder)])
      .when(read(reminder, escalation))
      .then([wasRead(escalation)]);
  });
});
