// The card's own style sheet. It lives inside the card's shadow root, so it cannot leak into the
// page, and `:host { all: initial }` keeps the page's inherited styles out of the card. It follows
// the reader's dark mode (prefers-color-scheme), with contrast checked by axe-core in the e2e suite.
export const CARD_CSS = `
:host { all: initial !important; display: block !important; position: absolute !important; top: 0 !important; left: 0 !important;
  width: 0 !important; height: 0 !important; z-index: 2147483647 !important; }
.card {
  box-sizing: border-box; position: absolute; width: 344px; max-width: calc(100vw - 16px);
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d2330;
  background: #fff; border: 1px solid #d5d9e0; border-radius: 10px;
  box-shadow: 0 10px 28px rgba(20, 30, 50, 0.18), 0 2px 6px rgba(20, 30, 50, 0.08);
  padding: 12px 14px 12px; text-align: left;
}
.card[hidden] { display: none; }
.head { display: flex; align-items: flex-start; gap: 8px; }
.who { flex: 1; min-width: 0; }
.speaker { font-weight: 650; font-size: 14px; overflow-wrap: anywhere; }
.meta { color: #5b6475; font-size: 12px; margin-top: 1px; }
.kind { display: inline-block; font-size: 11px; font-weight: 600; letter-spacing: .02em; text-transform: uppercase;
  padding: 1px 6px; border-radius: 4px; margin-right: 6px; background: #fff3b0; color: #6b5500; }
.kind.claim { background: #dcebff; color: #124a8f; }
.kind.scare { background: #eceef2; color: #4a5160; }
.kind.manual { background: #ece2ff; color: #4b2a8f; }
.close { all: unset; cursor: pointer; width: 24px; height: 24px; border-radius: 6px; text-align: center;
  font-size: 18px; line-height: 24px; color: #5b6475; }
.close:hover { background: #f0f2f5; }
.excerpt { margin: 8px 0 10px; color: #2b3240; font-style: italic; overflow-wrap: anywhere;
  border-left: 3px solid #e2e5ea; padding-left: 8px; }
.tags { display: flex; gap: 6px; flex-wrap: wrap; }
.tag { all: unset; box-sizing: border-box; cursor: pointer; font-size: 12px; font-weight: 600; padding: 5px 10px;
  border-radius: 999px; border: 1px solid #cfd4dc; color: #2b3240; background: #fff; }
.tag:hover { background: #f4f6f9; }
.tag[aria-pressed="true"].disputed { background: #fde2e2; border-color: #d33; color: #8f1111; }
.tag[aria-pressed="true"].supported { background: #dcf5e6; border-color: #1a9350; color: #0d5a30; }
.tag[aria-pressed="true"].needs-source { background: #ffecd1; border-color: #d97800; color: #7a4300; }
.labels { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 6px; margin-top: 8px; }
.labels[hidden], .label-list[hidden] { display: none; }
.label-list { display: contents; list-style: none; margin: 0; padding: 0; }
.label-chip { display: inline-flex; align-items: center; gap: 2px; font-size: 12px; padding: 1px 2px 1px 8px;
  border-radius: 999px; background: #e8edf5; color: #1d2a40; overflow-wrap: anywhere; }
.label-remove { all: unset; cursor: pointer; width: 18px; height: 18px; border-radius: 999px; text-align: center;
  line-height: 18px; font-size: 13px; color: #3d4758; }
.label-remove:hover { background: #d3dbe8; }
.label-input { flex: 1; min-width: 120px; font: inherit; font-size: 12px; color: #1d2330; background: #fff;
  border: 1px solid #cfd4dc; border-radius: 6px; padding: 3px 6px; }
.close:focus-visible, .tag:focus-visible, textarea:focus-visible, .label-remove:focus-visible { outline: 2px solid #2f6fde; outline-offset: 2px; }
label { display: block; margin: 10px 0 4px; font-size: 12px; font-weight: 600; color: #5b6475; }
textarea { box-sizing: border-box; width: 100%; min-height: 54px; resize: vertical; font: inherit; color: inherit;
  border: 1px solid #cfd4dc; border-radius: 6px; padding: 6px 8px; background: #fff; margin: 0; }
.status { min-height: 16px; margin-top: 4px; font-size: 11px; color: #5b6475; }
.status.error { color: #b00020; }
.fix { margin-top: 8px; padding-top: 8px; border-top: 1px solid #e2e5ea; display: grid; gap: 6px; }
.fix[hidden], .fix [hidden] { display: none; }
.fix-row { display: flex; align-items: center; gap: 8px; margin: 0; font-size: 12px; font-weight: 600; color: #4f5869; }
.fix-row select { flex: 1; min-width: 0; font: inherit; font-weight: 400; color: #1d2330; background: #fff;
  border: 1px solid #cfd4dc; border-radius: 6px; padding: 3px 6px; }
.fix-other { display: flex; gap: 6px; }
.fix-other input { flex: 1; min-width: 0; font: inherit; color: #1d2330; background: #fff; border: 1px solid #cfd4dc; border-radius: 6px; padding: 3px 6px; }
.fix-actions { display: flex; align-items: center; gap: 6px; justify-content: flex-end; }
.corrected { flex: 1; font-size: 11px; font-weight: 600; color: #4b2a8f; }
.small { all: unset; box-sizing: border-box; cursor: pointer; font-size: 12px; font-weight: 600; padding: 3px 9px;
  border-radius: 6px; border: 1px solid #cfd4dc; color: #2b3240; background: #fff; }
.small:hover { background: #f4f6f9; }
.small.dismiss { color: #8f1111; border-color: #e3b4b4; }
.small:focus-visible, select:focus-visible, input:focus-visible { outline: 2px solid #2f6fde; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .card { color: #e6e9ef; background: #1f232b; border-color: #3a404c; box-shadow: 0 10px 28px rgba(0, 0, 0, 0.5); }
  .meta, label, .status, .fix-row { color: #b4bccb; }
  .close { color: #b4bccb; }
  .close:hover, .tag:hover, .small:hover { background: #2c323d; }
  .excerpt { color: #d3d8e1; border-left-color: #3a404c; }
  .tag, .small { color: #e6e9ef; background: #262b34; border-color: #4a5160; }
  .tag[aria-pressed="true"].disputed { background: #4a1c1c; border-color: #ff8a8a; color: #ffd6d6; }
  .tag[aria-pressed="true"].supported { background: #12372a; border-color: #5fd39a; color: #c9f5dd; }
  .tag[aria-pressed="true"].needs-source { background: #43300f; border-color: #f0a64a; color: #ffe3bd; }
  .kind { background: #4a4120; color: #fff0b0; }
  .kind.claim { background: #1d3352; color: #cfe2ff; }
  .kind.scare { background: #343944; color: #dfe3ea; }
  .kind.manual { background: #33264f; color: #e3d6ff; }
  .label-chip { background: #2e3746; color: #e6e9ef; }
  .label-remove { color: #c9d1de; }
  .label-remove:hover { background: #3d4758; }
  textarea, .fix-row select, .fix-other input, .label-input { color: #e6e9ef; background: #262b34; border-color: #4a5160; }
  .status.error { color: #ff9a9a; }
  .corrected { color: #cdb8ff; }
  .small.dismiss { color: #ffb4b4; border-color: #7a3a3a; }
  .fix { border-top-color: #3a404c; }
  .close:focus-visible, .tag:focus-visible, textarea:focus-visible, .small:focus-visible, select:focus-visible, input:focus-visible, .label-remove:focus-visible { outline-color: #8ab4ff; }
}
`;
