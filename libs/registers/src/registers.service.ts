import { Injectable } from '@nestjs/common';
import { CommandExecutor } from '@beslutskedjan/platform';
import { memberRegisterDecider, providerRegisterDecider } from './registers.deciders.js';
import { memberRegisterStreamId, providerRegisterStreamId } from './registers.events.js';
import type { MemberRegisterState, ProviderRegisterState } from './registers.state.js';

/**
 * The registers as they stand now. Each is one short stream per tenant, loaded through the
 * executor, which keeps its folded state: a submission resolves its parties without a read model
 * and never misses a member registered a moment ago.
 */
@Injectable()
export class Registers {
  constructor(private readonly executor: CommandExecutor) {}

  async members(tenant: string): Promise<MemberRegisterState> {
    return (await this.executor.load(memberRegisterStreamId(tenant), memberRegisterDecider)).state;
  }

  async providers(tenant: string): Promise<ProviderRegisterState> {
    return (await this.executor.load(providerRegisterStreamId(tenant), providerRegisterDecider)).state;
  }
}
