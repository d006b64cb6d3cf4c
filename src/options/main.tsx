// Entry point of options.js: the list of always-on sites, in options.html (#app) or, when the
// library page (the manifest's options_ui) has a #sourcelight-sites slot, there.
import { render } from 'preact';
import { browserSitesApi } from './sites-api';
import { SitesApp } from './SitesApp';

const root = document.getElementById('sourcelight-sites') ?? document.getElementById('app');
if (root) render(<SitesApp api={browserSitesApi()} />, root);
