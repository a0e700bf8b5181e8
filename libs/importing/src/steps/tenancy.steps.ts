import { InterchangeDocument, OrganisationUnit } from '@jejak/interchange';
import {
  ChangeConventionsCommand,
  CreateAgencyCommand,
  CreateTenantCommand,
  CreateUnitCommand,
  TenantKind,
  agencyDecider,
  agencyStream,
  conventionsDecider,
  conventionsStream,
  tenantDecider,
  tenantStream,
} from '@jejak/tenancy';
import { SCOPE_FIELDS, rebase } from '../domain/document-paths';
import { ImportScope, ImportStep } from '../domain/import-step';
import { TenantKindRequired } from '../domain/import.errors';
import { agencyState, requireTenant, sendTo, tenantState } from './send';

/** The kind the document states, or the one its name states ("Pemerintah Kabupaten …"); never guessed. */
function tenantKind(doc: InterchangeDocument): TenantKind | null {
  if (doc.tenant.kind) return doc.tenant.kind;
  const words = doc.tenant.name.toLowerCase().split(/\s+/);
  const named = (['provinsi', 'kabupaten', 'kota'] as const).filter((kind) => words.includes(kind));
  return named.length === 1 ? named[0] : null;
}

/** The tenant, unless it exists (whatever its name there: the platform's record wins). */
function tenantStep(doc: InterchangeDocument, { tenant }: ImportScope): ImportStep {
  return {
    key: 'tenant',
    command: 'CreateTenant',
    path: '$.tenant',
    stream: tenantStream(tenant),
    occurredAt: null,
    requires: [],
    pathOf: rebase('$.tenant', SCOPE_FIELDS),
    async send(store, metadata) {
      if ((await tenantState(store, tenant)).status !== 'absent') return;
      const kind = tenantKind(doc);
      if (kind === null) throw new TenantKindRequired(tenant);
      const data = { tenantId: tenant, name: doc.tenant.name, kind, province: doc.tenant.province ?? null };
      await sendTo(store, tenantStream(tenant), tenantDecider, new CreateTenantCommand(data, metadata));
    },
  };
}

/** The agency, unless it exists. */
function agencyStep(doc: InterchangeDocument, { tenant, agency }: ImportScope): ImportStep {
  return {
    key: 'agency',
    command: 'CreateAgency',
    path: '$.agency',
    stream: agencyStream(tenant, agency),
    occurredAt: null,
    requires: ['tenant'],
    pathOf: rebase('$.agency', SCOPE_FIELDS),
    async send(store, metadata) {
      await requireTenant(store, tenant);
      if ((await agencyState(store, tenant, agency)).status !== 'absent') return;
      const data = {
        tenantId: tenant,
        agencyId: agency,
        name: doc.agency.name,
        shortName: doc.agency.shortName ?? null,
      };
      await sendTo(
        store,
        agencyStream(tenant, agency),
        agencyDecider,
        new CreateAgencyCommand(data, metadata),
      );
    },
  };
}

/** Parents before their children, whatever order the document lists them in (the decider needs it). */
export function unitsInTreeOrder(
  units: readonly OrganisationUnit[],
): { unit: OrganisationUnit; index: number }[] {
  const pending = units.map((unit, index) => ({ unit, index }));
  const placed = new Set<string>();
  const ordered: { unit: OrganisationUnit; index: number }[] = [];
  while (pending.length > 0) {
    const ready = pending.findIndex(({ unit }) => !unit.parent || placed.has(unit.parent));
    // A loop of parents: the rest go in document order, and the decider names the unknown parent.
    const [next] = pending.splice(ready < 0 ? 0 : ready, 1);
    placed.add(next.unit.code);
    ordered.push(next);
  }
  return ordered;
}

function unitStep(
  { unit, index }: { unit: OrganisationUnit; index: number },
  scope: ImportScope,
): ImportStep {
  const { tenant, agency } = scope;
  const path = `$.agency.units[${index}]`;
  return {
    key: `unit:${unit.code}`,
    command: 'CreateUnit',
    path,
    stream: agencyStream(tenant, agency),
    occurredAt: null,
    requires: ['agency'],
    pathOf: rebase(path, { ...SCOPE_FIELDS, unitId: 'code', parentUnitId: 'parent' }),
    async send(store, metadata) {
      const data = {
        tenantId: tenant,
        agencyId: agency,
        unitId: unit.code,
        name: unit.name,
        parentUnitId: unit.parent ?? null,
      };
      await sendTo(store, agencyStream(tenant, agency), agencyDecider, new CreateUnitCommand(data, metadata));
    },
  };
}

/**
 * The document's conventions, stated from its fiscal year on. The decider records nothing when
 * that year's own version already says this; it records a version equal to an earlier year's,
 * so that a year imported later in between cannot change this year's numbers.
 */
function conventionsStep(doc: InterchangeDocument, { tenant, fiscalYear }: ImportScope): ImportStep {
  const conventions = doc.conventions ?? {};
  return {
    key: 'conventions',
    command: 'ChangeConventions',
    path: '$.conventions',
    stream: conventionsStream(tenant),
    occurredAt: null,
    requires: ['tenant'],
    pathOf: rebase('$', { ...SCOPE_FIELDS, fromFiscalYear: 'fiscalYear' }),
    async send(store, metadata) {
      await requireTenant(store, tenant);
      const command = new ChangeConventionsCommand(
        { tenantId: tenant, fromFiscalYear: fiscalYear, conventions },
        metadata,
      );
      await sendTo(store, conventionsStream(tenant), conventionsDecider, command);
    },
  };
}

/** Tenant, agency, its units, the conventions (only when the document states them). */
export function tenancySteps(doc: InterchangeDocument, scope: ImportScope): ImportStep[] {
  return [
    tenantStep(doc, scope),
    agencyStep(doc, scope),
    ...unitsInTreeOrder(doc.agency.units ?? []).map((u) => unitStep(u, scope)),
    ...(doc.conventions ? [conventionsStep(doc, scope)] : []),
  ];
}
