import { ActivityTypes } from 'botbuilder';
import { ComponentDialog, DialogTurnStatus, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { welcomeCard } from '../cards/welcome-card.js';
import type { Catalogue } from '../data/catalogue/catalogue.js';
import { recognizeCommand } from './commands.js';

export const CANCELLED_TEXT = 'C’est annulé. Posez une autre question quand vous voulez, ou tapez « aide ».';

/**
 * The one place for interruptions: "aide" (or help, menu, ?) shows the menu and
 * "annuler" stops what is in progress, whatever the dialog is waiting for.
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
    return undefined;
  }
}
