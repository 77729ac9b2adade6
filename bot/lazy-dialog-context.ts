import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { DialogContext, DialogSet, DialogState } from 'botbuilder-dialogs';

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
    return (this.made ??= this.set.createContext(this.context));
  }

  /** Whether a dialog is on the stack (its `activeDialog`), without making the context. */
  async active(): Promise<boolean> {
    if (this.made) return (await this.made).activeDialog !== undefined;
    const state = await this.state.get(this.context);
    return (state?.dialogStack?.length ?? 0) > 0;
  }
}
