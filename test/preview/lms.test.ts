import { expect } from '@open-wc/testing';
import { flatten, LmsSession, loadScormAgain, logLevelNumber, type ApiCall, type LmsMessage } from '../../src/preview/lms.js';
import type { ScormStandard } from '../../src/preview/options.js';
import type { PreviewRecord } from '../../src/preview/record-store.js';

interface Harness {
  readonly session: LmsSession;
  readonly calls: ApiCall[];
  readonly messages: Omit<LmsMessage, 'launch'>[];
  readonly stored: PreviewRecord[];
  call(method: string, ...args: string[]): string;
}

async function harness(standard: ScormStandard, record?: PreviewRecord): Promise<Harness> {
  const calls: ApiCall[] = [];
  const messages: Omit<LmsMessage, 'launch'>[] = [];
  const stored: PreviewRecord[] = [];
  let clock = Date.parse('2026-01-01T10:00:00Z');
  const session = new LmsSession({
    standard,
    apiClass: await loadScormAgain(standard),
    record,
    launch: 1,
    now: () => (clock += 1000),
    hooks: {
      nextCallIndex: () => calls.length + 1,
      onCall: (call) => calls.push(call),
      onMessage: (message) => messages.push(message),
      onStore: (saved) => stored.push(saved),
    },
  });
  const api = session.api as unknown as Record<string, (...args: string[]) => string>;
  return { session, calls, messages, stored, call: (method, ...args) => api[method]!(...args) };
}

describe('preview LMS session', () => {
  it('gives a first launch the sample learner and ab-initio (2004)', async () => {
    const { session, call } = await harness('scorm2004');
    expect(session.entry).to.equal('ab-initio');
    expect(call('Initialize', '')).to.equal('true');
    expect(call('GetValue', 'cmi.learner_id')).to.equal('sam.taylor');
    expect(call('GetValue', 'cmi.learner_name')).to.equal('Sam Taylor');
    expect(call('GetValue', 'cmi.entry')).to.equal('ab-initio');
    expect(call('GetValue', 'cmi.mode')).to.equal('normal');
  });

  it('gives a first launch the sample learner, last name first, and ab-initio (1.2)', async () => {
    const { session, call } = await harness('scorm12');
    expect(session.entry).to.equal('ab-initio');
    expect(call('LMSInitialize', '')).to.equal('true');
    expect(call('LMSGetValue', 'cmi.core.student_id')).to.equal('sam.taylor');
    expect(call('LMSGetValue', 'cmi.core.student_name')).to.equal('Taylor, Sam');
    expect(call('LMSGetValue', 'cmi.core.entry')).to.equal('ab-initio');
    expect(call('LMSGetValue', 'cmi.core.credit')).to.equal('credit');
  });

  it('logs every call with its arguments, result and error code', async () => {
    const { calls, call, messages } = await harness('scorm2004');
    call('Initialize', '');
    call('SetValue', 'cmi.location', 'p2');
    call('SetValue', 'cmi.nonsense', 'x');
    call('GetLastError');
    call('GetValue', 'cmi.suspend_data');
    call('GetValue', 'cmi.completion_status');
    expect(calls.map(({ index, method, args, result, errorCode }) => ({ index, method, args, result, errorCode }))).to.deep.equal([
      { index: 1, method: 'Initialize', args: [''], result: 'true', errorCode: 0 },
      { index: 2, method: 'SetValue', args: ['cmi.location', 'p2'], result: 'true', errorCode: 0 },
      { index: 3, method: 'SetValue', args: ['cmi.nonsense', 'x'], result: 'false', errorCode: 401 },
      { index: 4, method: 'GetLastError', args: [], result: '401', errorCode: 0 },
      { index: 5, method: 'GetValue', args: ['cmi.suspend_data'], result: '', errorCode: 403 },
      // scorm-again alone would still report 403 here; the preview starts each call from "no error".
      { index: 6, method: 'GetValue', args: ['cmi.completion_status'], result: 'unknown', errorCode: 0 },
    ]);
    expect(calls[2]?.errorText).to.equal('Undefined Data Model Element');
    expect(messages.filter((message) => message.level === 'error').map((message) => [message.callIndex, message.text])).to.deep.equal([
      [3, 'SCORM Error 401: The data model element passed to SetValue (cmi.nonsense) is not a valid SCORM data model element. [Element: cmi.nonsense]'],
    ]);
    expect(messages.filter((message) => message.level === 'warning').map((message) => message.callIndex)).to.include(5);
  });

  it('stores the record on every successful Commit and Terminate, session time added to the total', async () => {
    const { call, stored } = await harness('scorm2004');
    call('Initialize', '');
    call('SetValue', 'cmi.location', 'p3');
    call('SetValue', 'cmi.suspend_data', '{"done":[1,2]}');
    call('SetValue', 'cmi.session_time', 'PT1M');
    call('SetValue', 'cmi.exit', 'suspend');
    expect(stored).to.have.length(0);
    call('Commit', '');
    expect(stored).to.have.length(1);
    call('SetValue', 'cmi.session_time', 'PT2M');
    call('Terminate', '');
    expect(stored).to.have.length(2);
    const record = stored[1]!;
    expect(record).to.include({ format: 'leading-innovation-preview-lms-record', version: 1, standard: 'scorm2004', launches: 1 });
    expect(record.cmi).to.include({ location: 'p3', suspend_data: '{"done":[1,2]}', exit: 'suspend', total_time: 'PT2M' });
    call('Commit', '');
    expect(stored, 'nothing is stored after Terminate').to.have.length(2);
  });

  it('resumes a suspended record: entry resume, values back, write-only values cleared (2004)', async () => {
    const first = await harness('scorm2004');
    first.call('Initialize', '');
    first.call('SetValue', 'cmi.location', 'p3');
    first.call('SetValue', 'cmi.suspend_data', 'abc');
    first.call('SetValue', 'cmi.session_time', 'PT30S');
    first.call('SetValue', 'cmi.exit', 'suspend');
    first.call('SetValue', 'cmi.interactions.0.id', 'q1');
    first.call('SetValue', 'cmi.interactions.0.type', 'choice');
    first.call('SetValue', 'cmi.interactions.0.learner_response', 'b');
    first.call('Terminate', '');

    const second = await harness('scorm2004', first.stored.at(-1));
    expect(second.session.entry).to.equal('resume');
    second.call('Initialize', '');
    expect(second.call('GetValue', 'cmi.entry')).to.equal('resume');
    expect(second.call('GetValue', 'cmi.location')).to.equal('p3');
    expect(second.call('GetValue', 'cmi.suspend_data')).to.equal('abc');
    expect(second.call('GetValue', 'cmi.total_time')).to.equal('PT30S');
    expect(second.call('GetValue', 'cmi.interactions.0.learner_response')).to.equal('b');
    expect(second.session.cmiValues().get('cmi.exit')).to.equal('');
    expect(second.session.cmiValues().get('cmi.session_time')).to.not.equal('PT30S');
    second.call('SetValue', 'cmi.session_time', 'PT15S');
    second.call('Commit', '');
    expect(second.stored[0]?.cmi['total_time']).to.equal('PT45S');
    expect(second.stored[0]?.launches).to.equal(2);
    expect(second.messages.filter((message) => message.level === 'error')).to.deep.equal([]);
  });

  it('continues a record that was not suspended without calling it a resume (1.2)', async () => {
    const first = await harness('scorm12');
    first.call('LMSInitialize', '');
    first.call('LMSSetValue', 'cmi.core.lesson_location', 'p9');
    first.call('LMSSetValue', 'cmi.core.lesson_status', 'completed');
    first.call('LMSSetValue', 'cmi.core.session_time', '00:01:30');
    first.call('LMSFinish', '');
    const record = first.stored.at(-1)!;
    expect((record.cmi['core'] as Record<string, unknown>)['total_time']).to.equal('00:01:30');

    const second = await harness('scorm12', record);
    expect(second.session.entry).to.equal('');
    second.call('LMSInitialize', '');
    expect(second.call('LMSGetValue', 'cmi.core.entry')).to.equal('');
    expect(second.call('LMSGetValue', 'cmi.core.lesson_status')).to.equal('completed');
    expect(second.call('LMSGetValue', 'cmi.core.lesson_location')).to.equal('p9');
    expect(second.call('LMSGetValue', 'cmi.core.total_time')).to.equal('00:01:30');
    expect(second.session.cmiValues().get('cmi.core.total_time')).to.equal('00:01:30');
  });

  it('stores nothing once retired', async () => {
    const { session, call, stored } = await harness('scorm2004');
    call('Initialize', '');
    session.retire();
    call('Commit', '');
    expect(stored).to.have.length(0);
  });

  it('reads log levels and flattens the data model', () => {
    expect([1, '2', 'WARN', 'error', 'x'].map(logLevelNumber)).to.deep.equal([1, 2, 3, 4, 4]);
    const values = new Map<string, string>();
    flatten({ core: { entry: 'resume', score: { raw: 5 } }, interactions: {}, list: ['a'], nothing: null }, 'cmi', values);
    expect(Object.fromEntries(values)).to.deep.equal({ 'cmi.core.entry': 'resume', 'cmi.core.score.raw': '5', 'cmi.list.0': 'a', 'cmi.nothing': '' });
  });
});
