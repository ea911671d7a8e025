import { demoPoliciesHistory } from '@beslutskedjan/policy';
import type { TestApp } from './test-app.js';
import { client, REGISTERED } from './workflow-fixtures.js';

/**
 * Gives a test tenant the demo policies (seed 000's history and the general funding guidelines) and
 * the registered parties the fixtures name, through the public API, as a director and a chair would.
 */
export async function seedPolicyOverHttp(t: TestApp, tenant: string): Promise<void> {
  await registerPartiesOverHttp(t, tenant);
  const api = client(t.http);
  const director = await t.token(['director'], { tenant, userId: `${tenant}-policy-director` });
  const chair = await t.token(['chair'], { tenant, userId: `${tenant}-policy-chair` });
  for (const command of demoPoliciesHistory()) {
    const { policyId, ...data } = command.data as { policyId: string } & Record<string, unknown>;
    if (command.type === 'DraftPolicyRevision') await api.post(director, `/api/policies/${policyId}/revisions`, data);
    if (command.type === 'AdoptPolicyRevision') {
      const { revision, ...body } = data as { revision: number } & Record<string, unknown>;
      await api.post(chair, `/api/policies/${policyId}/revisions/${revision}/adoption`, body);
    }
  }
}

/** The members and providers the application fixtures name (registerMember, registerProvider). */
export async function registerPartiesOverHttp(t: TestApp, tenant: string): Promise<void> {
  const api = client(t.http);
  const admin = await t.token(['admin'], { tenant, userId: `${tenant}-register-admin` });
  for (const m of REGISTERED.members) await api.post(admin, '/api/registers/members', m);
  for (const p of REGISTERED.providers) await api.post(admin, '/api/registers/providers', p);
}
