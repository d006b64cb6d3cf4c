// Entry point of library.html: opens the database and renders the library.
import { render } from 'preact';
import { openDb } from '../database/db';
import { LibraryApp } from './LibraryApp';

const root = document.getElementById('app');
if (root) render(<LibraryApp db={openDb()} />, root);
