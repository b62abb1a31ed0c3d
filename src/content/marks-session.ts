import type { MarksStatus, PageMark } from '../messages';

/** What the session needs of a drawn set of marks (a MarkLayer in the page). */
export interface DrawnMarks {
  status(): { marks: number; anchored: number; itemsOnPage: string[] };
  reveal(itemId: string): boolean;
}

export type DrawMarks = (marks: readonly PageMark[], signal: AbortSignal) => DrawnMarks | null;

/**
 * The marks of the page's current analysis and whether the reader wants them shown. Each
 * drawing lives under its own AbortController: hiding, new marks, navigation or the page
 * going away abort it, which removes everything it added.
 */
export class MarksSession {
  private marks: readonly PageMark[] = [];
  private visible = true;
  private drawing: { controller: AbortController; drawn: DrawnMarks | null } | null = null;
  /** While hidden: the items whose claims were on the page when the marks were last shown. */
  private shownItems: string[] = [];

  constructor(private readonly draw: DrawMarks) {}

  show(marks: readonly PageMark[]): MarksStatus {
    this.marks = marks;
    this.shownItems = [];
    this.redraw();
    return this.status();
  }

  clear(): MarksStatus {
    this.marks = [];
    this.shownItems = [];
    this.stop();
    return this.status();
  }

  setVisible(visible: boolean): MarksStatus {
    if (!visible) this.shownItems = this.drawing?.drawn?.status().itemsOnPage ?? this.shownItems;
    this.visible = visible;
    this.redraw();
    return this.status();
  }

  reveal(itemId: string): boolean {
    if (!this.visible) this.setVisible(true);
    return this.drawing?.drawn?.reveal(itemId) ?? false;
  }

  status(): MarksStatus {
    const drawn = this.drawing?.drawn?.status();
    const itemsOnPage = drawn?.itemsOnPage ?? (this.visible ? [] : this.shownItems);
    return { marks: this.marks.length, anchored: drawn?.anchored ?? 0, itemsOnPage, visible: this.visible };
  }

  /** Removes everything from the page (navigation, the page being unloaded). */
  stop(): void {
    this.drawing?.controller.abort();
    this.drawing = null;
  }

  private redraw(): void {
    this.stop();
    if (!this.visible || this.marks.length === 0) return;
    const controller = new AbortController();
    this.drawing = { controller, drawn: this.draw(this.marks, controller.signal) };
  }
}
