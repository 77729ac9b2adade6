/**
 * A Teams deep link that opens the personal chat with the bot, the message already
 * typed in the compose box: the référent reads it and sends it. Teams decodes the
 * message with decodeURIComponent, so spaces are %20, never « + ».
 */
export function botChatLink(botId: string, message: string): string {
  return `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(`28:${botId}`)}&message=${encodeURIComponent(message)}`;
}
