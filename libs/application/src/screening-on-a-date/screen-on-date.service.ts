import { Injectable } from '@nestjs/common';
import { PoliciesInForce } from '@beslutskedjan/policy';
import { Registers } from '@beslutskedjan/registers';
import type { ApplicationBody } from '../application.schemas.js';
import { validApplicationContent } from '../application-content.js';
import { resolveParties } from '../parties/resolve-parties.js';
import { screenApplication, type ScreeningResult } from '../screening/screen-application.js';

/**
 * "How would this screen under the policy in force on date D?" without submitting: the same
 * validation and screening as a submission, against the versions in force that day. It reads
 * the policies and the registers and appends nothing. Parties are resolved from the registers
 * as they stand now (the registers keep no history of a party's name).
 */
@Injectable()
export class ScreenOnDate {
  constructor(
    private readonly policies: PoliciesInForce,
    private readonly registers: Registers,
  ) {}

  async screen(tenant: string, body: ApplicationBody, date: string): Promise<ScreeningResult> {
    const [policiesInForce, members, providers] = await Promise.all([
      this.policies.on(tenant, date),
      this.registers.members(tenant),
      this.registers.providers(tenant),
    ]);
    const content = validApplicationContent(resolveParties(body, { members, providers }), policiesInForce);
    return screenApplication(content, policiesInForce, date);
  }
}
