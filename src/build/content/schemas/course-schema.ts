import type { SchemaObject } from 'ajv';
import { idSchema, listSchema, markdownSchema, objectSchema, plainTextSchema } from './schema-parts.js';

const colourSchema = (description: string): SchemaObject => ({
  type: 'string',
  format: 'colour',
  description: `${description}, as #rrggbb`,
  hint: `put the colour in quotes, e.g. '#1d4f91' (in YAML an unquoted # starts a comment)`,
});

const objective = objectSchema({
  description: 'A learning objective: something the learner can do after the course.',
  required: ['id', 'text'],
  properties: {
    id: idSchema('Stable id; lessons and knowledge checks refer to it.'),
    text: plainTextSchema('The objective as the learner reads it.'),
  },
});

const credit = objectSchema({
  description: 'A source the course draws on, listed on the credits page.',
  required: ['title'],
  properties: {
    title: plainTextSchema('Title of the work.'),
    author: plainTextSchema('Who wrote or said it.'),
    role: plainTextSchema("The author's role."),
    organisation: plainTextSchema("The author's organisation."),
    publisher: plainTextSchema('Who published it.'),
    date: { type: 'string', format: 'date', description: 'Publication date, yyyy-mm-dd.' },
    url: { type: 'string', format: 'web-url', description: 'Where to find it (http or https).' },
    note: plainTextSchema('How the course uses it.'),
  },
});

const theme = objectSchema({
  description: 'A theme of the source blog; at least one lesson must cover it.',
  required: ['id', 'title'],
  properties: {
    id: idSchema("Stable id; a lesson's `theme` names it. Themes have their own namespace."),
    title: plainTextSchema('The theme as the blog names it.'),
  },
});

const colours = objectSchema({
  description: 'Brand colours; text on primary and text on background must reach a 4.5:1 contrast.',
  required: ['primary', 'primaryText', 'accent', 'background', 'text'],
  properties: {
    primary: colourSchema('Main brand colour (header, buttons)'),
    primaryText: colourSchema('Text shown on the primary colour'),
    accent: colourSchema('Highlight colour'),
    background: colourSchema('Page background'),
    text: colourSchema('Body text'),
  },
});

const branding = objectSchema({
  description: 'Name, logo and colours of the course.',
  required: ['name', 'logoAlt', 'colours'],
  properties: {
    name: plainTextSchema('Name shown in the header.'),
    logo: {
      type: 'string',
      format: 'content-path',
      description: 'Logo file inside content/ (SVG or PNG), inlined at build.',
    },
    logoAlt: plainTextSchema('Text alternative for the logo.'),
    colours,
  },
});

export const courseSchema: SchemaObject = objectSchema({
  description: 'content/course.yaml: the course as a whole.',
  required: ['id', 'title', 'version', 'language', 'audience', 'description', 'objectives', 'branding', 'lessons'],
  properties: {
    id: idSchema('Stable id of the course.'),
    title: plainTextSchema('Course title.'),
    version: { type: 'string', format: 'semver', description: 'Semantic version of the content, e.g. 0.1.0.' },
    language: { type: 'string', format: 'language-tag', description: 'BCP 47 language tag, e.g. en-GB.' },
    audience: plainTextSchema('Who the course is for.'),
    description: markdownSchema('What the course is about, shown on the contents page'),
    navigation: {
      type: 'string',
      enum: ['free', 'sequential'],
      description: 'free: any page at any time; sequential: visited pages and the next one. Default free.',
    },
    passMark: {
      type: 'integer',
      minimum: 0,
      maximum: 100,
      description: 'Percentage of knowledge-check questions to answer correctly. Default 80.',
    },
    lms: objectSchema({
      description: 'How the course reports to a learning management system (SCORM packages).',
      required: [],
      properties: {
        onFail: {
          type: 'string',
          enum: ['failed', 'incomplete'],
          description:
            'What a finished course below the pass mark reports: failed, or incomplete for LMSes that block another attempt after a fail. Default failed.',
        },
        reportObjectives: {
          type: 'boolean',
          description: 'Report each learning objective to the LMS (cmi.objectives). Turn off for LMSes that reject them. Default true.',
        },
      },
    }),
    objectives: listSchema('Learning objectives of the course.', objective, 1),
    credits: listSchema('Sources the course draws on.', credit),
    branding,
    themes: listSchema("The source blog's themes; each must be named by a lesson's `theme`.", theme),
    lessons: listSchema(
      'Lesson ids in order; each is content/lessons/<id>.yaml.',
      idSchema('A lesson id: the name of its file in content/lessons/ without .yaml.'),
      1,
    ),
  },
});
