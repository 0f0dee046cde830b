// Builds every form of the course from one set of sources. Run through `npm run build`, which
// loads tsx so this file can import the TypeScript build code in src/build/.
import { rmSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import { compileCourseOrThrow } from './src/build/compile-or-throw.ts';
import { courseModule } from './src/build/rollup/course-module.ts';
import { htmlPagePlugin } from './src/build/rollup/html-page-plugin.ts';
import { facilitatorGuidePlugin } from './src/build/facilitator-guide/facilitator-guide-plugin.ts';
// SCORM packaging: SCORM 1.2 and 2004 packages made from the hosted build (src/build/packaging/).
import { scormPackagesPlugin } from './src/build/packaging/scorm-packages-plugin.ts';
// Preview LMS (src/preview/): the course in a frame with scorm-again as its LMS, for authors and admins.
import { previewPagePlugin } from './src/preview/rollup-plugin.ts';

// LI_DIST_DIR lets the reproducibility test build a second copy elsewhere.
const distDir = process.env.LI_DIST_DIR ?? 'dist';
// Start from an empty folder so no file of an earlier build is left beside this one.
rmSync(distDir, { recursive: true, force: true });
const course = compileCourseOrThrow({ contentDir: 'content' });
// Otherwise an invalid course is reported once per build below, and as an unhandled rejection.
course.catch(() => {});

const runtimePlugins = () => [
  courseModule(course),
  nodeResolve({ browser: true }),
  esbuild({ target: 'es2022', minify: true, legalComments: 'none', tsconfig: 'tsconfig.json' }),
];

export default [
  {
    input: 'src/main.ts',
    output: { dir: `${distDir}/web`, format: 'es', entryFileNames: 'assets/course-[hash].js', sourcemap: false },
    plugins: [
      ...runtimePlugins(),
      htmlPagePlugin({ course, mode: 'hosted', fileName: 'index.html' }),
      // SCORM packaging: writes dist/scorm12/, dist/scorm2004/ and their zips from dist/web.
      scormPackagesPlugin({ course, distDir }),
    ],
  },
  {
    input: 'src/main.ts',
    output: { dir: distDir, format: 'iife', entryFileNames: 'standalone.js', inlineDynamicImports: true },
    plugins: [...runtimePlugins(), htmlPagePlugin({ course, mode: 'standalone', fileName: 'leading-innovation.html' }), facilitatorGuidePlugin({ course, fileName: 'facilitator-guide.html' })],
  },
  // --- Preview LMS (src/preview/) -> dist/preview/: index.html, hashed script, stylesheet and one
  // chunk per scorm-again standard. scorm-again is bundled here only, never into the course.
  {
    input: 'src/preview/main.ts',
    output: { dir: `${distDir}/preview`, format: 'es', entryFileNames: 'assets/preview-[hash].js', chunkFileNames: 'assets/[name]-[hash].js', sourcemap: false },
    plugins: [
      nodeResolve({ browser: true }),
      esbuild({ target: 'es2022', minify: true, legalComments: 'none', tsconfig: 'tsconfig.json' }),
      previewPagePlugin(),
    ],
  },
  // --- end of Preview LMS
];
