import { recordedEvent } from '@jejak/testing';
import { PLANNING_EVENT_TYPES, PlanningEvent } from '../domain/planning.events';
import {
  adopted,
  goalDefined,
  indicatorDefined,
  objectiveDefined,
  old1In2022,
  pengadaan,
  activityDefined,
  programDefined,
  kepegawaian,
  s1,
  s11,
  t1,
  t11,
} from '../domain/renstra.spec-data';
import {
  budgetItemRow,
  historyRow,
  indicatorRow,
  planProjection,
  renstraKey,
  renstraRow,
} from './plan.projection';

const STREAM = 'kota-dumai/renstra-bkpsdm-2021-2026';

const recordedAt = new Date('2024-03-04T02:00:00.000Z');
const recorded = <E extends PlanningEvent>(event: E, streamPosition: number) =>
  recordedEvent(event, { tenantId: 'kota-dumai', stream: STREAM, streamPosition, recordedAt });

const key = renstraKey(recorded(adopted, 0));
const at = { tenantId: 'kota-dumai', agency: 'bkpsdm', period: '2021-2026' };

describe('the plan projection', () => {
  it("reads the tenant, agency and period from the stream's name", () => {
    expect(key).toEqual({ ...at, from: 2021, to: 2026 });
    const hyphenated = renstraKey({
      ...recorded(adopted, 0),
      streamId: 'kota-dumai/renstra-dinas-pu-2021-2026',
    });
    expect(hyphenated.agency).toBe('dinas-pu');
  });

  it('adds the Renstra row at its adoption, and every later event advances its revision (the ETag)', () => {
    const row = renstraRow(null, recorded(adopted, 0), key);
    expect(row).toEqual({
      ...at,
      periodFrom: 2021,
      periodTo: 2026,
      title: 'Perubahan Renstra BKPSDM Kota Dumai 2021-2026',
      adoptedOn: '2024-03-01',
      amendments: [],
      amendedOn: null,
      goals: [],
      revision: 0,
    });
    expect(renstraRow(row, recorded(programDefined(kepegawaian), 1), key)?.revision).toBe(1);
  });

  it('nests objectives under their goals in the Renstra row', () => {
    const events = [adopted, goalDefined(t1), objectiveDefined(s1)].map(recorded);
    const row = events.reduce((r, e) => renstraRow(r, e, key), null as ReturnType<typeof renstraRow>);
    expect(row?.goals).toEqual([
      { code: 'T1', statement: t1.statement, objectives: [{ code: 'S1', statement: s1.statement }] },
    ]);
  });

  it('keeps every amendment and takes the amended title', () => {
    const amended = recorded(
      {
        type: 'RenstraAmended',
        data: {
          title: 'Renstra 2021-2026 (Perubahan)',
          amendedOn: '2024-03-01',
          reason: 'IKU',
          legalBasis: null,
        },
      },
      1,
    );
    const row = renstraRow(renstraRow(null, recorded(adopted, 0), key), amended, key);
    expect([row?.title, row?.amendedOn, row?.amendments.length]).toEqual([
      'Renstra 2021-2026 (Perubahan)',
      '2024-03-01',
      1,
    ]);
  });

  it("resolves an indicator's validity to the plan's period when it declares none", () => {
    const row = indicatorRow(null, recorded(indicatorDefined(t11), 3), key);
    expect(row).toMatchObject({
      ...at,
      code: 'T1.1',
      validFrom: 2021,
      validTo: 2026,
      targets: t11.targets,
      replacedBy: [],
      revision: 3,
    });
    expect(indicatorRow(null, recorded(indicatorDefined(s11), 4), key)).toMatchObject({
      validFrom: 2024,
      replaces: s11.replaces,
    });
  });

  it('applies a revision over the definition, and a replacement to the validity', () => {
    const defined = indicatorRow(null, recorded(indicatorDefined(t11), 3), key);
    const revision = {
      type: 'IndicatorRevised' as const,
      data: { code: 'T1.1', changes: { targets: { '2022': '61' } }, reason: null },
    };
    expect(indicatorRow(defined, recorded(revision, 4), key)).toMatchObject({
      name: t11.name,
      targets: { '2022': '61' },
      revision: 4,
    });
    const replacement = {
      type: 'IndicatorReplaced' as const,
      data: { code: 'T1.1', replacedBy: 'S1.1', validTo: 2023 },
    };
    expect(indicatorRow(defined, recorded(replacement, 5), key)).toMatchObject({
      validFrom: 2021,
      validTo: 2023,
      replacedBy: ['S1.1'],
    });
  });

  it('puts programs, kegiatan and sub kegiatan in one table, each under its parent', () => {
    expect(budgetItemRow(null, recorded(programDefined(kepegawaian), 1), key)).toEqual({
      ...at,
      code: '5.03.02',
      name: 'Program Kepegawaian Daerah',
      level: 'program',
      parent: null,
      unit: null,
      objectives: ['S1'],
      revision: 1,
    });
    expect(budgetItemRow(null, recorded(activityDefined(pengadaan), 2), key)).toMatchObject({
      level: 'activity',
      parent: '5.03.02',
      unit: 'bidang-pengadaan-pemberhentian-informasi',
    });
  });

  it('records a historical result as reported then', () => {
    const event = recorded({ type: 'HistoricalResultRecorded', data: old1In2022 }, 6);
    expect(historyRow(null, event, key)).toEqual({ ...at, ...old1In2022, revision: 6 });
  });

  it('changes nothing when an event is replayed', () => {
    const event = recorded(indicatorDefined(t11), 3);
    const row = indicatorRow(null, event, key);
    expect(indicatorRow(row, event, key)).toBe(row);
    const renstra = renstraRow(null, recorded(adopted, 0), key);
    expect(renstraRow(renstra, recorded(adopted, 0), key)).toBe(renstra);
  });

  it('handles every planning event', () => {
    expect([...planProjection.eventTypes].sort()).toEqual([...PLANNING_EVENT_TYPES].sort());
    expect(planProjection.name).toBe('planning-plan');
  });
});
