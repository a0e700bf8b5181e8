import type { PostRole } from '@jejak/access';
import { Query } from '@nestjs/cqrs';
import { PostEntity } from './post.entity';
import { UnitEntity } from './unit.entity';

export interface UnitView {
  readonly unit: string;
  readonly name: string;
  /** The parent unit; null directly under the head of agency. */
  readonly parent: string | null;
  readonly createdAt: string;
}

export interface AgencyUnitsView {
  readonly tenant: string;
  readonly agency: string;
  /** The agency stream's revision: the ETag to send as `If-Match` when adding a unit. */
  readonly revision: number;
  readonly items: readonly UnitView[];
}

export interface PostView {
  readonly tenant: string;
  readonly post: string;
  readonly title: string;
  readonly agency: string;
  readonly unit: string | null;
  readonly role: PostRole;
  readonly superior: string | null;
  readonly createdAt: string;
  readonly revision: number;
}

/** An agency's units, parents before children; unknown or another tenant's → `UnknownAgency` (404). */
export class ListUnitsQuery extends Query<AgencyUnitsView> {
  constructor(
    readonly tenantId: string,
    readonly agencyId: string,
  ) {
    super();
  }
}

/** A tenant's posts; unknown or another tenant's → `UnknownTenant` (404). */
export class ListPostsQuery extends Query<PostView[]> {
  constructor(readonly tenantId: string) {
    super();
  }
}

export const unitView = (row: UnitEntity): UnitView => ({
  unit: row.unitId,
  name: row.name,
  parent: row.parentUnitId,
  createdAt: row.createdAt.toISOString(),
});

export const postView = (row: PostEntity): PostView => ({
  tenant: row.tenantId,
  post: row.postId,
  title: row.title,
  agency: row.agencyId,
  unit: row.unitId,
  role: row.role,
  superior: row.superiorPostId,
  createdAt: row.createdAt.toISOString(),
  revision: row.revision,
});
