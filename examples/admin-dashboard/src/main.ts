// The dashboard's entry: document styles (adopted, so the CSP needs no inline styles), the
// remembered theme, every page, then the shell.
import { documentStyles } from './styles/tokens.ts';
import { restoreTheme } from './app/theme.ts';
import './pages/index.ts';
import './app/admin-app.ts';

document.adoptedStyleSheets = [...document.adoptedStyleSheets, documentStyles.styleSheet!];
restoreTheme();
