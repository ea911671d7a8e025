import { HttpException, HttpStatus, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { ThreadTasks } from '@beslutskedjan/platform';
import type { ArchiveMinutesTask, MeetingNoticeTask, MinutesExtractTask } from './board-documents.worker.js';
import type { DecisionLetterInput } from './board-documents.js';

/**
 * The board's PDFs made off the event loop (pdfkit is synchronous: a kallelse with a long agenda, or the
 * minutes of a long meeting, held the loop while it was laid out). Each comes back as a stream of bytes,
 * sent on as the response can take it. Inputs must be structured-cloneable: names travel as a record.
 */
@Injectable()
export class BoardDocumentThreads implements OnModuleDestroy {
  private readonly threads = new ThreadTasks(new URL('./board-documents.worker.js', import.meta.url));

  /** More documents than this waiting for a thread: the next request gets 429 rather than a long wait. */
  static readonly MAX_WAITING = 8;

  private admit(): void {
    if (this.threads.waiting >= BoardDocumentThreads.MAX_WAITING) {
      throw new HttpException('Many documents are being made right now; try again in a few seconds', HttpStatus.TOO_MANY_REQUESTS);
    }
  }

  meetingNotice(task: MeetingNoticeTask): Readable {
    this.admit();
    return this.threads.stream('meetingNotice', task);
  }

  minutesExtract(task: MinutesExtractTask): Readable {
    this.admit();
    return this.threads.stream('minutesExtract', task);
  }

  decisionLetter(input: DecisionLetterInput): Readable {
    this.admit();
    return this.threads.stream('decisionLetter', input);
  }

  /**
   * The frozen PDF/A minutes, laid out and written once on a thread. Never refused: a reaction waits its
   * turn (it must not be lost), and a replay finds the file already written.
   */
  archiveMinutes(task: ArchiveMinutesTask): Promise<boolean> {
    return this.threads.run<boolean>('archiveMinutes', task);
  }

  async onModuleDestroy(): Promise<void> {
    await this.threads.close();
  }
}
