import { INestApplicationContext } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Actor, asPlatform } from '@jejak/database';
import { CommandMetadata, DomainError, uuidV5 } from '@jejak/eventstore';
import { InterchangeDocument } from '@jejak/interchange';
import { CreatePostCommand, OpenAccountCommand } from '@jejak/tenancy';

/** The development password of every demo account (documented in the start-up log; demo data only). */
export const DEMO_PASSWORD = 'jejak-demo';

export interface DemoAccount {
  readonly email: string;
  readonly role: string;
  readonly post: string;
}

interface DemoPost {
  readonly postId: string;
  readonly title: string;
  readonly role: 'tenant-admin' | 'head-of-agency' | 'staff';
  readonly unitId: string | null;
  readonly superiorPostId: string | null;
  readonly email: string;
  readonly displayName: string;
}

/** The unit whose staff reports realizations in the demo: the one owning the plan's first kegiatan. */
function staffUnit(doc: InterchangeDocument): { code: string; name: string } | undefined {
  const units = doc.agency.units ?? [];
  const owning = (doc.plan.programs ?? []).flatMap((p) => p.activities ?? []).find((a) => a.unit)?.unit;
  return units.find((u) => u.code === owning) ?? units[0];
}

function demoPosts(doc: InterchangeDocument): DemoPost[] {
  const tenant = doc.tenant.code;
  const agency = doc.agency.code;
  const head = `kepala-${agency}`;
  const unit = staffUnit(doc);
  const mail = (who: string) => `${who}@${tenant}.jejak.local`;
  return [
    {
      postId: 'admin-jejak',
      title: 'Administrator Jejak',
      role: 'tenant-admin',
      unitId: null,
      superiorPostId: null,
      email: mail('admin'),
      displayName: `Administrator Jejak ${doc.tenant.name}`,
    },
    {
      postId: head,
      title: doc.agency.head?.position ?? 'Kepala',
      role: 'head-of-agency',
      unitId: null,
      superiorPostId: null,
      email: mail('kepala'),
      displayName: `Kepala ${doc.agency.name}`,
    },
    ...(unit
      ? [
          {
            postId: `staf-${unit.code}`,
            title: `Staf ${unit.name}`,
            role: 'staff' as const,
            unitId: unit.code,
            superiorPostId: head,
            email: mail('staf'),
            displayName: `Staf ${unit.name}`,
          },
        ]
      : []),
  ];
}

const ALREADY_THERE = ['IDENTITY.EMAIL_TAKEN', 'IDENTITY.ACCOUNT_EXISTS'];

/**
 * Per demo tenant: a tenant administrator, the head of the agency and a staff member of a unit,
 * each an account holding a post with that role. Deterministic command ids make a restart
 * record nothing again; an account already opened is left as it is.
 */
export async function openDemoAccounts(
  app: INestApplicationContext,
  doc: InterchangeDocument,
  actor: Actor,
): Promise<DemoAccount[]> {
  const commands = app.get(CommandBus, { strict: false });
  const tenantId = doc.tenant.code;
  const metadata = (what: string): CommandMetadata => ({
    tenantId,
    now: new Date(),
    actor,
    commandId: uuidV5(`demo|${tenantId}|${what}`),
    source: 'system',
  });
  const accounts: DemoAccount[] = [];
  for (const p of demoPosts(doc)) {
    const { postId, title, role, unitId, superiorPostId, email, displayName } = p;
    const post = { tenantId, postId, title, agencyId: doc.agency.code, unitId, role, superiorPostId };
    await asPlatform(() => commands.execute(new CreatePostCommand(post, metadata(`post:${postId}`))));
    const account = { tenantId, email, displayName, password: DEMO_PASSWORD, posts: [{ post: postId }] };
    try {
      await asPlatform(() => commands.execute(new OpenAccountCommand(account, metadata(`account:${email}`))));
    } catch (error) {
      if (!(error instanceof DomainError && ALREADY_THERE.includes(error.code))) throw error;
    }
    accounts.push({ email, role, post: postId });
  }
  return accounts;
}
