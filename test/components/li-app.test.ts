import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createActor } from 'xstate';
import '../../src/components/li-app.js';
import type { LiApp } from '../../src/components/li-app.js';
import { courseMachine, type CourseActor } from '../../src/machines/course.machine.js';
import { fixtureCourse } from '../machines/fixture-course.js';
import { strings } from './strings.js';

const course = { ...fixtureCourse, strings };

async function render(): Promise<{ app: LiApp; actor: CourseActor }> {
  const actor = createActor(courseMachine, { input: { course } }).start();
  const app = await fixture<LiApp>(html`<li-app .course=${course} .actor=${actor}></li-app>`);
  return { app, actor };
}

function deepActiveElement(): Element | null {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element;
}

async function settle(app: LiApp): Promise<void> {
  await app.updateComplete;
  const view = app.shadowRoot?.querySelector<LiApp>('li-page, li-completion');
  await view?.updateComplete;
  // A task, not an animation frame: frames do not run in a background tab when files run side by side.
  await new Promise((resolve) => setTimeout(resolve));
}

function heading(app: LiApp): string {
  return app.shadowRoot?.querySelector('li-page, li-completion')?.shadowRoot?.querySelector('h1')?.textContent ?? '';
}

function button(app: LiApp, label: string): HTMLButtonElement | undefined {
  return [...(app.shadowRoot?.querySelectorAll<HTMLButtonElement>('.page-turns button') ?? [])].find(
    (candidate) => candidate.textContent?.trim() === label,
  );
}

describe('li-app', () => {
  it('is accessible on a page, on the completion screen and with a notice', async () => {
    const { app, actor } = await render();
    await settle(app);
    await expect(app).to.be.accessible();
    app.notices = [{ id: 'corrupt-progress', text: strings.noticeCorruptProgress }];
    await settle(app);
    await expect(app).to.be.accessible();
    actor.send({ type: 'completion.show' });
    await settle(app);
    await expect(app).to.be.accessible();
  });

  it('shows the course title, logo and progress', async () => {
    const { app } = await render();
    await settle(app);
    expect(app.shadowRoot?.querySelector('header')?.textContent).to.contain(course.title);
    expect(app.shadowRoot?.querySelector('header img')?.getAttribute('alt')).to.equal(course.branding.logoAlt);
    expect(app.shadowRoot?.querySelector('#progress-label')?.textContent).to.match(/^\d+% complete$/);
  });

  it('turns pages with Next and Back and moves focus to the new heading', async () => {
    const { app } = await render();
    await settle(app);
    expect(heading(app)).to.equal(course.lessons[0]?.pages[0]?.title);
    expect(button(app, 'Back')).to.equal(undefined, 'no Back on the first page');
    button(app, 'Next')?.focus();
    await sendKeys({ press: 'Enter' });
    await settle(app);
    expect(heading(app)).to.equal(course.lessons[0]?.pages[1]?.title);
    expect(deepActiveElement()?.localName).to.equal('h1');
    button(app, 'Back')?.click();
    await settle(app);
    expect(heading(app)).to.equal(course.lessons[0]?.pages[0]?.title);
  });

  it('announces the new page in a live region and titles the document', async () => {
    const { app, actor } = await render();
    actor.send({ type: 'page.next' });
    await settle(app);
    const title = course.lessons[0]?.pages[1]?.title ?? '';
    expect(app.shadowRoot?.querySelector('[aria-live="polite"]')?.textContent).to.equal(`Page: ${title}`);
    expect(document.title).to.equal(`${title} – ${course.title}`);
  });

  it('goes to a lesson chosen in the contents', async () => {
    const { app } = await render();
    await settle(app);
    const links = app.shadowRoot?.querySelector('li-toc')?.shadowRoot?.querySelectorAll<HTMLAnchorElement>('a') ?? [];
    [...links].find((link) => link.textContent?.trim() === course.lessons[1]?.title)?.click();
    await settle(app);
    expect(heading(app)).to.equal(course.lessons[1]?.pages[0]?.title);
  });

  it('offers Finish on the last page, which opens the completion screen', async () => {
    const { app, actor } = await render();
    const lastLesson = course.lessons[course.lessons.length - 1];
    actor.send({ type: 'page.goto', pageId: lastLesson?.pages[lastLesson.pages.length - 1]?.id ?? '' });
    await settle(app);
    button(app, 'Finish')?.click();
    await settle(app);
    expect(heading(app)).to.equal(strings.completionIncompleteHeading);
  });

  it('shows notices and raises notice-dismiss from their button', async () => {
    const { app } = await render();
    app.notices = [{ id: 'corrupt-progress', text: strings.noticeCorruptProgress }];
    await settle(app);
    expect(app.shadowRoot?.querySelector('.notice')?.textContent).to.contain(strings.noticeCorruptProgress);
    let dismissed = '';
    app.addEventListener('notice-dismiss', (event) => (dismissed = event.noticeId));
    app.shadowRoot?.querySelector<HTMLButtonElement>('.notice button')?.click();
    expect(dismissed).to.equal('corrupt-progress');
  });

  it('opens a glossary term from an in-text link in a dialog, and closes it with Escape', async () => {
    const withTermLink = {
      ...course,
      lessons: [
        {
          ...course.lessons[0]!,
          pages: [
            { id: 'terms', title: 'Terms', blocks: [{ type: 'prose' as const, html: '<p>Try <a href="#marginal-gains-term">marginal gains</a>.</p>' }] },
            ...course.lessons[0]!.pages,
          ],
        },
        ...course.lessons.slice(1),
      ],
    };
    const actor = createActor(courseMachine, { input: { course: withTermLink } }).start();
    const app = await fixture<LiApp>(html`<li-app .course=${withTermLink} .actor=${actor}></li-app>`);
    await settle(app);
    const link = app.shadowRoot?.querySelector('li-page')?.shadowRoot?.querySelector<HTMLAnchorElement>('a[href="#marginal-gains-term"]');
    link?.focus();
    await sendKeys({ press: 'Enter' });
    const termDialog = app.shadowRoot?.querySelector('li-term-dialog');
    await termDialog?.updateComplete;
    const dialog = termDialog?.shadowRoot?.querySelector('dialog');
    expect(dialog?.open).to.equal(true);
    expect(dialog?.querySelector('h2')?.textContent).to.equal('marginal gains');
    expect(dialog?.textContent).to.contain('Small improvements that add up.');
    expect(heading(app)).to.equal('Terms', 'the learner stays on the page');
    await expect(app).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    expect(dialog?.open).to.equal(false);
    expect(deepActiveElement()).to.equal(link, 'focus returns to the term link');
  });

  it('keeps working when moved elsewhere in the document', async () => {
    const { app, actor } = await render();
    const elsewhere = document.createElement('div');
    document.body.append(elsewhere);
    elsewhere.append(app);
    actor.send({ type: 'page.next' });
    await settle(app);
    expect(heading(app)).to.equal(course.lessons[0]?.pages[1]?.title);
    elsewhere.remove();
  });
});
