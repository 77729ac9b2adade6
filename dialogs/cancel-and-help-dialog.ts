import { ActivityTypes } from 'botbuilder';
import {
  ComponentDialog,
  Dialog,
  DialogTurnStatus,
  type DialogContext,
  type DialogTurnResult,
} from 'botbuilder-dialogs';
import { welcomeCard } from '../cards/welcome-card.js';
import type { Catalogue } from '../data/catalogue/catalogue.js';
import { recognizeCommand } from './commands.js';
import type { PassedOn } from './pass-on.js';

export const CANCELLED_TEXT = 'C’est annulé. Posez une autre question quand vous voulez, ou tapez « aide ».';
/** « annuler » when nothing waits for an answer: said with the menu, never as an error. */
export const NOTHING_IN_PROGRESS =
  'Rien n’est en cours : il n’y a rien à annuler. Un formulaire affiché n’est enregistré que si vous l’envoyez.';

/**
 * The one place for interruptions: "aide" (or help, menu, ?) shows the menu,
 * "annuler" stops what is in progress, and any other command ends the dialog and
 * is handed back to the bot, whatever the dialog was waiting for. A dialog that can
 * be taken up again (the guided check) hands back what it had (`paused`) with the
 * message, and asks its question again on « reprendre ». Undefined when the message
 * is no command: the dialog reads it.
 */
export async function interruption(
  dc: DialogContext,
  catalogue: Catalogue,
  paused?: () => object | undefined,
): Promise<DialogTurnResult | undefined> {
  if (dc.context.activity.type !== ActivityTypes.Message) return undefined;
  const command = recognizeCommand(dc.context.activity.text ?? '');
  if (!command) return undefined;
  if (command === 'cancel') {
    await dc.context.sendActivity(CANCELLED_TEXT);
    await dc.cancelAllDialogs();
    return { status: DialogTurnStatus.cancelled };
  }
  const kept = paused?.();
  if (command === 'resume' && kept) {
    // Already in progress: the question asked again is where it stopped.
    await dc.repromptDialog();
    return Dialog.EndOfTurn;
  }
  if (command === 'help' && !kept) {
    await dc.context.sendActivity({ attachments: [welcomeCard(catalogue)] });
    await dc.cancelAllDialogs();
    return { status: DialogTurnStatus.cancelled };
  }
  // Any other command (« dispositifs », « éligibilité »…) is a new request: hand it back.
  await dc.cancelAllDialogs();
  return {
    status: DialogTurnStatus.complete,
    result: { passOn: dc.context.activity.text ?? '', ...(kept ? { paused: kept } : {}) } satisfies PassedOn,
  };
}

/** A dialog of several inner dialogs that the interruptions above can stop. */
export abstract class CancelAndHelpDialog extends ComponentDialog {
  protected constructor(
    id: string,
    protected readonly catalogue: Catalogue,
  ) {
    super(id);
  }

  override async onContinueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return (await interruption(dc, this.catalogue)) ?? super.onContinueDialog(dc);
  }
}
