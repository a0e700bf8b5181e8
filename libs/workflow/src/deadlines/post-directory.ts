import { PostEntity } from '@jejak/tenancy';
import { EntityManager } from 'typeorm';
import { DirectoryPost } from './domain/step-posts';

/**
 * The tenant's posts from tenancy's directory read model (its public `PostEntity`), in the
 * caller's transaction: who may act on a step, and whom each post answers to. (The API's
 * handlers ask tenancy's posts query; the worker has no tenancy module, so it reads the rows.)
 */
export async function readDirectory(manager: EntityManager, tenantId: string): Promise<DirectoryPost[]> {
  const rows = await manager.find(PostEntity, { where: { tenantId } });
  return rows.map((row) => ({
    post: row.postId,
    agency: row.agencyId,
    unit: row.unitId,
    role: row.role,
    superior: row.superiorPostId,
  }));
}
