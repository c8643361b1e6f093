import type { Role } from '@cchc/contracts';
import { createRouter, createWebHistory } from 'vue-router';
import { safeRedirect } from '@/lib/redirect';
import { useAuthStore } from '@/stores/auth';

declare module 'vue-router' {
  interface RouteMeta {
    /** Needs a signed-in user. */
    requiresAuth?: boolean;
    /** Only for signed-out visitors (login, register). */
    guestOnly?: boolean;
    roles?: Role[];
    /** i18n key of the page title. */
    title?: string;
    /** Full screen, without the app bar and menu (projector). */
    bare?: boolean;
  }
}

const STAFF: Role[] = ['admin', 'organizer', 'reporter'];
// One component for the four tabs: moving between them keeps the filters and loaded choices.
const ParticipationView = () => import('@/views/ParticipationView.vue');

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    {
      path: '/',
      name: 'home',
      component: () => import('@/views/HomeView.vue'),
      meta: { requiresAuth: true, title: 'nav.home' },
    },
    {
      path: '/login',
      name: 'login',
      component: () => import('@/views/LoginView.vue'),
      meta: { guestOnly: true, title: 'nav.login' },
    },
    {
      path: '/activate',
      name: 'activate',
      component: () => import('@/views/ActivateView.vue'),
      meta: { guestOnly: true, title: 'nav.activate' },
    },
    {
      path: '/register',
      name: 'register',
      component: () => import('@/views/RegisterView.vue'),
      meta: { guestOnly: true, title: 'nav.register' },
    },
    {
      path: '/profile',
      name: 'profile',
      component: () => import('@/views/ProfileView.vue'),
      meta: { requiresAuth: true, title: 'nav.profile' },
    },
    {
      path: '/admin/units',
      name: 'units',
      component: () => import('@/views/UnitsView.vue'),
      meta: { requiresAuth: true, roles: ['admin', 'organizer', 'reporter'], title: 'nav.units' },
    },
    {
      path: '/admin/units/:id/roster',
      name: 'roster',
      component: () => import('@/views/RosterView.vue'),
      meta: { requiresAuth: true, roles: STAFF, title: 'participation.roster.title' },
    },
    {
      path: '/participation',
      name: 'participation',
      component: ParticipationView,
      meta: { requiresAuth: true, roles: STAFF, title: 'nav.participation' },
    },
    {
      path: '/participation/non-participants',
      name: 'participation-non-participants',
      component: ParticipationView,
      meta: { requiresAuth: true, roles: STAFF, title: 'participation.tabs.nonParticipants' },
    },
    {
      path: '/participation/off-list',
      name: 'participation-off-list',
      component: ParticipationView,
      meta: { requiresAuth: true, roles: STAFF, title: 'participation.tabs.offList' },
    },
    {
      path: '/participation/snapshots',
      name: 'participation-snapshots',
      component: ParticipationView,
      meta: { requiresAuth: true, roles: STAFF, title: 'participation.tabs.snapshots' },
    },
    {
      path: '/participation/collective',
      name: 'participation-collective',
      component: ParticipationView,
      meta: { requiresAuth: true, roles: STAFF, title: 'participation.tabs.collective' },
    },
    {
      path: '/participation/snapshots/:snapshotId',
      name: 'participation-snapshot',
      component: () => import('@/views/ParticipationSnapshotView.vue'),
      meta: { requiresAuth: true, roles: STAFF, title: 'participation.snapshots.pageTitle' },
    },
    {
      path: '/admin/users',
      name: 'users',
      component: () => import('@/views/UsersView.vue'),
      meta: { requiresAuth: true, roles: STAFF, title: 'nav.users' },
    },
    {
      path: '/questions',
      name: 'questions',
      component: () => import('@/views/QuestionBankView.vue'),
      meta: { requiresAuth: true, roles: ['admin', 'organizer'], title: 'nav.questions' },
    },
    {
      path: '/questions/new',
      name: 'question-new',
      component: () => import('@/views/QuestionEditView.vue'),
      meta: { requiresAuth: true, roles: ['admin', 'organizer'], title: 'questionEditor.newTitle' },
    },
    {
      path: '/questions/:id',
      name: 'question-edit',
      component: () => import('@/views/QuestionEditView.vue'),
      meta: {
        requiresAuth: true,
        roles: ['admin', 'organizer'],
        title: 'questionEditor.editTitle',
      },
    },
    {
      path: '/rounds',
      name: 'rounds',
      component: () => import('@/views/RoundsView.vue'),
      meta: { requiresAuth: true, title: 'nav.rounds' },
    },
    {
      path: '/rounds/:roundId/attempt',
      name: 'attempt',
      component: () => import('@/views/AttemptView.vue'),
      meta: { requiresAuth: true, title: 'play.attemptTitle' },
    },
    {
      path: '/rounds/:roundId/leaderboard',
      name: 'round-leaderboard',
      component: () => import('@/views/RoundLeaderboardView.vue'),
      meta: { requiresAuth: true, title: 'journey.board.title' },
    },
    {
      path: '/attempts/:attemptId/review',
      name: 'attempt-review',
      component: () => import('@/views/AttemptReviewView.vue'),
      meta: { requiresAuth: true, title: 'play.reviewTitle' },
    },
    {
      path: '/projector/rounds/:roundId',
      name: 'projector',
      component: () => import('@/views/ProjectorView.vue'),
      meta: { requiresAuth: true, bare: true, title: 'play.projectorTitle' },
    },
    {
      path: '/results/rounds/:roundId',
      name: 'public-results',
      component: () => import('@/views/PublicResultsView.vue'),
      meta: { title: 'play.publicResultsTitle' },
    },
    {
      path: '/cuoc-thi/:slug',
      name: 'public-contest',
      component: () => import('@/views/PublicContestView.vue'),
      meta: { title: 'publicContest.title' },
    },
    {
      path: '/contests',
      name: 'contests',
      component: () => import('@/views/ContestsView.vue'),
      meta: { requiresAuth: true, roles: ['admin', 'organizer'], title: 'nav.contests' },
    },
    {
      path: '/contests/new',
      name: 'contest-new',
      component: () => import('@/views/ContestEditView.vue'),
      meta: { requiresAuth: true, roles: ['admin', 'organizer'], title: 'contests.newTitle' },
    },
    {
      path: '/contests/:contestId',
      name: 'contest-edit',
      component: () => import('@/views/ContestEditView.vue'),
      meta: { requiresAuth: true, roles: ['admin', 'organizer'], title: 'contests.editTitle' },
    },
    {
      path: '/contests/:contestId/rounds/new',
      name: 'round-new',
      component: () => import('@/views/RoundWizardView.vue'),
      meta: { requiresAuth: true, roles: ['admin', 'organizer'], title: 'contests.roundNewTitle' },
    },
    {
      path: '/contests/:contestId/rounds/:roundId/edit',
      name: 'round-edit',
      component: () => import('@/views/RoundWizardView.vue'),
      meta: { requiresAuth: true, roles: ['admin', 'organizer'], title: 'contests.roundEditTitle' },
    },
    {
      path: '/contests/:contestId/rounds/:roundId/results',
      name: 'round-results',
      component: () => import('@/views/RoundResultsView.vue'),
      meta: { requiresAuth: true, roles: ['admin', 'organizer'], title: 'contests.resultsTitle' },
    },
    {
      path: '/:pathMatch(.*)*',
      name: 'not-found',
      component: () => import('@/views/NotFoundView.vue'),
      meta: { title: 'notFound.title' },
    },
  ],
  // A new page starts at the top; filters written into the query of the same page keep the place.
  scrollBehavior: (to, from, saved) => {
    if (saved) return saved;
    if (to.path === from.path) return false;
    return { top: 0 };
  },
});

router.beforeEach(async (to) => {
  const auth = useAuthStore();
  if (!auth.ready) await auth.fetchMe();

  if (to.meta.requiresAuth && !auth.isAuthenticated) {
    return { name: 'login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } };
  }
  // Signed in already (another tab): go where the login was meant to lead.
  if (to.meta.guestOnly && auth.isAuthenticated) return safeRedirect(to.query.redirect);
  if (to.meta.roles && !auth.hasRole(...to.meta.roles)) return { name: 'home' };
  return true;
});
