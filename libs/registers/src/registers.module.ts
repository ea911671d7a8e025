import { Module } from '@nestjs/common';
import { PolicyModule } from '@beslutskedjan/policy';
import { AssessProviderCriteriaHandler } from './assessing-provider-criteria/assess-provider-criteria.handler.js';
import { RegisterMemberHandler } from './registering-member/register-member.handler.js';
import { RegisterProviderHandler } from './registering-provider/register-provider.handler.js';
import { ListRegistersHttp } from './read/list-registers.http.js';
import { AssessProviderCriteriaHttp } from './assessing-provider-criteria/assess-provider-criteria.http.js';
import { RegisterMemberHttp } from './registering-member/register-member.http.js';
import { RegisterProviderHttp } from './registering-provider/register-provider.http.js';
import { Registers } from './registers.service.js';

const commandHandlers = [RegisterMemberHandler, RegisterProviderHandler, AssessProviderCriteriaHandler];

/** The förbund's registers of members and providers. */
@Module({
  imports: [PolicyModule],
  controllers: [RegisterMemberHttp, RegisterProviderHttp, AssessProviderCriteriaHttp, ListRegistersHttp],
  providers: [Registers, ...commandHandlers],
  exports: [Registers],
})
export class RegistersModule {}
