// Entry point of popup.html: renders the App with the real browser API.
import { render } from 'preact';
import { App } from './App';
import { browserPopupApi } from './popup-api';
import { browserSitesApi } from '../options/sites-api';

const root = document.getElementById('app');
if (root) render(<App api={browserPopupApi()} sites={browserSitesApi()} />, root);
