import {
  TurnContext,
  type Activity,
  type CloudAdapter,
  type ConversationParameters,
  type ConversationReference,
} from 'botbuilder';
import type { Logger } from '../logger.js';
import { StoredReferenceSchema, type StoredReference } from '../../data/outbox/conversation-ref.js';
import { nextAttempt, parseRetryAfter, type DeliveryFailure } from '../../data/outbox/retry-policy.js';

/**
 * Every call the bot makes to Teams on its own goes through here: leaving the
 * archived BotBuilder SDK for the Microsoft 365 Agents SDK means rewriting this
 * file and bot/adapter.ts, nothing else. Failures come out as a DeliveryError that
 * the outbox can judge with data/outbox/retry-policy.ts.
 */

/** A Teams call that failed. Its message names the status and code only, never the content sent. */
export class DeliveryError extends Error {
  constructor(readonly failure: DeliveryFailure) {
    super(`Teams delivery failed: ${describeFailure(failure)}`);
    this.name = 'DeliveryError';
  }
}

export interface Messenger {
  send(ref: StoredReference, activity: Partial<Activity>): Promise<{ activityId?: string }>;
  update(ref: StoredReference, activityId: string, activity: Partial<Activity>): Promise<void>;
  /** A 1:1 chat with a user of the tenant, when the bot has no stored personal conversation with them. */
  createPersonalConversation(args: {
    serviceUrl: string;
    tenantId?: string;
    userId: string;
    botId: string;
  }): Promise<StoredReference>;
  /** Puts a file the person accepted (file consent flow) at the OneDrive address Teams gave. */
  uploadConsentedFile(uploadUrl: string, bytes: Buffer): Promise<void>;
}

export class BotFrameworkMessenger implements Messenger {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string | undefined,
  ) {}

  async send(ref: StoredReference, activity: Partial<Activity>): Promise<{ activityId?: string }> {
    const response = await this.inConversation(ref, (ctx) => ctx.sendActivity(activity));
    return response?.id ? { activityId: response.id } : {};
  }

  async update(ref: StoredReference, activityId: string, activity: Partial<Activity>): Promise<void> {
    await this.inConversation(ref, (ctx) => ctx.updateActivity({ ...activity, id: activityId }));
  }

  async uploadConsentedFile(uploadUrl: string, bytes: Buffer): Promise<void> {
    // OneDrive's upload session takes the whole file in one range when it is small.
    const response = await fetch(uploadUrl, {
      method: 'PUT',
      headers: {
        'content-length': String(bytes.byteLength),
        'content-range': `bytes 0-${bytes.byteLength - 1}/${bytes.byteLength}`,
      },
      body: new Uint8Array(bytes),
      redirect: 'error',
      signal: AbortSignal.timeout(30_000),
    }).catch((error: unknown) => {
      throw toDeliveryError(error);
    });
    if (!response.ok) throw new DeliveryError({ status: response.status });
  }

  async createPersonalConversation(args: {
    serviceUrl: string;
    tenantId?: string;
    userId: string;
    botId: string;
  }): Promise<StoredReference> {
    const { serviceUrl, tenantId, userId, botId } = args;
    // Teams wants the tenant twice: as a parameter and in channelData.
    const parameters = {
      isGroup: false,
      bot: { id: botId },
      members: [{ id: userId }],
      tenantId,
      channelData: tenantId ? { tenant: { id: tenantId } } : undefined,
    } as ConversationParameters;
    let conversationId: string | undefined;
    try {
      await this.adapter.createConversationAsync(
        this.appId ?? '',
        'msteams',
        serviceUrl,
        // Typed as string, but '' would become the token audience; undefined lets the
        // SDK pick the channel's (TeamsInfo.sendMessageToTeamsChannel passes null too).
        undefined as unknown as string,
        parameters,
        async (ctx) => {
          conversationId = ctx.activity.conversation?.id;
        },
      );
    } catch (error) {
      throw toDeliveryError(error);
    }
    if (!conversationId) throw new DeliveryError({ code: 'NoConversationId' });
    // Built from what we asked for: the SDK's "create" activity names no user.
    return StoredReferenceSchema.parse({
      serviceUrl,
      channelId: 'msteams',
      conversation: { id: conversationId, conversationType: 'personal', isGroup: false, tenantId },
      bot: { id: botId },
      user: { id: userId },
      tenantId,
    });
  }

  /**
   * Runs `call` in a proactive turn on `ref`'s conversation and hands back its result.
   * The error is carried out by hand: thrown inside the turn, the adapter would give it
   * to onTurnError, which logs it, posts an apology into this very conversation and
   * lets continueConversationAsync resolve as if all went well.
   */
  private async inConversation<T>(ref: StoredReference, call: (ctx: TurnContext) => Promise<T>): Promise<T> {
    let outcome: { ok: true; value: T } | { ok: false; error: unknown } | undefined;
    try {
      await this.adapter.continueConversationAsync(
        this.appId ?? '',
        toConversationReference(ref),
        async (ctx) => {
          withoutTransportRetries(ctx, this.adapter.ConnectorClientKey);
          // The continuation activity carries a random id, which TurnContext would send as
          // replyToId: Teams would take the message for a reply to a message that never was.
          ctx.activity.id = undefined;
          try {
            outcome = { ok: true, value: await call(ctx) };
          } catch (error) {
            outcome = { ok: false, error };
          }
        },
      );
    } catch (error) {
      // Before the turn: the connector or its credentials could not be made.
      throw toDeliveryError(error);
    }
    if (!outcome) throw new DeliveryError({ code: 'TurnNotRun' });
    if (!outcome.ok) throw toDeliveryError(outcome.error);
    return outcome.value;
  }
}

/** A typing indicator is a courtesy: failing to show it must not stop the work it announces. */
export async function showTyping(ctx: TurnContext, logger: Logger): Promise<void> {
  try {
    await ctx.sendActivity({ type: 'typing' });
  } catch (error) {
    const { status, code } = toFailure(error, new Date());
    logger.warn('typing_failed', { status, code });
  }
}

/**
 * The reference to store from an incoming activity (TurnContext.getConversationReference).
 * `known`, the one stored for that person, is given back when the activity says the same:
 * it was checked when it was stored, and a person's every message says the same.
 */
export function referenceOf(activity: Partial<Activity>, known?: StoredReference): StoredReference {
  const fields = referenceFields(activity);
  if (known && JSON.stringify(fields) === JSON.stringify(known)) return known;
  return StoredReferenceSchema.parse(fields);
}

/** The fields of a reference, in the order of StoredReferenceSchema (which a stored one keeps), unchecked. */
function referenceFields(activity: Partial<Activity>) {
  const reference = TurnContext.getConversationReference(activity);
  const channelData = activity.channelData as { tenant?: { id?: unknown } } | undefined;
  const channelTenant = typeof channelData?.tenant?.id === 'string' ? channelData.tenant.id : undefined;
  const tenantId = reference.conversation?.tenantId ?? channelTenant;
  return {
    serviceUrl: reference.serviceUrl,
    channelId: reference.channelId,
    conversation: {
      id: reference.conversation?.id,
      conversationType: reference.conversation?.conversationType,
      tenantId,
      isGroup: reference.conversation?.isGroup,
    },
    bot: { id: reference.bot?.id, name: reference.bot?.name },
    // The person's display name is not needed to reach them: not stored (RGPD minimisation).
    user: reference.user?.id ? { id: reference.user.id, aadObjectId: reference.user.aadObjectId } : undefined,
    tenantId,
  };
}

function toConversationReference(ref: StoredReference): Partial<ConversationReference> {
  // botframework-schema types names and conversation fields as required; Teams does not need them.
  return {
    serviceUrl: ref.serviceUrl,
    channelId: ref.channelId,
    conversation: { ...ref.conversation, tenantId: ref.conversation.tenantId ?? ref.tenantId },
    bot: ref.bot,
    user: ref.user,
  } as Partial<ConversationReference>;
}

/**
 * The connector's HTTP pipeline (@azure/core-rest-pipeline's defaultRetryPolicy) retries
 * on its own, 3 more times: on 5xx, 408 and connection errors with backoff, and on any
 * response carrying Retry-After, whatever its status, after sleeping that long. The
 * outbox owns retries; two stacked loops would hit Teams up to 4 times per attempt and
 * hold the worker through every Retry-After. No public option reaches that pipeline:
 * it is private to botbuilder-stdlib's ServiceClientContext, hence the cast. If a new
 * version moves it, sends still work, with the SDK's retries back.
 */
function withoutTransportRetries(ctx: TurnContext, connectorClientKey: symbol): void {
  type WithPipeline = { client?: { pipeline?: { removePolicy?(options: { phase: 'Retry' }): unknown } } };
  const connector = ctx.turnState.get<WithPipeline | undefined>(connectorClientKey);
  connector?.client?.pipeline?.removePolicy?.({ phase: 'Retry' });
}

/** What a Bot Connector call that outlived its time fails with: a network failure, retried by the outbox. */
export class ConnectorTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`Bot Connector did not answer within ${timeoutMs} ms`);
    this.name = 'TimeoutError';
  }
}

type PipelineRequest = { timeout: number; abortSignal?: AbortSignal };
type PipelineResponse = { status: number; headers: { get(name: string): string | undefined } };
type Policy = {
  name: string;
  sendRequest(
    request: PipelineRequest,
    next: (r: PipelineRequest) => Promise<PipelineResponse>,
  ): Promise<PipelineResponse>;
};
type Pipeline = {
  addPolicy?(policy: Policy, options: { phase: 'Serialize' | 'Retry' }): void;
  getOrderedPolicies?(): Policy[];
};

/**
 * Bounds every call the turn's connector makes, and retries the throttling the SDK lets
 * through. The SDK sets no timeout: a connector that accepts the connection and never
 * answers would hold the turn, and Teams' request, for minutes. The bound sits in the
 * first phase, so that it covers the token request, the retries and the transfer, which
 * is aborted then. Same private pipeline as withoutTransportRetries below, same fallback
 * if it moves.
 */
export function boundConnectorCalls(ctx: TurnContext, connectorClientKey: symbol, timeoutMs: number): void {
  const pipeline = ctx.turnState.get<{ client?: { pipeline?: Pipeline } } | undefined>(connectorClientKey)
    ?.client?.pipeline;
  if (
    !pipeline?.addPolicy ||
    pipeline.getOrderedPolicies?.().some((p) => p.name === CONNECTOR_TIMEOUT_POLICY)
  )
    return;
  pipeline.addPolicy(
    {
      name: CONNECTOR_TIMEOUT_POLICY,
      sendRequest: (request, next) => {
        if (!request.timeout || request.timeout > timeoutMs) request.timeout = timeoutMs;
        const controller = new AbortController();
        request.abortSignal ??= controller.signal;
        let timer: NodeJS.Timeout | undefined;
        const expired = new Promise<never>((_resolve, reject) => {
          timer = setTimeout(() => {
            controller.abort();
            reject(new ConnectorTimeoutError(timeoutMs));
          }, timeoutMs);
        });
        return Promise.race([next(request), expired]).finally(() => clearTimeout(timer));
      },
    },
    { phase: 'Serialize' },
  );
  // In the Retry phase: a proactive turn removes it with the SDK's retries, the outbox deciding instead.
  pipeline.addPolicy({ name: 'cd82ThrottlingRetry', sendRequest: retryBareThrottling }, { phase: 'Retry' });
}

/** Tries within a turn, the first included: the turn's time bound comes first anyway. */
const TURN_ATTEMPTS = 3;

/**
 * The SDK retries a 429 only when it carries Retry-After (its other strategy takes 5xx and
 * 408): a bare 429, which Teams does send, failed the reply at once. It is retried here with
 * the outbox's backoff.
 */
async function retryBareThrottling(
  request: PipelineRequest,
  next: (r: PipelineRequest) => Promise<PipelineResponse>,
): Promise<PipelineResponse> {
  for (let attempt = 1; ; attempt++) {
    const response = await next(request);
    if (response.status !== 429 || response.headers.get('retry-after') || attempt >= TURN_ATTEMPTS)
      return response;
    const decision = nextAttempt({ status: 429 }, attempt);
    if (!decision.retry || request.abortSignal?.aborted) return response;
    await new Promise((resolve) => setTimeout(resolve, decision.delayMs));
    if (request.abortSignal?.aborted) return response;
  }
}

const CONNECTOR_TIMEOUT_POLICY = 'cd82ConnectorTimeout';

/** Connection failures the node HTTP client reports as RestError codes. */
const NETWORK_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'ESOCKETTIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'REQUEST_SEND_ERROR',
]);

/**
 * What @azure/core-client throws: a RestError with `statusCode`, `code` (the body's
 * error.code) and a non-enumerable `response` ({ status, headers, bodyAsText, parsedBody });
 * for a connection failure, a RestError with the system `code` and no status; for a
 * timeout or abort, an AbortError. Only those fields are kept: the error's message can
 * quote the body Teams sent back.
 */
function toDeliveryError(error: unknown, now: Date = new Date()): DeliveryError {
  if (error instanceof DeliveryError) return error;
  return new DeliveryError(toFailure(error, now));
}

function toFailure(error: unknown, now: Date): DeliveryFailure {
  if (!(error instanceof Error)) return {};
  const fields = error as Error & {
    statusCode?: unknown;
    code?: unknown;
    response?: { status?: unknown; headers?: unknown; parsedBody?: unknown; bodyAsText?: unknown };
  };
  const response = fields.response;
  const status = numberOr(fields.statusCode) ?? numberOr(response?.status);
  if (status === undefined) {
    const code = typeof fields.code === 'string' && fields.code ? fields.code : undefined;
    if (error.name === 'AbortError' || error.name === 'TimeoutError' || NETWORK_CODES.has(code ?? '')) {
      return { network: true, ...(code ? { code } : {}) };
    }
    // Not from Teams at all (a bug, a credential failure): the error's name is the only safe clue.
    return { code: code ?? error.name };
  }
  const code = teamsCode(response?.parsedBody) ?? teamsCode(parseJson(response?.bodyAsText));
  const retryAfterMs = parseRetryAfter(header(response?.headers, 'retry-after'), now);
  return {
    status,
    ...(code ? { code } : {}),
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
  };
}

/** Teams answers `{ error: { code, message } }`. */
function teamsCode(body: unknown): string | undefined {
  const code = (body as { error?: { code?: unknown } } | undefined)?.error?.code;
  return typeof code === 'string' && code ? code : undefined;
}

function parseJson(text: unknown): unknown {
  if (typeof text !== 'string') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** core-rest-pipeline headers have get(); older shapes were plain objects. */
function header(headers: unknown, name: string): string | undefined {
  if (!headers || typeof headers !== 'object') return undefined;
  const getter = (headers as { get?: unknown }).get;
  if (typeof getter === 'function') {
    const value: unknown = getter.call(headers, name);
    return typeof value === 'string' ? value : undefined;
  }
  const entry = Object.entries(headers).find(([key]) => key.toLowerCase() === name);
  return typeof entry?.[1] === 'string' ? entry[1] : undefined;
}

function numberOr(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}

function describeFailure(failure: DeliveryFailure): string {
  const parts = [
    failure.status !== undefined ? `status ${failure.status}` : undefined,
    failure.code,
    failure.network ? 'network' : undefined,
    failure.retryAfterMs !== undefined ? `retry after ${failure.retryAfterMs} ms` : undefined,
  ].filter(Boolean);
  return parts.join(', ') || 'unknown error';
}
