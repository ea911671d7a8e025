import { Controller, Get, Header, Inject, Param, StreamableFile } from '@nestjs/common';
import { ApiParam, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Readable } from 'node:stream';
import { z } from 'zod';
import { applicationDecider, applicationStreamId } from '@beslutskedjan/application';
import { namesFor, namesIn } from '@beslutskedjan/audit';
import { PEOPLE, PeopleDirectory } from '@beslutskedjan/people';
import {
  AllowRoles,
  CurrentPrincipal,
  Public,
  CommandExecutor,
  type AppConfig,
  ApiQueryOperation,
  parseInput,
  ReadModels,
  APP_CONFIG,
} from '@beslutskedjan/platform';
import { swedishDateOf } from '@beslutskedjan/policy';
import { CLOCK, type Clock, DomainRuleError, NotFoundError, type Principal, type Role } from '@beslutskedjan/shared';
import { boardRulesFor } from '../board-rules.js';
import { itemNoSchema, meetingIdSchema } from '../board.schemas.js';
import { boardDecider } from '../composition/board.decider.js';
import { boardStreamId } from '../composition/board.events.js';
import { compositionOn } from '../composition/composition-on.js';
import { meetingDecider } from '../meeting/meeting.decider.js';
import { meetingStreamId } from '../meeting/meeting.events.js';
import { generateMinutes } from '../meeting/minutes/generate-minutes.js';
import { getNoticeBoard, type NoticeBoardEntry } from '../read/notice-board.queries.js';
import { openArchivedPdf } from '../archive/archived-minutes.js';
import { BoardDocumentThreads } from './board-document-threads.js';
import { noticeBoardAtom } from './notice-board-feed.js';
import { noticeBoardSchema } from './notice-board.schema.js';

const READERS: Role[] = ['director', 'board_member', 'chair', 'auditor', 'admin'];
const tenantSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be a förbund id');
const pdf = (body: Readable, name: string) =>
  new StreamableFile(body, { type: 'application/pdf', disposition: `inline; filename="${name}"` });

/** The board's documents in Swedish, as PDF with the förbund's name, and the public notice board (anslagstavla). */
@ApiTags('meetings')
@Controller()
export class BoardDocumentsHttp {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly readModels: ReadModels,
    @Inject(PEOPLE) private readonly people: PeopleDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly documents: BoardDocumentThreads,
  ) {}

  private now = () => this.clock.now().toISOString();
  private rules = (tenant: string) => boardRulesFor(this.config.boardRules, tenant);

  private async meeting(tenant: string, meetingId: string) {
    const id = parseInput(meetingIdSchema, meetingId, 'meetingId');
    const { state } = await this.executor.load(meetingStreamId(tenant, id), meetingDecider);
    if (state.status === 'none') throw new NotFoundError('MEETING_NOT_FOUND', `No meeting ${id} in this förbund`);
    return state;
  }

  private async paragraph(tenant: string, meetingId: string, itemNo: string) {
    const meeting = await this.meeting(tenant, meetingId);
    if (meeting.status === 'scheduled') throw new DomainRuleError('MEETING_NOT_HELD', 'The meeting has not been held');
    const n = parseInput(itemNoSchema, itemNo, 'itemNo');
    const minutes = generateMinutes(meeting);
    const paragraph = minutes.paragraphs.find((p) => p.itemNo === n);
    if (paragraph === undefined) throw new NotFoundError('ITEM_NOT_FOUND', `The agenda has no item ${n}`, { itemNo: n });
    return { meeting, minutes, paragraph };
  }

  @Get('meetings/:meetingId/notice.pdf')
  @AllowRoles(...READERS)
  @ApiQueryOperation('getMeetingNotice', 'The kallelse as PDF: date, time, place and each item with its papers, to members and substitutes')
  @ApiParam({ name: 'meetingId' })
  @ApiProduces('application/pdf')
  @ApiResponse({
    status: 200,
    description: 'The kallelse',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  async meetingNotice(@Param('meetingId') meetingId: string, @CurrentPrincipal() p: Principal) {
    const meeting = await this.meeting(p.tenant, meetingId);
    const { state: board } = await this.executor.load(boardStreamId(p.tenant), boardDecider);
    const recipients = compositionOn(board, meeting.date).map((s) => s.personId);
    const nameOf = namesIn(this.people, p.tenant);
    const body = this.documents.meetingNotice({
      forbundName: this.rules(p.tenant).forbundName,
      meeting,
      recipients,
      names: Object.fromEntries(recipients.map((id) => [id, nameOf(id)])),
      opensAt: meeting.time ?? 'enligt särskilt besked',
      printedAt: this.now(),
    });
    return pdf(body, `kallelse-${meeting.date}.pdf`);
  }

  @Get('meetings/:meetingId/items/:itemNo/extract.pdf')
  @AllowRoles(...READERS)
  @ApiQueryOperation('getMinutesExtract', 'A protokollsutdrag of one paragraph as PDF')
  @ApiParam({ name: 'meetingId' })
  @ApiParam({ name: 'itemNo' })
  @ApiProduces('application/pdf')
  @ApiResponse({
    status: 200,
    description: 'The extract',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  async extract(@Param('meetingId') meetingId: string, @Param('itemNo') itemNo: string, @CurrentPrincipal() p: Principal) {
    const { meeting, minutes, paragraph } = await this.paragraph(p.tenant, meetingId, itemNo);
    const item = meeting.items.find((i) => i.itemNo === paragraph.itemNo);
    const attestedOn = meeting.status === 'attested' ? meeting.attestedOn : (item?.attestedImmediately?.attestedOn ?? null);
    const body = this.documents.minutesExtract({
      forbundName: this.rules(p.tenant).forbundName,
      minutes,
      paragraph,
      attestedOn,
      names: namesFor(paragraph, namesIn(this.people, p.tenant)),
      printedAt: this.now(),
    });
    return pdf(body, `protokollsutdrag-${minutes.date}-${paragraph.itemNo}.pdf`);
  }

  @Get('meetings/:meetingId/items/:itemNo/decision-letter.pdf')
  @AllowRoles(...READERS)
  @ApiQueryOperation('getDecisionLetter', 'The beslutsmeddelande to the applicant as PDF, with how to appeal')
  @ApiParam({ name: 'meetingId' })
  @ApiParam({ name: 'itemNo' })
  @ApiProduces('application/pdf')
  @ApiResponse({ status: 200, description: 'The letter', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } })
  async decisionLetter(@Param('meetingId') meetingId: string, @Param('itemNo') itemNo: string, @CurrentPrincipal() p: Principal) {
    const { meeting, paragraph } = await this.paragraph(p.tenant, meetingId, itemNo);
    if (paragraph.kind !== 'decision' || paragraph.decision.outcome === 'undecided') {
      throw new DomainRuleError('NO_DECISION', `§ ${paragraph.itemNo} holds no decision of the board`, { itemNo: paragraph.itemNo });
    }
    const { state: application } = await this.executor.load(applicationStreamId(p.tenant, paragraph.applicationId), applicationDecider);
    const nameOf = namesIn(this.people, p.tenant);
    const applicant =
      application.status === 'none'
        ? paragraph.title
        : `${nameOf(application.submittedBy)}, ${application.revisions.at(-1)?.content.procuringMember.name ?? ''}`;
    const notice = meeting.status === 'attested' ? meeting.notice : null;
    const body = this.documents.decisionLetter({
      forbundName: this.rules(p.tenant).forbundName,
      meeting,
      paragraph,
      applicant,
      postedOn: notice?.postedOn ?? null,
      appealEndsOn: notice?.appealEndsOn ?? null,
      printedAt: this.now(),
    });
    return pdf(body, `beslutsmeddelande-${paragraph.caseNumber.replace('/', '-')}.pdf`);
  }

  @Get('meetings/:meetingId/minutes/archive.pdf')
  @AllowRoles(...READERS)
  @ApiQueryOperation(
    'getArchivedMinutes',
    'The attested minutes as frozen at attestation (PDF/A), with names as they stood that day and the hash of the events behind them',
  )
  @ApiParam({ name: 'meetingId' })
  @ApiProduces('application/pdf')
  @ApiResponse({
    status: 200,
    description: 'The archived minutes',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  archived(@Param('meetingId') meetingId: string, @CurrentPrincipal() p: Principal) {
    const id = parseInput(meetingIdSchema, meetingId, 'meetingId');
    const archived = openArchivedPdf(this.config.dataDir, p.tenant, id);
    if (archived === null)
      throw new NotFoundError('ARCHIVE_NOT_FOUND', `No attested minutes archived for meeting ${id}`, { meetingId: id });
    return pdf(archived, `protokoll-${id}.pdf`);
  }

  private board(tenant: string): NoticeBoardEntry[] {
    const today = swedishDateOf(this.now()) ?? this.now().slice(0, 10);
    return getNoticeBoard(this.readModels.db, tenant, today, `${this.rules(tenant).forbundName}, förbundets kansli`);
  }

  /** Public: the law requires the anslag to be open to anyone, so no sign-in. */
  @Get('public/:tenant/notice-board')
  @Public()
  @ApiQueryOperation(
    'getNoticeBoard',
    "The förbund's digital notice board (anslagstavla): attested minutes posted, appeal windows and laga-kraft dates. No sign-in.",
  )
  @ApiParam({ name: 'tenant' })
  @ApiResponse({ status: 200, description: 'The notice board', content: { 'application/json': { schema: noticeBoardSchema } } })
  noticeBoard(@Param('tenant') tenant: string) {
    const t = parseInput(tenantSchema, tenant, 'tenant');
    return { forbundName: this.rules(t).forbundName, notices: this.board(t) };
  }

  @Get('public/:tenant/notice-board.atom')
  @Public()
  @Header('Content-Type', 'application/atom+xml; charset=utf-8')
  @ApiQueryOperation('getNoticeBoardFeed', 'The notice board as an Atom feed. No sign-in.')
  @ApiParam({ name: 'tenant' })
  @ApiProduces('application/atom+xml')
  @ApiResponse({ status: 200, description: 'Atom feed', content: { 'application/atom+xml': { schema: { type: 'string' } } } })
  noticeBoardFeed(@Param('tenant') tenant: string) {
    const t = parseInput(tenantSchema, tenant, 'tenant');
    return noticeBoardAtom(t, this.rules(t).forbundName, this.board(t), this.config.publicUrl, this.now());
  }
}
