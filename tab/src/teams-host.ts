/**
 * Teams, when the page runs in it: the user's theme (default, dark, high contrast) and
 * locale, theme changes, and links opened by the host. Outside Teams (a browser, the
 * Agents Playground) the page is the same: the SDK is not even loaded at the top level,
 * and in a frame that no Teams host answers, initialisation is given up after a moment.
 */

export type Theme = 'default' | 'dark' | 'contrast';

export type Host = {
  inTeams: boolean;
  theme: Theme;
  locale: string;
  /** Opens a link the way the host wants: Teams deep links must go through the SDK. */
  openLink(url: string): void;
  onThemeChange(handler: (theme: Theme) => void): void;
};

/** A Teams host answers in well under a second; past this, the page goes on without it. */
const INITIALIZE_TIME_BOX_MS = 2500;

export function asTheme(value: string | undefined): Theme {
  return value === 'dark' || value === 'contrast' ? value : 'default';
}

const OUTSIDE_TEAMS: Host = {
  inTeams: false,
  theme: 'default',
  locale: 'fr-FR',
  openLink: (url) => window.open(url, '_blank', 'noopener'),
  onThemeChange: () => {},
};

function timeBox<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Teams host did not answer')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

export async function connectToHost(): Promise<Host> {
  if (window.parent === window && !window.opener) return OUTSIDE_TEAMS;
  try {
    const { app } = await import('@microsoft/teams-js');
    await timeBox(app.initialize(), INITIALIZE_TIME_BOX_MS);
    const context = await timeBox(app.getContext(), INITIALIZE_TIME_BOX_MS);
    return {
      inTeams: true,
      theme: asTheme(context.app.theme),
      locale: context.app.locale || 'fr-FR',
      openLink: (url) => {
        app.openLink(url).catch(() => window.open(url, '_blank', 'noopener'));
      },
      onThemeChange: (handler) => app.registerOnThemeChangeHandler((theme) => handler(asTheme(theme))),
    };
  } catch {
    return OUTSIDE_TEAMS;
  }
}
