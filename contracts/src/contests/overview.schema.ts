import { z } from 'zod';
import { UuidSchema } from '../common/primitives.js';
import { ContestStatusSchema } from './contests.schema.js';

export const OverviewRoundSchema = z.object({
  roundId: UuidSchema,
  roundTitle: z.string(),
  mode: z.enum(['self_paced', 'live']),
  contestId: UuidSchema,
  contestTitle: z.string(),
  contestStatus: ContestStatusSchema.describe(
    'A draft contest is invisible to participants even while its round window is open',
  ),
  opensAt: z.string(),
  closesAt: z.string(),
  entries: z.int().describe('People with a submitted attempt (one counted entry each)'),
  inProgress: z.int().describe('Attempts being taken now'),
});
export type OverviewRound = z.infer<typeof OverviewRoundSchema>;

/** GET /api/organizer/overview — an organiser's home: what runs now and what needs them. */
export const OrganizerOverviewSchema = z.object({
  serverNow: z.string(),
  contests: z
    .object({
      draft: z.int(),
      published: z.int(),
      closed: z.int(),
      resultsPublished: z.int(),
    })
    .describe("Contests organised in the caller's subtree, by status"),
  running: z
    .array(OverviewRoundSchema)
    .describe('Open now, soonest close first (at most HOME_RUNNING_MAX)'),
  runningTotal: z.int(),
  upcoming: z
    .array(OverviewRoundSchema)
    .describe('Opening next, soonest first (at most HOME_LIST_MAX)'),
  toFinalize: z
    .array(OverviewRoundSchema)
    .describe('Closed and not finalised yet, oldest close first (at most HOME_LIST_MAX)'),
  toFinalizeTotal: z.int(),
});
export type OrganizerOverview = z.infer<typeof OrganizerOverviewSchema>;
