import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '@cchc/contracts';

export const IS_PUBLIC = 'cchc:public';
export const ROLES_KEY = 'cchc:roles';

/** The authenticated caller, as the guard attached it to the request. */
export interface Actor {
  id: string;
  role: Role;
  unitId: string | null;
  /** Materialised path of the actor's unit ('' for an admin without unit): the scope prefix. */
  unitPath: string;
  sessionId: string;
  fullName: string;
}

export const Public = () => SetMetadata(IS_PUBLIC, true);
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const req = ctx.switchToHttp().getRequest<{ actor: Actor }>();
  return req.actor;
});

export interface RequestMeta {
  requestId: string | null;
  ip: string | null;
}

export const ReqMeta = createParamDecorator((_: unknown, ctx: ExecutionContext): RequestMeta => {
  const req = ctx.switchToHttp().getRequest<{ id?: unknown; ip?: string }>();
  return { requestId: req.id ? String(req.id) : null, ip: req.ip ?? null };
});
