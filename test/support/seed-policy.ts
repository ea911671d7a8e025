import { demoPolicyHistory } from '../../libs/policy/src/demo/demo-policy-history.js';
import type { TestApp } from './test-app.js';
import { client } from './workflow-fixtures.js';

/** Gives a test tenant the demo policy history (seed 000) through the public API, as a director and a chair would. */
export async function seedPolicyOverHttp(t: TestApp, tenant: string): Promise<void> {
  const api = client(t.http);
  const director = await t.token(['director'], { tenant, userId: `${tenant}-policy-director` });
  const chair = await t.token(['chair'], { tenant, userId: `${tenant}-policy-chair` });
  for (const command of demoPolicyHistory()) {
    const { policyId, ...data } = command.data as { policyId: string } & Record<string, unknown>;
    if (command.type === 'DraftPolicyRevision') await api.post(director, `/api/policies/${policyId}/revisions`, data);
    if (command.type === 'AdoptPolicyRevision') {
      const { revision, ...body } = data as { revision: number } & Record<string, unknown>;
      await api.post(chair, `/api/policies/${policyId}/revisions/${revision}/adoption`, body);
    }
  }
}
