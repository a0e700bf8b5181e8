import { BONTANG, DUMAI, InboxDb, april, callers } from './testing/inbox-db.fixture';

// The sekretaris of BKPSDM Kota Dumai: LKjIPs and follow-ups begin with the sekretaris
// (DEFAULT_CHAINS), four waiting since April 2024 (overdue after 3 days), one since today.
const db = new InboxDb();

beforeAll(async () => {
  await db.start();
  for (const day of [12, 13, 14, 15])
    await db.submit(DUMAI, `lkjip-${day}`, { type: 'lkjip', unit: null, at: april(day) });
  await db.submit(DUMAI, 'follow-up-now', { type: 'follow-up', unit: null, at: new Date() });
  await db.catchUp();
});
afterAll(() => db.stop());

describe('the inbox’s pages, filters and counts', () => {
  it('walks the inbox oldest first by keyset cursor, each item once', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await db.inbox(callers.sekretaris, {}, 2, cursor);
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((i) => i.workflowId));
      cursor = page.next ?? undefined;
    } while (cursor);
    expect(seen).toEqual(['lkjip-12', 'lkjip-13', 'lkjip-14', 'lkjip-15', 'follow-up-now']);
  });

  it('filters by type, agency and overdue', async () => {
    expect(await db.ids(callers.sekretaris, { type: 'follow-up' })).toEqual(['follow-up-now']);
    expect(await db.ids(callers.sekretaris, { agency: 'bappeda' })).toEqual([]);
    expect(await db.ids(callers.sekretaris, { overdue: false })).toEqual(['follow-up-now']);
    expect(await db.ids(callers.sekretaris, { overdue: true, type: 'lkjip' })).toHaveLength(4);
  });

  it('counts per document type for the badge', async () => {
    expect(await db.counts(callers.sekretaris)).toEqual({
      total: 5,
      overdue: 4,
      byType: [
        { documentType: 'follow-up', total: 1, overdue: 0 },
        { documentType: 'lkjip', total: 4, overdue: 4 },
      ],
    });
  });

  it('counts an item reached through two posts once', async () => {
    const both = { ...callers.sekretaris, posts: [...callers.sekretaris.posts, ...callers.pltKabid.posts] };
    // One step waiting on a named post and on a role: the Plt. kepala bidang who is also sekretaris holds both.
    const chain = [
      { name: 'Paraf', assignees: [{ posts: ['kabid-mutasi'] }, { role: 'secretary' }], dueInSeconds: null },
    ];
    await db.submit(DUMAI, 'lkjip-both', { type: 'lkjip', unit: null, at: april(16), chain });
    await db.catchUp();
    expect(await db.assigneesOf('lkjip-both')).toEqual(['kabid-mutasi', 'sekretaris-bkpsdm']);
    expect((await db.counts(both)).total).toBe(6);
    expect((await db.ids(both)).filter((id) => id === 'lkjip-both')).toHaveLength(1);
  });

  it('narrows to the post named in X-Jejak-Post', async () => {
    const both = { ...callers.sekretaris, posts: [...callers.sekretaris.posts, ...callers.pltKabid.posts] };
    await db.submit(DUMAI, 'tw2', { at: april(17) });
    await db.catchUp();
    expect(await db.ids(both)).toContain('tw2');
    expect(await db.ids({ ...both, namedPost: 'sekretaris-bkpsdm' })).not.toContain('tw2');
    expect(await db.ids({ ...both, namedPost: 'kabid-mutasi' })).toEqual(['lkjip-both', 'tw2']);
  });

  it('leaves out an acting appointment (Plt.) past its end', async () => {
    const ended = { ...callers.pltKabid, posts: [{ ...callers.pltKabid.posts[0], to: '2024-06-30' }] };
    expect(await db.ids(ended)).toEqual([]);
  });
});

describe('another tenant', () => {
  it('does not see the items of the same post code elsewhere', async () => {
    expect(await db.ids(callers.bontangSekretaris)).toEqual([]);
    expect(await db.counts(callers.bontangSekretaris)).toEqual({ total: 0, overdue: 0, byType: [] });
  });

  it('cannot read them through the app role, whatever it asks', async () => {
    const everything = `SELECT 'item' FROM workflow_items WHERE tenant_id = $1
       UNION ALL SELECT 'assignee' FROM workflow_item_assignees WHERE tenant_id = $1
       UNION ALL SELECT 'action' FROM workflow_actions WHERE tenant_id = $1`;
    expect(await db.asTenant(BONTANG, everything, [DUMAI])).toEqual([]);
    expect((await db.asTenant(DUMAI, everything, [DUMAI])).length).toBeGreaterThan(0);
  });

  it('cannot write them', async () => {
    const insert = `INSERT INTO workflow_actions VALUES ($1, 'x', 0, 'submitted', NULL, NULL, 'a', NULL, NULL,
                    false, NULL, now(), 'lkjip', 'bkpsdm', 't')`;
    await expect(db.asTenant(BONTANG, insert, [DUMAI])).rejects.toThrow(/row-level security/);
  });
});
