import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { MetricsModule } from '../metrics/metrics.module.js';
import { RealtimeEmitter } from './realtime.emitter.js';
import { RealtimeGateway } from './realtime.gateway.js';
import { SocketHandlers } from './socket-handlers.js';
import { SocketRateLimiter } from './socket-rate-limiter.js';

/**
 * The socket.io door: the handshake, the rate limits, closing revoked sessions, and the typed
 * emitter. It knows who is connected, not what is said: the features above register what each
 * client event does (SocketHandlers) and push through RealtimeEmitter.
 */
@Module({
  imports: [AuthModule, MetricsModule],
  providers: [RealtimeGateway, RealtimeEmitter, SocketHandlers, SocketRateLimiter],
  exports: [RealtimeEmitter, SocketHandlers],
})
export class RealtimeModule {}
