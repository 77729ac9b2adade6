import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type {
  DialogContext,
  DialogSet,
  DialogState,
  DialogStateManagerConfiguration,
} from 'botbuilder-dialogs';

/**
 * Where a DialogStateManager looks for its memory scopes and path resolvers before
 * building them (botbuilder-dialogs' DialogStateManager reads this key of turnState; it
 * is how every dialog context of one turn shares them).
 */
const STATE_CONFIGURATION = 'DialogStateManagerConfiguration';

/**
 * The memory scopes and path resolvers of the first dialog context made, for every later
 * turn. botbuilder builds them again at each turn: about 20 µs of service-collection
 * lookups and zod checks for objects that hold nothing of a turn (each scope keeps what
 * it reads in the turn's own state). botbuilder's DialogManager keeps one configuration
 * for all turns the same way (its `stateConfiguration`); this bot adds no scope of its
 * own, so one for the process is the same as one a turn.
 */
let stateConfiguration: DialogStateManagerConfiguration | undefined;

/**
 * A dialog set's context for one turn, made only when the turn needs it. Making one costs
 * about 0.1 ms of botbuilder setting up its memory scopes, and most messages (the menu, a
 * question, the agenda) find no dialog in progress and start none. Until it is made,
 * whether a dialog is in progress is read from the stored dialog stack itself; reading it
 * adds nothing to the state, so a turn that starts no dialog leaves the state unchanged.
 */
export class LazyDialogContext {
  private made?: Promise<DialogContext>;

  constructor(
    private readonly set: DialogSet,
    private readonly state: StatePropertyAccessor<DialogState | undefined>,
    readonly context: TurnContext,
  ) {}

  /** The context itself, made at the first call. */
  get(): Promise<DialogContext> {
    return (this.made ??= this.make());
  }

  private async make(): Promise<DialogContext> {
    const { turnState } = this.context;
    if (stateConfiguration && !turnState.has(STATE_CONFIGURATION))
      turnState.set(STATE_CONFIGURATION, stateConfiguration);
    const dc = await this.set.createContext(this.context);
    stateConfiguration ??= dc.state.configuration;
    return dc;
  }

  /** Whether a dialog is on the stack (its `activeDialog`), without making the context. */
  async active(): Promise<boolean> {
    if (this.made) return (await this.made).activeDialog !== undefined;
    const state = await this.state.get(this.context);
    return (state?.dialogStack?.length ?? 0) > 0;
  }
}
