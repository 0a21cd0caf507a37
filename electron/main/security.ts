import { app, session, type WebContents } from 'electron';

/** True when `url` is our own renderer page (the only page this app ever shows). */
export type OwnPageCheck = (url: string) => boolean;

/** Grants the microphone (audio only) to our own page and refuses every other permission. */
export function restrictPermissions(isOwnPage: OwnPageCheck): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((webContents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? (details.mediaTypes ?? []) : [];
    const audioOnly = mediaTypes.length > 0 && mediaTypes.every((t) => t === 'audio');
    callback(permission === 'media' && audioOnly && isOwnPage(webContents.getURL()));
  });
  ses.setPermissionCheckHandler((webContents, permission, _origin, details) => {
    const url = webContents?.getURL() ?? '';
    return permission === 'media' && details.mediaType === 'audio' && isOwnPage(url);
  });
}

/** Blocks navigation away from our page, new windows and webviews, in every web contents. */
export function lockDownWebContents(isOwnPage: OwnPageCheck): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isOwnPage(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isOwnPage(url)) event.preventDefault();
    });
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}
