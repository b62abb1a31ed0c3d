// Injected when the reader clicks the toolbar button: answers the background's request.
import { pageSession } from './page-session';

pageSession();
