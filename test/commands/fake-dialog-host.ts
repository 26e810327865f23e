/**
 * Office dialogs for the ribbon command, as strict as the Dialog API is (learn.microsoft.com/javascript/api/office/
 * office.ui, office.dialog; docs/develop/dialog-api-in-office-add-ins.md in OfficeDev/office-js-docs-pr):
 *  - displayDialogAsync answers an AsyncResult; while a dialog of this host window is open, another fails with 12007
 *    ("A dialog box is already opened from this host window"). Dialog.close() takes effect asynchronously.
 *  - Dialog.messageChild exists from DialogApi 1.2 only. A message sent before the page has registered its
 *    DialogParentMessageReceived handler is lost (office-js#2372).
 *  - The page's messageParent reaches the command's DialogMessageReceived handler only while the command's runtime
 *    lives: event.completed() ends a function command's runtime (docs/design/add-in-commands.md), and a message sent
 *    after that has no receiver.
 * The dialog page is modelled as the real one behaves: it loads after `loadDelay` ms, registers its handler (DialogApi
 * 1.2), then says „bereit“; its „Schließen“ button sends „close“.
 */
type Handler = (arg: unknown) => void;

export class FakePage {
  listening = false;
  closed = false;
  /** Reports the page has shown: the one in its URL, then each message received. */
  shown: string[] = [];
  lost: string[] = [];
  readonly handlers = new Map<string, Handler[]>();

  constructor(private readonly host: FakeDialogHost, readonly url: string) {
    this.shown.push(new URL(url).searchParams.get("bericht") ?? "");
  }

  load(): void {
    if (this.closed) return;
    if (this.host.dialogApi12) this.listening = true;
    this.messageParent("bereit");
  }

  /** The user presses „Schließen“ on the page. */
  clickClose(): void {
    this.messageParent("close");
  }

  /** The user closes the dialog with its X (DialogEventReceived 12006). */
  closeByUser(): void {
    this.finish();
    for (const handler of this.handlers.get("dialogEventReceived") ?? []) if (this.host.runtimeAlive) handler({ error: 12006 });
  }

  messageParent(message: string): void {
    if (!this.host.runtimeAlive) {
      this.host.undelivered.push(message);
      return;
    }
    for (const handler of this.handlers.get("dialogMessageReceived") ?? []) handler({ message });
  }

  finish(): void {
    this.closed = true;
    setTimeout(() => {
      if (this.host.open === this) this.host.open = null;
    }, 1);
  }
}

export class FakeDialogHost {
  pages: FakePage[] = [];
  open: FakePage | null = null;
  runtimeAlive = true;
  completed = 0;
  undelivered: string[] = [];
  refusals: string[] = [];

  constructor(readonly dialogApi12: boolean, readonly loadDelay = 20) {}

  install(): void {
    (globalThis as Record<string, unknown>).Office = {
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
      context: {
        requirements: { isSetSupported: (set: string, version: string) => set === "DialogApi" && (version === "1.1" || (this.dialogApi12 && version === "1.2")) },
        ui: { displayDialogAsync: (url: string, _options: unknown, callback: (result: unknown) => void) => this.display(url, callback) },
      },
    };
  }

  event(): { completed(): void } {
    return {
      completed: () => {
        this.completed++;
        this.runtimeAlive = false;
      },
    };
  }

  private display(url: string, callback: (result: unknown) => void): void {
    if (this.open) {
      this.refusals.push("12007");
      callback({ status: "failed", error: { code: 12007, message: "A dialog box is already opened from this host window." } });
      return;
    }
    const page = new FakePage(this, url);
    this.pages.push(page);
    this.open = page;
    const dialog = {
      close: () => page.finish(),
      addEventHandler: (type: string, handler: Handler) => page.handlers.set(type, [...(page.handlers.get(type) ?? []), handler]),
      ...(this.dialogApi12
        ? {
            messageChild: (message: string) => {
              if (page.closed) return;
              if (page.listening) page.shown.push(message);
              else page.lost.push(message);
            },
          }
        : {}),
    };
    setTimeout(() => page.load(), this.loadDelay);
    callback({ status: "succeeded", value: dialog });
  }
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
