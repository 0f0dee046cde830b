/**
 * The printable facilitator guide: one self-contained HTML document made entirely from the
 * compiled course. No scripts and nothing fetched: one inline stylesheet (allowed by its hash),
 * the logo as a data URL, diagrams as inline SVG. Plain-text fields are escaped here; `…Html`
 * fields were sanitised when the course was compiled.
 */
import type { Course } from '../../course/types.js';
import { cspHash } from '../content-security-policy.js';
import { assessmentHtml } from './guide-assessment.js';
import { contentsHtml, coverHtml, type ContentsEntry } from './guide-cover.js';
import { handoutAnchor, handoutHtml } from './guide-handout.js';
import { lessonAnchor, lessonSectionHtml } from './guide-lessons.js';
import { objectivesHtml } from './guide-objectives.js';
import { scenarioSectionHtml } from './guide-scenarios.js';
import { namedSessionPlans, sessionPlansHtml } from './guide-session-plans.js';
import { guideStylesheet } from './guide-stylesheet.js';
import { escapeAttribute, escapeText } from './html-text.js';

interface GuideSection extends ContentsEntry {
  readonly html: string;
}

const assessmentAnchor = 'final-assessment';

export function facilitatorGuideHtml(course: Course): string {
  const plans = namedSessionPlans(course);
  const sections: GuideSection[] = [
    majorSection('session-plans', 'Session plans', sessionPlansHtml(plans, lessonAnchor)),
    majorSection('learning-objectives', 'Learning objectives', objectivesHtml(course)),
    ...course.lessons.map((lesson, index) => ({
      anchor: lessonAnchor(lesson.id),
      title: lesson.title,
      html: lessonSectionHtml(lesson, index, {
        course,
        plans,
        handoutAnchor,
        assessmentAnchor: course.assessment ? assessmentAnchor : undefined,
      }),
    })),
    ...unplacedScenariosSection(course),
    ...(course.assessment ? [majorSection(assessmentAnchor, 'Final assessment: question bank', assessmentHtml(course.assessment, course))] : []),
    { anchor: handoutAnchor, title: 'Learner handout', html: handoutHtml(course) },
  ];
  const stylesheet = guideStylesheet(course.branding.colours, `${course.title}: facilitator guide`);
  const policy = ["default-src 'none'", `style-src ${cspHash(stylesheet)}`, 'img-src data:', "base-uri 'none'", "form-action 'none'"].join('; ');
  return `<!doctype html>
<html lang="${escapeAttribute(course.language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="Leading Innovation ${escapeAttribute(course.version)}">
<title>${escapeText(`Facilitator guide: ${course.title}`)}</title>
<style>${stylesheet}</style>
</head>
<body>
<main>
${coverHtml(course, plans.map((plan) => plan.name))}
${contentsHtml(course, sections)}
${sections.map((section) => section.html).join('\n')}
</main>
</body>
</html>
`;
}

function majorSection(anchor: string, title: string, html: string): GuideSection {
  return {
    anchor,
    title,
    html: [
      `<section class="major" id="${anchor}" aria-labelledby="${anchor}-heading">`,
      `<h2 id="${anchor}-heading">${escapeText(title)}</h2>`,
      html,
      `</section>`,
    ].join('\n'),
  };
}

/** Scenarios no page places (the build normally refuses these) still go in the guide. */
function unplacedScenariosSection(course: Course): GuideSection[] {
  const placed = new Set(
    course.lessons.flatMap((lesson) => lesson.pages.flatMap((page) => page.blocks.flatMap((block) => (block.type === 'scenario' ? [block.scenarioId] : [])))),
  );
  const unplaced = course.scenarios.filter((scenario) => !placed.has(scenario.id));
  if (unplaced.length === 0) return [];
  return [majorSection('other-scenarios', 'Other scenarios', unplaced.map((scenario) => scenarioSectionHtml(scenario, course, 3)).join('\n'))];
}
