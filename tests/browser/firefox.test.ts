/** The core reader tests in Firefox (Debian's Firefox ESR, headless, over WebDriver BiDi). */
import { readerTests } from './engines/reader-tests';
import { firefoxVersion, launchFirefox } from './engines/firefox';

readerTests(`Firefox (${firefoxVersion()})`, launchFirefox);
