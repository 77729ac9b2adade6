import { ActivityTypes } from 'botbuilder';
import {
  ComponentDialog,
  DialogTurnStatus,
  type DialogContext,
  type DialogTurnResult,
} from 'botbuilder-dialogs';
import { welcomeCard } from '../cards/welcome-card.js';
import type { Catalogue } from '../data/catalogue/catalogue.js';
import { recognizeCommand } from './commands.js';
import type { PassedOn } from './pass-on.js';

export const CANCELLED_TEXT = 'C’est annulé. Posez une autre question quand vous voulez, ou tapez « aide ».';

/**
 * The one place for interruptions: "aide" (or help, menu, ?) shows the menu,
 * "annuler" stops what is in progress, and any other command ends the dialog and
 * is handed back to the bot, whatever the dialog was waiting for.
 */
export abstract class CancelAndHelpDialog extends ComponentDialog {
  protected constructor(
    id: string,
    protected readonly catalogue: Catalogue,
  ) {
    super(id);
  }

  override async onContinueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return (await this.interrupt(dc)) ?? super.onContinueDialog(dc);
  }

  private async interrupt(dc: DialogContext): Promise<DialogTurnResult | undefined> {
    if (dc.context.activity.type !== ActivityTypes.Message) return undefined;
    const command = recognizeCommand(dc.context.activity.text ?? '');
    if (command === 'help') {
      await dc.context.sendActivity({ attachments: [welcomeCard(this.catalogue)] });
      await dc.cancelAllDialogs();
      return { status: DialogTurnStatus.cancelled };
    }
    if (command === 'cancel') {
      await dc.context.sendActivity(CANCELLED_TEXT);
      await dc.cancelAllDialogs();
      return { status: DialogTurnStatus.cancelled };
    }
    if (command) {
      // Any other command (« dispositifs », « éligibilité »…) is a new request: hand it back.
      await dc.cancelAllDialogs();
      return {
        status: DialogTurnStatus.complete,
        result: { passOn: dc.context.activity.text ?? '' } satisfies PassedOn,
      };
    }
    return undefined;
  }
}
