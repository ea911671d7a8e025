import { Body, Controller, Param, Post, Headers } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import {
  AllowRoles,
  CurrentPrincipal,
  CommandContextFactory,
  type RequestHeaders,
  type CommandResult,
  ApiCommand,
  parseInput,
} from '@beslutskedjan/platform';
import type { Principal, Role } from '@beslutskedjan/shared';
import {
  appealBody,
  chairForTheDayBody,
  emptyBody,
  itemNoSchema,
  meetingIdSchema,
  motionBody,
  protocolNoteBody,
  questionBody,
} from '../board.schemas.js';
import { MeetingCommandEnvelope, type SimpleMeetingCommand } from '../http/meeting-command.handler.js';

const MEMBERS: Role[] = ['board_member', 'chair'];
const OFFICE: Role[] = ['director', 'chair', 'admin'];
const meeting = (v: string) => parseInput(meetingIdSchema, v, 'meetingId');
const item = (v: string) => parseInput(itemNoSchema, v, 'itemNo');

/** The meeting's procedure in law: motions, the question, votering, notes, the chair for the day, omedelbar justering, anslag, appeals. */
@ApiTags('meetings')
@Controller('meetings')
export class MeetingProcedureHttp {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
  ) {}

  private run<C extends SimpleMeetingCommand>(
    type: C['type'],
    data: C['data'],
    headers: RequestHeaders,
    principal: Principal,
    roles: Role[],
  ) {
    const context = this.contexts.create(headers, principal, roles);
    return this.commands.execute<MeetingCommandEnvelope, CommandResult>(new MeetingCommandEnvelope(type, data, context));
  }

  @Post(':meetingId/items/:itemNo/motions')
  @AllowRoles(...MEMBERS)
  @ApiCommand(
    'moveMotion',
    'A member serving on the item moves a motion (yrkande): approval, approval with changed terms, rejection, återremiss or bordläggning',
    motionBody,
  )
  moveMotion(
    @Param('meetingId') m: string,
    @Param('itemNo') n: string,
    @Body() body: unknown,
    @Headers() headers: RequestHeaders,
    @CurrentPrincipal() p: Principal,
  ) {
    return this.run('MoveMotion', { ...parseInput(motionBody, body), meetingId: meeting(m), itemNo: item(n) }, headers, p, MEMBERS);
  }

  @Post(':meetingId/items/:itemNo/question')
  @AllowRoles(...MEMBERS)
  @ApiCommand(
    'putQuestion',
    'The presiding member puts the question (proposition): the motion found adopted (0 = the recommendation) and the counter-motion',
    questionBody,
  )
  putQuestion(
    @Param('meetingId') m: string,
    @Param('itemNo') n: string,
    @Body() body: unknown,
    @Headers() headers: RequestHeaders,
    @CurrentPrincipal() p: Principal,
  ) {
    return this.run('PutQuestion', { ...parseInput(questionBody, body), meetingId: meeting(m), itemNo: item(n) }, headers, p, MEMBERS);
  }

  @Post(':meetingId/items/:itemNo/votering')
  @AllowRoles(...MEMBERS)
  @ApiCommand('requestVotering', 'A member serving on the item asks for a vote by name (votering) after the question is put', emptyBody)
  requestVotering(
    @Param('meetingId') m: string,
    @Param('itemNo') n: string,
    @Body() body: unknown,
    @Headers() headers: RequestHeaders,
    @CurrentPrincipal() p: Principal,
  ) {
    parseInput(emptyBody, body ?? {});
    return this.run('RequestVotering', { meetingId: meeting(m), itemNo: item(n) }, headers, p, MEMBERS);
  }

  @Post(':meetingId/items/:itemNo/protocol-notes')
  @AllowRoles(...MEMBERS)
  @ApiCommand('recordProtocolNote', 'A member present has a statement entered in the minutes (protokollsanteckning)', protocolNoteBody)
  recordProtocolNote(
    @Param('meetingId') m: string,
    @Param('itemNo') n: string,
    @Body() body: unknown,
    @Headers() headers: RequestHeaders,
    @CurrentPrincipal() p: Principal,
  ) {
    return this.run(
      'RecordProtocolNote',
      { ...parseInput(protocolNoteBody, body), meetingId: meeting(m), itemNo: item(n) },
      headers,
      p,
      MEMBERS,
    );
  }

  @Post(':meetingId/chair-for-the-day')
  @AllowRoles(...MEMBERS, 'director')
  @ApiCommand(
    'chooseChairForTheDay',
    'The meeting chooses an ordförande för dagen when neither the chair nor the vice chair can preside',
    chairForTheDayBody,
  )
  chooseChairForTheDay(
    @Param('meetingId') m: string,
    @Body() body: unknown,
    @Headers() headers: RequestHeaders,
    @CurrentPrincipal() p: Principal,
  ) {
    return this.run('ChooseChairForTheDay', { ...parseInput(chairForTheDayBody, body), meetingId: meeting(m) }, headers, p, [
      ...MEMBERS,
      'director',
    ]);
  }

  @Post(':meetingId/items/:itemNo/immediate-attestation')
  @AllowRoles(...MEMBERS)
  @ApiCommand(
    'attestParagraphImmediately',
    'Omedelbar justering: the presiding member and the adjuster attest one decided paragraph at the meeting',
    emptyBody,
  )
  attestParagraph(
    @Param('meetingId') m: string,
    @Param('itemNo') n: string,
    @Body() body: unknown,
    @Headers() headers: RequestHeaders,
    @CurrentPrincipal() p: Principal,
  ) {
    parseInput(emptyBody, body ?? {});
    return this.run('AttestParagraphImmediately', { meetingId: meeting(m), itemNo: item(n) }, headers, p, MEMBERS);
  }

  @Post(':meetingId/notice')
  @AllowRoles(...OFFICE)
  @ApiCommand(
    'postMinutesNotice',
    'Announce the attested minutes on the notice board (anslag); the three-week appeal window runs from today',
    emptyBody,
  )
  postNotice(@Param('meetingId') m: string, @Body() body: unknown, @Headers() headers: RequestHeaders, @CurrentPrincipal() p: Principal) {
    parseInput(emptyBody, body ?? {});
    return this.run('PostMinutesNotice', { meetingId: meeting(m) }, headers, p, OFFICE);
  }

  @Post(':meetingId/items/:itemNo/appeal')
  @AllowRoles(...OFFICE)
  @ApiCommand(
    'registerAppeal',
    'Register an appeal (laglighetsprövning) against a paragraph: court, its case number and the outcome',
    appealBody,
  )
  registerAppeal(
    @Param('meetingId') m: string,
    @Param('itemNo') n: string,
    @Body() body: unknown,
    @Headers() headers: RequestHeaders,
    @CurrentPrincipal() p: Principal,
  ) {
    return this.run('RegisterAppeal', { ...parseInput(appealBody, body), meetingId: meeting(m), itemNo: item(n) }, headers, p, OFFICE);
  }
}
