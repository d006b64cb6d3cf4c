// The card's own style sheet. It lives inside the card's shadow root, so it cannot leak into the
// page, and `:host { all: initial }` keeps the page's inherited styles out of the card.
export const CARD_CSS = `
:host { all: initial; position: absolute; top: 0; left: 0; z-index: 2147483647; }
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
.close:focus-visible, .tag:focus-visible, textarea:focus-visible { outline: 2px solid #2f6fde; outline-offset: 2px; }
label { display: block; margin: 10px 0 4px; font-size: 12px; font-weight: 600; color: #5b6475; }
textarea { box-sizing: border-box; width: 100%; min-height: 54px; resize: vertical; font: inherit; color: inherit;
  border: 1px solid #cfd4dc; border-radius: 6px; padding: 6px 8px; background: #fff; margin: 0; }
.status { min-height: 16px; margin-top: 4px; font-size: 11px; color: #5b6475; }
.status.error { color: #b00020; }
`;
