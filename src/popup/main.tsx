// Entry point of popup.html: renders the App with the real browser API.
import { render } from 'preact';
import { App } from './App';
import { browserPopupApi } from './popup-api';

const root = document.getElementById('app');
if (root) render(<App api={browserPopupApi()} />, root);
