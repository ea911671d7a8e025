import { EventStreamParser } from '../../../apps/web/src/features/meeting-room/api/event-stream-parser.js';

describe('EventStreamParser', () => {
  it('given messages split anywhere across chunks, then each is complete and in order', () => {
    const parser = new EventStreamParser();
    const stream = 'id: 7\nretry: 1000\ndata: {"kind":"ready"}\n\n: keep-alive\n\nid: 9\ndata: {"a":\ndata: 1}\n\n';
    const messages = [...stream].flatMap((ch) => parser.push(ch));
    expect(messages).toEqual([
      { id: '7', event: 'message', data: '{"kind":"ready"}', retry: 1000 },
      { id: '9', event: 'message', data: '{"a":\n1}', retry: null },
    ]);
  });

  it('given CRLF and CR line ends, then they end lines like LF', () => {
    const parser = new EventStreamParser();
    expect(parser.push('id: 1\r\ndata: x\r\n\r')).toEqual([]);
    expect(parser.push('\nid: 2\rdata: y\r\r\n')).toEqual([
      { id: '1', event: 'message', data: 'x', retry: null },
      { id: '2', event: 'message', data: 'y', retry: null },
    ]);
  });

  it('given a comment only, then no message and the last id stays', () => {
    const parser = new EventStreamParser();
    expect(parser.push(': keep-alive\n\n')).toEqual([]);
    expect(parser.push('id: 3\n\ndata: z\n\n')).toEqual([{ id: '3', event: 'message', data: 'z', retry: null }]);
  });
});
