import { fixture, html } from '@open-wc/testing';
import { createActor } from 'xstate';
import '../../src/components/li-knowledge-check.js';
import type { LiKnowledgeCheck } from '../../src/components/li-knowledge-check.js';
import type { LiQuestion } from '../../src/components/li-question.js';
import type { KnowledgeCheckBlock } from '../../src/course/types.js';
import { knowledgeCheckMachine } from '../../src/machines/knowledge-check.machine.js';
import type { Answer } from '../../src/machines/progress.js';
import { strings } from './strings.js';

/** A knowledge check wired to a real knowledge-check actor, as the course renders it. */
export async function renderConnectedCheck(check: KnowledgeCheckBlock, answer?: Answer) {
  const actor = createActor(knowledgeCheckMachine, { input: { check, answer } }).start();
  const element = await fixture<LiKnowledgeCheck>(html`<li-knowledge-check .check=${check} .strings=${strings} .actor=${actor}></li-knowledge-check>`);
  return { element, actor };
}

/** The rendered question inside a connected check, once both have updated. */
export async function innerQuestion(element: LiKnowledgeCheck): Promise<LiQuestion> {
  await element.updateComplete;
  const question = element.shadowRoot?.querySelector('li-question');
  if (!question) throw new Error('no li-question rendered');
  await question.updateComplete;
  return question;
}
