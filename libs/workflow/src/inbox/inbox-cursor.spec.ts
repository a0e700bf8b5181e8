import { RequestValidationError } from '@jejak/http';
import { historyCursor, historyPositionOf, inboxCursor, inboxPositionOf } from './inbox-cursor';

describe('an inbox cursor', () => {
  it('names the position of the last row, to the microsecond', () => {
    const position = { waitingSince: '2024-04-05T01:00:00.123456Z', workflowId: 'wf-1' };
    expect(inboxPositionOf(inboxCursor(position))).toEqual(position);
  });

  it.each([
    'garbage',
    Buffer.from('["yesterday","wf-1"]').toString('base64url'),
    historyCursor({ at: '2024-04-05T01:00:00Z', workflowId: 'wf', seq: 1 }),
  ])('that is not one of ours is a 400 naming the parameter (%s)', (cursor) => {
    let thrown: unknown;
    try {
      inboxPositionOf(cursor);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(RequestValidationError);
    expect((thrown as RequestValidationError).errors).toEqual([expect.objectContaining({ path: 'cursor' })]);
  });
});

describe('a history cursor', () => {
  it('names time, workflow and stream position', () => {
    const position = { at: '2024-04-05T01:00:00.000000Z', workflowId: 'wf-1', seq: 3 };
    expect(historyPositionOf(historyCursor(position))).toEqual(position);
  });

  it('refuses an inbox cursor', () => {
    expect(() =>
      historyPositionOf(inboxCursor({ waitingSince: '2024-04-05T01:00:00Z', workflowId: 'wf' })),
    ).toThrow(RequestValidationError);
  });
});
