import type { Activate, Login, Register, Role, UpdateProfile, User } from '@cchc/contracts';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { authApi } from '@/api/auth';
import { getToken, setToken, setUnauthorizedHandler } from '@/api/http';

/** A login in the re-login dialog of an attempt that signed in someone else than its owner. */
export class WrongAccountError extends Error {
  constructor(readonly fullName: string) {
    super('wrong_account');
    this.name = 'WrongAccountError';
  }
}

export const useAuthStore = defineStore('auth', () => {
  const token = ref<string | null>(getToken());
  const user = ref<User | null>(null);
  /** Set once the stored token has been checked against /api/me (or there was none). */
  const ready = ref(false);

  const isAuthenticated = computed(() => token.value !== null && user.value !== null);
  const role = computed<Role | null>(() => user.value?.role ?? null);
  const isAdmin = computed(() => role.value === 'admin');
  const isOrganizer = computed(() => role.value === 'organizer');
  const isReporter = computed(() => role.value === 'reporter');
  const isParticipant = computed(() => role.value === 'participant');

  function hasRole(...roles: Role[]): boolean {
    return role.value !== null && roles.includes(role.value);
  }

  function setSession(accessToken: string, me: User) {
    token.value = accessToken;
    user.value = me;
    setToken(accessToken);
  }

  function clearSession() {
    token.value = null;
    user.value = null;
    setToken(null);
  }

  async function login(credentials: Login) {
    const result = await authApi.login(credentials);
    setSession(result.accessToken, result.user);
    return result.user;
  }

  /**
   * Signs the owner of an interrupted session back in without leaving the page. Anyone else's
   * login is undone at once (their token revoked, never stored), so nothing of the page can be
   * sent under their name.
   */
  async function reauthenticate(credentials: Login, userId: string) {
    const result = await authApi.login(credentials);
    if (result.user.id !== userId) {
      void authApi.revoke(result.accessToken).catch(() => undefined);
      throw new WrongAccountError(result.user.fullName);
    }
    setSession(result.accessToken, result.user);
    return result.user;
  }

  /** First sign-in (or back in after a reset) with a one-time code; sets the password. */
  async function activate(data: Activate) {
    const result = await authApi.activate(data);
    setSession(result.accessToken, result.user);
    return result.user;
  }

  async function register(data: Register) {
    const result = await authApi.register(data);
    setSession(result.accessToken, result.user);
    return result.user;
  }

  async function logout() {
    try {
      if (token.value) await authApi.logout();
    } catch {
      // the token is dropped locally whatever the server says
    } finally {
      clearSession();
    }
  }

  async function fetchMe() {
    if (!token.value) {
      user.value = null;
      ready.value = true;
      return null;
    }
    try {
      user.value = await authApi.me();
    } catch (err) {
      // a revoked or expired token ends the session; a network failure keeps it for a retry
      if (err instanceof Error && 'status' in err && (err.status === 401 || err.status === 403)) {
        clearSession();
      }
    } finally {
      ready.value = true;
    }
    return user.value;
  }

  async function updateProfile(patch: UpdateProfile) {
    user.value = await authApi.updateMe(patch);
    return user.value;
  }

  async function changePassword(currentPassword: string, newPassword: string) {
    await authApi.changePassword({ currentPassword, newPassword });
  }

  // A late 401 for a token already replaced by a new login (a request sent before logging out)
  // says nothing about the new session: only the token in use ends it.
  setUnauthorizedHandler((rejected) => {
    if (getToken() === rejected) clearSession();
  });

  return {
    token,
    user,
    ready,
    isAuthenticated,
    role,
    isAdmin,
    isOrganizer,
    isReporter,
    isParticipant,
    hasRole,
    login,
    reauthenticate,
    activate,
    register,
    logout,
    fetchMe,
    updateProfile,
    changePassword,
  };
});
